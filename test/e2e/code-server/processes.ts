/**
 * Every process the harness starts goes through here, so that all of them
 * (and what they started: the extension host, the language server) are
 * stopped at the end, also when a check fails, the harness throws, or the
 * run is interrupted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';

const GRACE_MS = 5_000;

export interface StartedProcess {
    readonly child: ChildProcess;
    readonly name: string;
    /** Resolves with the exit code (or signal) once the process has exited. */
    readonly exited: Promise<string>;
}

export class ProcessRegistry {
    private readonly started: StartedProcess[] = [];

    /**
     * Starts `command` in a process group of its own (so that stopping it
     * reaches its children) with stdout and stderr appended to `logFile`.
     */
    start(name: string, command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; cwd?: string; logFile: string }): StartedProcess {
        const log = fs.openSync(options.logFile, 'a');
        const child = spawn(command, args, { env: options.env, cwd: options.cwd, detached: true, stdio: ['ignore', log, log] });
        fs.closeSync(log);
        const exited = new Promise<string>((resolve) => {
            child.once('exit', (code, signal) => resolve(signal ?? `exit ${String(code)}`));
            child.once('error', (error) => resolve(`failed to start: ${error.message}`));
        });
        const started = { child, name, exited };
        this.started.push(started);
        return started;
    }

    /** Stops one process and everything it started: SIGTERM to its group, then SIGKILL to whatever is left. */
    async stop(started: StartedProcess): Promise<void> {
        const pid = started.child.pid;
        if (pid === undefined || started.child.exitCode !== null || started.child.signalCode !== null) {
            return;
        }
        // Read the tree first: a child that made itself a session leader has left the group.
        const tree = [pid, ...descendantsOf(pid)];
        signalGroup(pid, 'SIGTERM');
        const stopped = await Promise.race([started.exited.then(() => true), delay(GRACE_MS).then(() => false)]);
        if (!stopped) {
            signalGroup(pid, 'SIGKILL');
        }
        for (const leftover of tree.filter(isAlive)) {
            signal(leftover, 'SIGKILL');
        }
    }

    /** Stops every process started, in reverse order. */
    async stopAll(): Promise<void> {
        for (const started of [...this.started].reverse()) {
            await this.stop(started);
        }
    }

    /** The synchronous last resort when the harness itself exits: kill the groups of those still running outright. */
    killAllNow(): void {
        for (const { child } of this.started) {
            // Once a process has exited its id may be reused: never signal it again.
            if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
                signalGroup(child.pid, 'SIGKILL');
            }
        }
    }
}

function signalGroup(pid: number, name: NodeJS.Signals): void {
    signal(-pid, name);
}

function signal(pid: number, name: NodeJS.Signals): void {
    try {
        process.kill(pid, name);
    } catch {
        // Already gone.
    }
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

/** The processes below `pid`, from /proc (Linux); elsewhere the process group has to do. */
function descendantsOf(pid: number): number[] {
    let entries: string[];
    try {
        entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
    } catch {
        return [];
    }
    const childrenOf = new Map<number, number[]>();
    for (const entry of entries) {
        const parent = parentOf(Number(entry));
        if (parent !== undefined) {
            childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(entry)]);
        }
    }
    const found: number[] = [];
    const pending = [pid];
    while (pending.length > 0) {
        for (const child of childrenOf.get(pending.pop() ?? -1) ?? []) {
            found.push(child);
            pending.push(child);
        }
    }
    return found;
}

function parentOf(pid: number): number | undefined {
    try {
        // /proc/PID/stat: "pid (command) state ppid …"; the command may hold spaces and parentheses.
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
        return undefined;
    }
}

export function delay(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
