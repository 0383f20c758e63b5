/**
 * The two phases of the real-editor run. Each starts its own code-server
 * (fresh home, user data and workspace copy) on the extensions folder the
 * VSIX was installed into, and stops it when done.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { CodeServerInstall } from '../../../scripts/e2e/install-code-server.js';
import { createPlaceholderExtension, createWorkspace } from '../prepare.js';
import { RESULTS_FILE_VARIABLE } from '../suite/check-results.js';
import { WORKSPACE_FILES } from '../suite/workspace-files.js';
import { prepareFolders, startEditorServer } from './editor-server.js';
import { runExtensionTests } from './extension-host-run.js';
import type { ProcessRegistry } from './processes.js';
import { type Counts, count, printResults, readResults } from './summary.js';
import { runUiChecks } from './ui-run.js';

const EXTENSION_TESTS_TIMEOUT_MS = 5 * 60_000;

export interface PhaseContext {
    readonly install: CodeServerInstall;
    readonly browser: BrowserContext;
    readonly processes: ProcessRegistry;
    /** The run's scratch folder (removed at the end). */
    readonly scratch: string;
    /** Where the VSIX is installed. */
    readonly extensions: string;
    /** Kept after the run: logs, results, screenshots. */
    readonly artefacts: string;
    readonly say: (line: string) => void;
}

/** Phase 1: the bundled suite (test/e2e/suite/) in the extension host. */
export async function extensionHostPhase(context: PhaseContext, suiteBundle: string): Promise<Counts> {
    const { processes, scratch, artefacts, say } = context;
    const logs = path.join(artefacts, 'logs');
    const workbenchLog = path.join(logs, 'extension-host-workbench.log');
    const resultsFile = path.join(artefacts, 'extension-host-results.json');
    const folders = prepareFolders(path.join(scratch, 'extension-host'), { extensions: context.extensions, logs });
    const workspace = createWorkspace(path.join(scratch, 'extension-host', 'workspace'));
    const server = await startEditorServer(processes, context.install, folders,
        { name: 'code-server-extension-host', workspace, env: { [RESULTS_FILE_VARIABLE]: resultsFile }, smokeTestDriver: true });
    const exitCode = await runExtensionTests(context.browser, server, {
        developmentExtension: createPlaceholderExtension(path.join(scratch, 'placeholder-extension')),
        testsBundle: suiteBundle,
        workspace,
        timeoutMs: EXTENSION_TESTS_TIMEOUT_MS,
        logFile: workbenchLog
    });
    await processes.stop(server.process);

    const results = readResults(resultsFile)?.results ?? [];
    printResults(results, say);
    const counts = count(results);
    if (exitCode !== 0 && counts.failed === 0) {
        // The suite did not get to run its checks: it failed to load, or the workbench gave up.
        counts.failed += 1;
        say(`    ✘ the extension tests exited with ${exitCode}${results.length === 0 ? ' and reported no check' : ''}; see ${workbenchLog}`);
    }
    return counts;
}

/** Phase 2: the UI checks (test/e2e/ui/) with Playwright on a workbench opened on first-draft.arch. */
export async function uiPhase(context: PhaseContext): Promise<Counts> {
    const { processes, scratch, artefacts } = context;
    const logs = path.join(artefacts, 'logs');
    const workbenchLog = path.join(logs, 'ui-workbench.log');
    const resultsFile = path.join(artefacts, 'ui-results.json');
    const folders = prepareFolders(path.join(scratch, 'ui'), { extensions: context.extensions, logs });
    const workspace = createWorkspace(path.join(scratch, 'ui', 'workspace'));
    const server = await startEditorServer(processes, context.install, folders, { name: 'code-server-ui', workspace });
    const failures = await runUiChecks(context.browser, server, {
        workspace,
        openFile: WORKSPACE_FILES.firstDraft,
        screenshots: path.join(artefacts, 'screenshots'),
        resultsFile
    }, (line) => fs.appendFileSync(workbenchLog, `${line}\n`));
    await processes.stop(server.process);

    const counts = count(readResults(resultsFile)?.results ?? []);
    // A failure outside any check (mocha itself) still fails the run.
    counts.failed = Math.max(counts.failed, failures);
    return counts;
}
