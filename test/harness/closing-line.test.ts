/**
 * Every suite ends with a plain `N passed, N failed` line, its name and skips
 * on the line above: mocha through its reporter
 * (test/reporters/dot-with-closing-line.ts).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { closingLine } from '../helpers/closing-line.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the closing line', () => {
    it('ends with "N passed, N failed" alone on its line, the suite and its skips above', () => {
        expect(closingLine('e2e', { passed: 22, failed: 0, skipped: 1 })).to.equal('e2e (1 skipped):\n22 passed, 0 failed');
    });

    it('ends mocha\'s output, after the dot reporter\'s summary', function () {
        this.timeout(120_000);
        // The project's own settings, on a suite with one passing, one failing and one skipped test.
        const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--node-option', 'import=tsx',
            '--reporter', './test/reporters/dot-with-closing-line.ts', 'test/fixtures/reporter/mixed-suite.ts'], { cwd: ROOT, encoding: 'utf8' });
        const lines = run.stdout.trimEnd().split('\n');
        expect(run.status, run.stderr).to.equal(1);
        expect(lines.slice(-2)).to.deep.equal(['mocha (1 skipped):', '1 passed, 1 failed']);
        expect(lines.at(-1)).to.match(/^\d+ passed, \d+ failed$/);
        expect(run.stdout).to.match(/1 passing[\s\S]*1 pending[\s\S]*1 failing[\s\S]*mixed outcomes[\s\S]*fails/);
    });
});
