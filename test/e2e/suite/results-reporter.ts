/**
 * Mocha's spec reporter (its output is what a developer reads under
 * @vscode/test-electron), which also records every check and, when given a
 * file (reporter option `resultsFile`, or ARCHLENS_E2E_RESULTS from the
 * harness), writes them there: in code-server the extension host's console
 * goes to the browser, not to the terminal that ran the tests. Without a
 * file, ends with the closing line (test/helpers/closing-line.ts).
 */
import * as fs from 'node:fs';
import Mocha from 'mocha';
import { closingLine } from '../../helpers/closing-line.js';
import { type CheckResult, type CheckResults, RESULTS_FILE_VARIABLE } from './check-results.js';

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

function resultsFile(options: Mocha.MochaOptions | undefined): string | undefined {
    const reporterOptions: unknown = options?.reporterOptions;
    if (typeof reporterOptions === 'object' && reporterOptions !== null && 'resultsFile' in reporterOptions && typeof reporterOptions.resultsFile === 'string') {
        return reporterOptions.resultsFile;
    }
    return process.env[RESULTS_FILE_VARIABLE];
}

function titles(test: Mocha.Runnable): string[] {
    return test.titlePath();
}

export class ResultsReporter extends Mocha.reporters.Spec {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
        super(runner, options);
        const started = Date.now();
        const results: CheckResult[] = [];
        runner.on(EVENT_TEST_PASS, (test) => results.push({ titles: titles(test), state: 'passed', durationMs: test.duration }));
        runner.on(EVENT_TEST_PENDING, (test) => results.push({ titles: titles(test), state: 'pending' }));
        // Hooks fail through this event too: their titles say which hook.
        runner.on(EVENT_TEST_FAIL, (test, error: Error) => results.push({ titles: titles(test), state: 'failed', durationMs: test.duration, error: error.stack ?? error.message }));
        runner.once(EVENT_RUN_END, () => {
            const file = resultsFile(options);
            if (file) {
                const report: CheckResults = { results, durationMs: Date.now() - started };
                fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
            } else {
                // Under @vscode/test-electron: the run's last line. The code-server harness (which
                // asks for a file) prints one line for its phases together.
                const stats = this.stats;
                console.log(closingLine('e2e', { passed: stats.passes, failed: stats.failures, skipped: stats.pending }));
            }
        });
    }
}
