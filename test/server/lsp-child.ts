/**
 * Runs the bundled language server (dist/server.cjs --stdio) as a child
 * process, the way an editor other than VS Code would, and talks LSP to it.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    createProtocolConnection, type ProtocolConnection, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.cjs');

/** Langium 4's parser needs Node 22+; npm scripts and npx run Node 24 from the `node` devDependency. */
const MIN_NODE_MAJOR = 22;

export interface ServerChild {
    readonly connection: ProtocolConnection;
    readonly process: ChildProcessWithoutNullStreams;
    /** What the server wrote to stderr, for failure messages. */
    stderr(): string;
    /** Ends the connection and kills the process if it is still running. Safe to call twice. */
    kill(): Promise<void>;
}

export function nodeForServer(): string {
    if (Number(process.versions.node.split('.')[0]) >= MIN_NODE_MAJOR) {
        return process.execPath;
    }
    const local = path.join(ROOT, 'node_modules', '.bin', 'node');
    if (fs.existsSync(local)) {
        return local;
    }
    throw new Error(`The server needs Node ${MIN_NODE_MAJOR}+, this is ${process.version}, and node_modules/.bin/node is missing: run npm install.`);
}

export function startServerChild(): ServerChild {
    if (!fs.existsSync(SERVER_BUNDLE)) {
        throw new Error(`${path.relative(ROOT, SERVER_BUNDLE)} is missing: run \`npm run build\` (npm test builds it first).`);
    }
    const child = spawn(nodeForServer(), [SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
    });
    // A test run that dies must not leave a server behind.
    const killOnExit = (): void => {
        child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    let killing = false;
    const exited = new Promise<void>((resolve) => child.once('exit', () => {
        if (!killing) {
            // The server died on its own: fail pending requests now instead of at the test's time-out.
            connection.dispose();
        }
        resolve();
    }));
    return {
        connection,
        process: child,
        stderr: () => stderr,
        async kill() {
            killing = true;
            process.removeListener('exit', killOnExit);
            connection.dispose();
            if (child.exitCode === null && child.signalCode === null) {
                child.kill('SIGKILL');
            }
            await exited;
        }
    };
}

/** Resolves with the first value `subscribe` delivers that `accept` takes, or rejects after `timeoutMs`. */
export function waitFor<T>(what: string, timeoutMs: number, subscribe: (deliver: (value: T) => void) => { dispose(): void }, accept: (value: T) => boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        let settled = false;
        let subscription: { dispose(): void } | undefined;
        const finish = (outcome: () => void): void => {
            if (!settled) {
                settled = true;
                clearTimeout(timer);
                subscription?.dispose();
                outcome();
            }
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
        try {
            // `deliver` may run before `subscribe` returns (values already received).
            subscription = subscribe((value) => {
                if (accept(value)) {
                    finish(() => resolve(value));
                }
            });
            if (settled) {
                subscription.dispose();
            }
        } catch (error) {
            finish(() => reject(error instanceof Error ? error : new Error(String(error))));
        }
    });
}
