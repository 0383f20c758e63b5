/**
 * code-server, started hermetically: its own HOME, TMPDIR, XDG folders, user
 * data and extensions folders, listening on 127.0.0.1 on a port the system
 * picks, and nothing inherited that would make it talk to another editor.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeServerInstall } from '../../../scripts/e2e/install-code-server.js';
import { writeUserSettings } from '../editor-settings.js';
import { ProcessRegistry, type StartedProcess, delay } from './processes.js';

const START_TIMEOUT_MS = 30_000;

/** The folders one editor uses: its own home and user data, the run's extensions and logs. */
export interface EditorFolders {
    readonly home: string;
    readonly userData: string;
    readonly extensions: string;
    readonly logs: string;
}

export interface EditorServer {
    readonly process: StartedProcess;
    readonly url: string;
    readonly port: number;
    /** A path on the server as the workbench addresses it (`vscode-remote://127.0.0.1:PORT/abs/path`). */
    remoteUri(absolutePath: string): string;
    readonly log: string;
}

/** Fresh home and user data under `root`; `extensions` and `logs` may be shared with other editors of the run. */
export function prepareFolders(root: string, shared: { readonly extensions: string; readonly logs: string }): EditorFolders {
    const folders: EditorFolders = {
        home: path.join(root, 'home'),
        userData: path.join(root, 'user-data'),
        extensions: shared.extensions,
        logs: shared.logs
    };
    for (const folder of [...Object.values(folders), path.join(folders.home, 'tmp')]) {
        fs.mkdirSync(folder, { recursive: true });
    }
    writeUserSettings(folders.userData);
    return folders;
}

/**
 * The environment of every editor process. The parent's VSCODE_* variables
 * (set when the tests run in a VS Code terminal) would make code-server
 * hand its work to that editor; NODE_OPTIONS may load a TypeScript loader.
 */
export function hermeticEnv(folders: EditorFolders, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
    const inherited = Object.entries(process.env).filter(([name]) => !/^(VSCODE_|ELECTRON_|NODE_OPTIONS$|npm_)/.test(name));
    return {
        ...Object.fromEntries(inherited),
        HOME: folders.home,
        TMPDIR: path.join(folders.home, 'tmp'),
        XDG_CONFIG_HOME: path.join(folders.home, '.config'),
        XDG_DATA_HOME: path.join(folders.home, '.local', 'share'),
        XDG_CACHE_HOME: path.join(folders.home, '.cache'),
        ...extra
    };
}

function commonArgs(install: CodeServerInstall, folders: EditorFolders): string[] {
    return [install.entry, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions];
}

/** `code-server --install-extension file.vsix` into the folders' extensions folder. */
export function installExtension(install: CodeServerInstall, folders: EditorFolders, vsix: string): void {
    const result = spawnSync(install.node, [...commonArgs(install, folders), '--install-extension', vsix, '--force'],
        { env: hermeticEnv(folders), encoding: 'utf8', timeout: 120_000 });
    fs.writeFileSync(path.join(folders.logs, 'install-extension.log'), `${result.stdout}\n${result.stderr}`);
    if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
        throw new Error(`code-server --install-extension ${vsix} failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
    }
}

export interface StartOptions {
    readonly name: string;
    readonly workspace: string;
    /** Variables for the server and, through it, the extension host. */
    readonly env?: Readonly<Record<string, string>>;
    /** Lets the workbench run extension tests from the URL's payload and report their exit code. */
    readonly smokeTestDriver?: boolean;
}

export async function startEditorServer(processes: ProcessRegistry, install: CodeServerInstall, folders: EditorFolders, options: StartOptions): Promise<EditorServer> {
    const log = path.join(folders.logs, `${options.name}.log`);
    const args = [
        ...commonArgs(install, folders),
        '--config', path.join(folders.home, 'code-server.yaml'),
        '--auth', 'none',
        '--bind-addr', '127.0.0.1:0',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
        options.workspace
    ];
    fs.writeFileSync(path.join(folders.home, 'code-server.yaml'), 'auth: none\ncert: false\n');
    const server = processes.start(options.name, install.node, args, { env: hermeticEnv(folders, options.env), cwd: folders.home, logFile: log });
    const port = await listeningPort(server, log);
    const url = `http://127.0.0.1:${port}/`;
    await healthy(url, server, log);
    return { process: server, url, port, log, remoteUri: (absolutePath) => `vscode-remote://127.0.0.1:${port}${absolutePath}` };
}

/** code-server prints the port it bound (port 0 lets the system pick a free one). */
async function listeningPort(server: StartedProcess, log: string): Promise<number> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
        const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(fs.readFileSync(log, 'utf8'));
        if (match) {
            return Number(match[1]);
        }
        await failIfExited(server, log);
        await delay(100);
    }
    throw new Error(`code-server did not start listening within ${START_TIMEOUT_MS / 1000} s; its log (${log}):\n${fs.readFileSync(log, 'utf8')}`);
}

async function healthy(url: string, server: StartedProcess, log: string): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
        try {
            const response = await fetch(new URL('healthz', url));
            if (response.ok) {
                return;
            }
        } catch {
            // Not answering yet.
        }
        await failIfExited(server, log);
        await delay(100);
    }
    throw new Error(`code-server at ${url} did not answer /healthz within ${START_TIMEOUT_MS / 1000} s`);
}

async function failIfExited(server: StartedProcess, log: string): Promise<void> {
    const exit = await Promise.race([server.exited, delay(0).then(() => undefined)]);
    if (exit !== undefined) {
        throw new Error(`code-server exited (${exit}) while starting; its log (${log}):\n${fs.readFileSync(log, 'utf8')}`);
    }
}
