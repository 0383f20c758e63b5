/** docs/practice.md's score checked by hand is the score the CLI prints today. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('docs/practice.md', () => {
    it('checks by hand the score the CLI gives test/fixtures/practice/url-shortener/good.arch', async () => {
        const result = await runCli(['practice', 'score', 'test/fixtures/practice/url-shortener/good.arch', '--prompt', 'url-shortener'], ROOT);
        const headline = result.stdout.split('\n')[0];
        expect(headline).to.match(/^URL shortener: \d+\/100/);
        expect(fs.readFileSync(path.join(ROOT, 'docs/practice.md'), 'utf8')).to.contain(`\n${headline}\n`);
    });
});
