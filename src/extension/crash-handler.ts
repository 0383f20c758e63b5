/**
 * The language client's error handler: a server that dies is restarted; after
 * repeated crashes it is left stopped and the user is offered a restart
 * instead of a silent loop.
 */
import {
    CloseAction, type CloseHandlerResult, ErrorAction, type ErrorHandler, type ErrorHandlerResult, type Message
} from 'vscode-languageclient/node';
import type { CrashPolicy } from './crash-policy.js';

// Every result is marked `handled`: the client then only logs its message in
// the output channel, and the user sees one notification (ours, with buttons)
// only when the server stays down.
export class RestartOnCrash implements ErrorHandler {
    /** `offerRestart` tells the user the server is down and offers to restart it. */
    constructor(private readonly policy: CrashPolicy, private readonly offerRestart: (message: string) => void) {}

    /**
     * A read or write failed. Always carry on: when the server died, the
     * failed writes of messages in flight arrive here just before the close
     * event, and shutting down now would leave the client stopped instead of
     * letting `closed()` restart the server.
     */
    error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
        const repeated = count !== undefined && count > 1 ? ` (${count} in a row)` : '';
        return { action: ErrorAction.Continue, message: `ArchLens server connection error${repeated}: ${error.message}`, handled: true };
    }

    closed(): CloseHandlerResult {
        const decision = this.policy.recordCrash(Date.now());
        if (decision.restart) {
            const crashes = decision.crashesInWindow === 1 ? '1 crash' : `${decision.crashesInWindow} crashes`;
            const message = `The ArchLens language server stopped unexpectedly; restarting it (${crashes} in the last ${this.policy.describeWindow()}).`;
            return { action: CloseAction.Restart, message, handled: true };
        }
        const message = `The ArchLens language server crashed ${decision.crashesInWindow} times in the last ${this.policy.describeWindow()} and was not restarted. See the ArchLens output for its log.`;
        this.offerRestart(message);
        return { action: CloseAction.DoNotRestart, message, handled: true };
    }
}
