/**
 * Owns the language client: starts the bundled server over IPC, restarts it
 * on request with a fresh client (a client whose start failed cannot be
 * started again), and stops it on deactivation.
 */
import * as vscode from 'vscode';
import {
    LanguageClient, type LanguageClientOptions, RevealOutputChannelOn, type ServerOptions, State, TransportKind
} from 'vscode-languageclient/node';
import { RestartOnCrash } from './crash-handler.js';
import { CrashPolicy } from './crash-policy.js';
import { CLIENT_ID, COMMANDS, LANGUAGE_ID, OUTPUT_CHANNEL_NAME } from './identifiers.js';
import type { SettingTraceChannel } from './trace-channel.js';

/** How long a restart waits for a client still starting before replacing it. */
const START_SETTLE_MS = 10_000;

export class ArchLensLanguageServer {
    private client: LanguageClient | undefined;
    private readonly crashPolicy = new CrashPolicy();
    /** Restarts and stops run one after another, never interleaved. */
    private queue: Promise<void> = Promise.resolve();

    constructor(
        private readonly serverModule: string,
        private readonly log: vscode.LogOutputChannel,
        private readonly traceChannel: SettingTraceChannel
    ) {}

    start(): Promise<void> {
        return this.enqueue(() => this.startClient());
    }

    /** Stops the running server (whatever its state) and starts a new one. */
    restart(): Promise<void> {
        return this.enqueue(async () => {
            this.crashPolicy.reset();
            this.log.info('Restarting the ArchLens language server.');
            await this.stopClient();
            await this.startClient();
        });
    }

    stop(): Promise<void> {
        return this.enqueue(() => this.stopClient());
    }

    /** The current client, for other features' requests (the preview); undefined while none exists. */
    get languageClient(): LanguageClient | undefined {
        return this.client;
    }

    private enqueue(step: () => Promise<void>): Promise<void> {
        const next = this.queue.then(step);
        // A failed step must not block the ones after it.
        this.queue = next.catch(() => undefined);
        return next;
    }

    private async startClient(): Promise<void> {
        const client = new LanguageClient(CLIENT_ID, OUTPUT_CHANNEL_NAME, this.serverOptions(), this.clientOptions());
        this.client = client;
        await client.start();
    }

    private async stopClient(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        if (!client) {
            return;
        }
        if (client.state === State.Starting) {
            await settle(client.start(), START_SETTLE_MS);
        }
        if (client.state === State.Running) {
            try {
                // Sends shutdown and exit, and kills the process if it does not exit.
                await client.dispose();
            } catch (error) {
                this.log.warn(`The previous ArchLens server did not stop cleanly: ${messageOf(error)}`);
            }
        } else {
            // Stopped, failed to start or still hanging in start: nothing to shut
            // down politely; disposing releases the client and kills a leftover process.
            client.dispose().catch(() => undefined);
        }
    }

    private serverOptions(): ServerOptions {
        return {
            run: { module: this.serverModule, transport: TransportKind.ipc },
            debug: {
                module: this.serverModule,
                transport: TransportKind.ipc,
                options: { execArgv: ['--nolazy', '--inspect=6009'] }
            }
        };
    }

    private clientOptions(): LanguageClientOptions {
        return {
            documentSelector: [
                { scheme: 'file', language: LANGUAGE_ID },
                { scheme: 'untitled', language: LANGUAGE_ID }
            ],
            // The server reads the user's archlens.review.* settings.
            synchronize: { configurationSection: 'archlens' },
            outputChannel: this.log,
            traceOutputChannel: this.traceChannel,
            // Findings are shown as diagnostics; the channel opens only on request.
            revealOutputChannelOn: RevealOutputChannelOn.Never,
            errorHandler: new RestartOnCrash(this.crashPolicy, (message) => void this.offerRestart(message))
        };
    }

    private async offerRestart(message: string): Promise<void> {
        const restart = 'Restart';
        const showOutput = 'Show Output';
        const choice = await vscode.window.showErrorMessage(message, restart, showOutput);
        if (choice === restart) {
            await vscode.commands.executeCommand(COMMANDS.restartServer);
        } else if (choice === showOutput) {
            this.log.show(true);
        }
    }
}

async function settle(promise: Promise<unknown>, timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
    });
    try {
        await Promise.race([promise.then(() => undefined, () => undefined), timeout]);
    } finally {
        clearTimeout(timer);
    }
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
