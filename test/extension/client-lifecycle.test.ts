import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/extension/identifiers.js';
import { FakeVscode, type LoadedExtension, loadExtensionWithFake } from './fake-vscode.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSION_BUNDLE = path.join(ROOT, 'dist', 'extension.cjs');
const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.cjs');

/** Language server processes this test process started (the client forks them). */
function serverPids(): number[] {
    let listing: string;
    try {
        listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    } catch {
        return []; // ps exits 1 when there is no child at all
    }
    return listing.split('\n').filter((line) => line.includes(SERVER_BUNDLE)).map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** Polls `probe` until it gives a value; on time-out, the error carries `context()` (the client's log). */
async function until<T>(what: string, probe: () => T | undefined, context: () => string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = probe();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}; the ArchLens output channel holds:\n${context()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

/** The one server process, once a restart no longer shows the old one beside the new. */
function oneServer(except: readonly number[] = []): number | undefined {
    const pids = serverPids();
    return pids.length === 1 && !except.includes(pids[0]) ? pids[0] : undefined;
}

describe('extension client lifecycle (dist/extension.cjs on a fake vscode module, real server over IPC)', function () {
    this.timeout(60_000);
    const fake = new FakeVscode();
    const subscriptions: { dispose(): unknown }[] = [];
    let extension: LoadedExtension;
    let cleanUp: () => void = () => undefined;

    const waitFor = <T>(what: string, probe: () => T | undefined): Promise<T> => until(what, probe, () => fake.logText());
    // Each test goes on from where the one before left the server: after a failure the rest cannot say anything.
    let broken = false;

    beforeEach(function () {
        if (broken) {
            this.skip();
        }
    });

    afterEach(function () {
        broken ||= this.currentTest?.state === 'failed';
    });

    before(async () => {
        for (const bundle of [EXTENSION_BUNDLE, SERVER_BUNDLE]) {
            if (!fs.existsSync(bundle)) {
                throw new Error(`${path.relative(ROOT, bundle)} is missing: run \`npm run build\` (npm test builds it first).`);
            }
        }
        ({ extension, cleanUp } = loadExtensionWithFake(EXTENSION_BUNDLE, fake));
    });

    after(async () => {
        try {
            await extension?.deactivate();
        } finally {
            subscriptions.forEach((subscription) => subscription.dispose());
            cleanUp();
            // Never leave a server behind, whatever failed above.
            for (const pid of serverPids()) {
                process.kill(pid, 'SIGKILL');
            }
        }
    });

    it('activates, starts the server over IPC and registers its commands', async () => {
        await extension.activate({ subscriptions, asAbsolutePath: (relative) => path.join(ROOT, relative) });
        // activate() returns once the client is running, or has logged why it is not.
        expect(fake.logText()).not.to.include('did not start');
        await waitFor('the server process', () => oneServer());
        expect([...fake.commands.keys()]).to.include.members(Object.values(COMMANDS));
        expect(fake.messages, fake.logText()).to.deep.equal([]);
    });

    it('does not trace while archlens.trace.server is off', () => {
        expect(fake.lines.filter((line) => line.text.includes("Sending request 'initialize"))).to.deep.equal([]);
    });

    it('restarts the server on the Restart command, tracing it once the setting is on', async () => {
        const before = await waitFor('the server process', () => oneServer());
        fake.setSetting('archlens.trace.server', 'messages');
        await fake.commands.get(COMMANDS.restartServer)?.();
        const after = await waitFor('a new server process', () => oneServer([before]));
        expect(after).to.not.equal(before);
        const log = fake.logText();
        expect(log).to.include("Sending request 'shutdown");
        expect(log).to.include("Sending request 'initialize");
        // The trace stays on: an 'initialize' response in it is how the tests below see a server up.
    });

    /** Kills the running server and waits until the client has initialized another one. */
    async function crashAndWaitForRestart(): Promise<void> {
        const pid = await waitFor('the server process', () => oneServer());
        const initialized = initializeResponses();
        process.kill(pid, 'SIGKILL');
        await waitFor('the restarted server', () => oneServer([pid]));
        await waitFor('the restarted server to initialize', () => initializeResponses() > initialized ? true : undefined);
    }

    function initializeResponses(): number {
        return fake.lines.filter((line) => line.text.includes("Received response 'initialize")).length;
    }

    it('restarts a server that dies, without bothering the user', async () => {
        await crashAndWaitForRestart();
        expect(fake.logText()).to.include('The ArchLens language server stopped unexpectedly; restarting it (1 crash in the last 3 minutes).');
        expect(fake.messages).to.deep.equal([]);
    });

    it('after repeated crashes stops restarting and offers a Restart button that works', async () => {
        // One crash is behind us; the policy restarts after up to five in three minutes.
        for (let crash = 2; crash <= 5; crash += 1) {
            await crashAndWaitForRestart();
        }
        expect(fake.messages).to.deep.equal([]);
        fake.errorChoice = 'Restart';
        const initialized = initializeResponses();
        process.kill(await waitFor('the server process', () => oneServer()), 'SIGKILL');
        const offer = await waitFor('the message offering a restart', () => fake.messages.find((message) => message.actions.includes('Restart')));
        expect(offer.severity).to.equal('error');
        expect(offer.text).to.include('crashed 6 times in the last 3 minutes');
        // The user clicked Restart: a fresh server is initialized.
        await waitFor('the server restarted by the user', () => initializeResponses() > initialized ? oneServer() : undefined);
        fake.errorChoice = undefined;
    });

    it('shows the output channel on the Show Output command', async () => {
        const shown = fake.outputShown;
        await fake.commands.get(COMMANDS.showOutput)?.();
        expect(fake.outputShown).to.equal(shown + 1);
    });

    it('stops the server on deactivation', async () => {
        const pid = await waitFor('the server process', () => oneServer());
        await extension.deactivate();
        await waitFor('the server to exit', () => serverPids().includes(pid) ? undefined : true);
    });
});
