/**
 * The server outlives a failed background task: Langium starts builds from
 * notifications without awaiting them, and a rejected build would otherwise
 * end the process (Node's default for an unhandled rejection). It is logged
 * to the ArchLens output instead, and the next edit builds again.
 */
import type { Connection } from 'vscode-languageserver';

export function keepServingOnFailedTasks(connection: Connection): void {
    process.on('unhandledRejection', (reason) => {
        const text = reason instanceof Error ? reason.stack ?? reason.message : String(reason);
        connection.console.error(`A background task failed; the server goes on: ${text}`);
    });
}
