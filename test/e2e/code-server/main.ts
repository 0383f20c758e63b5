/**
 * The real-editor suite, run by `npm test` (as `npm run test:e2e`): the
 * packaged VSIX installed into code-server (VS Code 1.139's server and web
 * workbench), then
 *   1. the extension tests (test/e2e/suite/) in its extension host, with the
 *      full `vscode` API, as @vscode/test-electron would run them;
 *   2. the UI checks (test/e2e/ui/): Playwright on the workbench in Chromium,
 *      with screenshots.
 * Everything lives in a scratch folder removed at the end; screenshots, logs
 * and results are kept in .test-output/e2e/ (CI's artefacts).
 *
 * ARCHLENS_E2E_KEEP=1 keeps the scratch folder; ARCHLENS_CHROMIUM names
 * the browser; ARCHLENS_E2E_CACHE moves the code-server cache.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CodeServerInstall, CODE_SERVER_VERSION, findCodeServer, installCodeServer } from '../../../scripts/e2e/install-code-server.js';
import { buildSuite } from '../build-suite.js';
import { ROOT, packageVsix } from '../prepare.js';
import { launchBrowser } from './browser.js';
import { Cleanup } from './cleanup.js';
import { hermeticEnv, installExtension, prepareFolders } from './editor-server.js';
import { type PhaseContext, extensionHostPhase, uiPhase } from './phases.js';
import { languageServerDidNotCrash } from './log-checks.js';
import { inCi } from '../../helpers/ci.js';
import { closingLine } from '../../helpers/closing-line.js';
import { preflight } from './preflight.js';
import { ProcessRegistry } from './processes.js';
import { type Counts, printResults, seconds } from './summary.js';

const ARTEFACTS = path.join(ROOT, '.test-output', 'e2e');
/** How the closing line names this suite. */
const SUITE = 'e2e';

const say = (line: string): void => console.log(line);

type Timings = Record<string, number>;

async function timed<T>(timings: Timings, step: string, work: () => T | Promise<T>): Promise<T> {
    const started = Date.now();
    try {
        return await work();
    } finally {
        timings[step] = Date.now() - started;
    }
}

/**
 * Ctrl+C (or a CI time-out) runs the same cleanup as the end of the run,
 * then exits. One Ctrl+C arrives more than once (from the terminal to the
 * whole process group, and relayed by npm and tsx): repeats are ignored
 * while cleaning up, unless they keep coming.
 */
function cleanUpOnInterrupt(cleanup: Cleanup, processes: ProcessRegistry): void {
    let received = 0;
    const onSignal = (signal: NodeJS.Signals): void => {
        received += 1;
        if (received === 1) {
            say(`\n  ${signal}: stopping the browser and the editors`);
            void cleanup.run().finally(() => process.exit(130));
        } else if (received > 5) {
            processes.killAllNow();
            process.exit(130);
        }
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.on(signal, onSignal);
    }
    // The last resort if the harness dies another way: no editor outlives it.
    process.once('exit', () => processes.killAllNow());
}

/** VS Code's own logs (extension host, language server output) are what explains a failure. */
function copyEditorLogs(scratch: string, logs: string): void {
    for (const phase of ['extension-host', 'ui']) {
        const source = path.join(scratch, phase, 'user-data', 'logs');
        if (fs.existsSync(source)) {
            fs.cpSync(source, path.join(logs, `${phase}-vscode`), { recursive: true });
        }
    }
}

interface Prepared {
    readonly install: CodeServerInstall;
    readonly chromium: string;
    readonly vsix: string;
    readonly suiteBundle: string;
}

async function runInEditors(prepared: Prepared, timings: Timings): Promise<Counts> {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-e2e-'));
    // From here on, temporary files of this process (Playwright's among them) go into the scratch folder too.
    fs.mkdirSync(path.join(scratch, 'tmp'));
    process.env.TMPDIR = path.join(scratch, 'tmp');
    const processes = new ProcessRegistry();
    const cleanup = new Cleanup();
    // Added first, so run last: the browser and the editors write into the folder until they stop.
    cleanup.add('remove the scratch folder', () => {
        copyEditorLogs(scratch, path.join(ARTEFACTS, 'logs'));
        if (process.env.ARCHLENS_E2E_KEEP) {
            say(`  kept the scratch folder ${scratch}`);
        } else {
            fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
        }
    });
    cleanup.add('stop the editors', () => processes.stopAll());
    cleanUpOnInterrupt(cleanup, processes);
    try {
        const extensions = path.join(scratch, 'extensions');
        // The home of the VSIX install and of the browser.
        const harness = prepareFolders(path.join(scratch, 'harness'), { extensions, logs: path.join(ARTEFACTS, 'logs') });
        await timed(timings, 'install the VSIX', () => installExtension(prepared.install, harness, prepared.vsix));
        const browser = await launchBrowser(prepared.chromium, path.join(scratch, 'browser-profile'), hermeticEnv(harness));
        cleanup.add('close the browser', () => browser.close());
        const context: PhaseContext = { install: prepared.install, browser, processes, scratch, extensions, artefacts: ARTEFACTS, say };

        say('\n  1. Extension tests in the extension host');
        const host = await timed(timings, 'extension tests', () => extensionHostPhase(context, prepared.suiteBundle));
        say('\n  2. UI checks in the workbench (Playwright)');
        const ui = await timed(timings, 'UI checks', () => uiPhase(context));
        return { passed: host.passed + ui.passed, failed: host.failed + ui.failed, pending: host.pending + ui.pending };
    } finally {
        await cleanup.run();
    }
}

async function main(): Promise<number> {
    const started = Date.now();
    say(`Real-editor suite: ArchLens's packaged VSIX in code-server ${CODE_SERVER_VERSION}`);
    const { chromium, missing } = preflight(findCodeServer() === undefined);
    if (missing.length > 0 || !chromium) {
        const verdict = inCi() ? 'FAILED (CI is set: this suite must run)' : 'SKIPPED';
        say(`  ${verdict}: this machine lacks\n${missing.map((line) => `    - ${line}`).join('\n')}`);
        // The whole suite counts as one: its checks are not bundled yet, so not counted.
        say(closingLine(SUITE, inCi() ? { passed: 0, failed: 1, skipped: 0 } : { passed: 0, failed: 0, skipped: 1 }));
        return inCi() ? 1 : 0;
    }
    fs.rmSync(ARTEFACTS, { recursive: true, force: true });
    fs.mkdirSync(path.join(ARTEFACTS, 'logs'), { recursive: true });
    const timings: Timings = {};
    const install = await timed(timings, 'install code-server', () => installCodeServer((line) => say(`  ${line}`)));
    const vsix = await timed(timings, 'package the VSIX', () => packageVsix(path.join(ARTEFACTS, 'logs', 'package.log')));
    say(`  packaged ${path.relative(ROOT, vsix)}`);
    const suiteBundle = await timed(timings, 'bundle the suite', () => buildSuite());

    const counts = await runInEditors({ install, chromium, vsix, suiteBundle }, timings);
    say('\n  3. The editors\' logs');
    const crashCheck = languageServerDidNotCrash(path.join(ARTEFACTS, 'logs'));
    printResults([crashCheck], say);
    counts[crashCheck.state] += 1;
    const total = Date.now() - started;
    const steps = Object.entries(timings).map(([step, ms]) => `${step} ${seconds(ms)}`).join(', ');
    say(`\n  ${counts.passed} passing, ${counts.pending} pending, ${counts.failed} failing in ${seconds(total)} (${steps})`);
    say(`  screenshots, logs and results: ${path.relative(ROOT, ARTEFACTS)}/`);
    say(closingLine(SUITE, { passed: counts.passed, failed: counts.failed, skipped: counts.pending }));
    fs.writeFileSync(path.join(ARTEFACTS, 'summary.json'), `${JSON.stringify({ ...counts, totalMs: total, timingsMs: timings }, null, 2)}\n`);
    return counts.failed > 0 ? 1 : 0;
}

main().then((code) => {
    process.exitCode = code;
}, (error: unknown) => {
    console.error(`Real-editor suite: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    // The harness itself failed: one failure, whatever ran before.
    say(closingLine(SUITE, { passed: 0, failed: 1, skipped: 0 }));
    process.exitCode = 1;
});
