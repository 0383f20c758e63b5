/**
 * The extension tests, in the shape @vscode/test-electron expects: a module
 * whose `run()` the extension host calls, and whose promise is the result.
 * The same bundle (out/e2e/suite/index.cjs, built by test/e2e/build-suite.ts)
 * runs in desktop VS Code (test/e2e/run-electron.ts) and in code-server
 * (test/e2e/code-server/main.ts).
 *
 * Each file declares its checks in a function listed below, called once
 * mocha has set up describe/it: one bundle, no files loaded at run time.
 */
import Mocha from 'mocha';
import { activationChecks } from './activation.e2e.js';
import { configFileChecks } from './config-file.e2e.js';
import { diagnosticsChecks } from './diagnostics.e2e.js';
import { languageFeatureChecks } from './language-features.e2e.js';
import { practiceChecks } from './practice.e2e.js';
import { importChecks } from './import.e2e.js';
import { compareChecks } from './compare.e2e.js';
import { previewChecks } from './preview.e2e.js';
import { quickFixChecks } from './quick-fix.e2e.js';
import { reportChecks } from './report.e2e.js';
import { ResultsReporter } from './results-reporter.js';

/** In this order: activation must come first (it checks that nothing activated the extension before). */
const CHECKS: readonly (() => void)[] = [
    activationChecks,
    diagnosticsChecks,
    languageFeatureChecks,
    quickFixChecks,
    configFileChecks,
    previewChecks,
    reportChecks,
    practiceChecks,
    importChecks,
    compareChecks
];

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: ResultsReporter });
    mocha.suite.emit('pre-require', globalThis, 'archlens-e2e', mocha);
    describe('ArchLens in a real editor', () => {
        for (const declareChecks of CHECKS) {
            declareChecks();
        }
    });
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) {
        throw new Error(`${failures} ArchLens check(s) failed in the editor`);
    }
}
