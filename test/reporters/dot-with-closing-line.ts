/**
 * Mocha's dot reporter, then the closing line (test/helpers/closing-line.ts)
 * after its summary. Set in .mocharc.json; mocha loads it by path from the
 * project folder.
 */
import Mocha from 'mocha';
import { closingLine } from '../helpers/closing-line.js';

export default class DotWithClosingLine extends Mocha.reporters.Dot {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
        super(runner, options);
        // Registered after the dot reporter's own handler, so printed after its summary.
        runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
            const stats = this.stats;
            console.log(closingLine('mocha', { passed: stats.passes, failed: stats.failures, skipped: stats.pending }));
        });
    }
}
