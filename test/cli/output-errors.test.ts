/**
 * Where the CLI writes can fail or be wrong: a missing folder, a folder in
 * place of the file, a full disk, an --out that is an input. Each is one
 * line on stderr and exit code 2, never a stack trace or a lost input.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, runCliProcess } from '../helpers/cli.js';

const DESIGN = 'architecture Shop {\n  service Api\n}\n';

describe('CLI output errors', function () {
    this.timeout(60_000);
    let folder = '';

    beforeEach(() => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-output-'));
        fs.writeFileSync(path.join(folder, 'shop.arch'), DESIGN);
    });

    afterEach(() => {
        fs.rmSync(folder, { recursive: true, force: true });
    });

    it('names the missing folder of --out, and a folder given as --out', async () => {
        expect(await runCli(['report', 'shop.arch', '-o', 'nodir/x.md'], folder)).to.deep.equal({
            code: 2, stdout: '', stderr: 'archlens: cannot write nodir/x.md: the folder nodir does not exist.\n'
        });
        fs.mkdirSync(path.join(folder, 'review.md'));
        expect(await runCli(['report', 'shop.arch', '-o', 'review.md'], folder)).to.deep.equal({
            code: 2, stdout: '', stderr: 'archlens: cannot write review.md: it is a folder.\n'
        });
        expect(await runCli(['diagram', 'shop.arch', '-o', 'nodir/shop.mmd'], folder)).to.deep.equal({
            code: 2, stdout: '', stderr: 'archlens: cannot write nodir/shop.mmd: the folder nodir does not exist.\n'
        });
    });

    it('will not write --out over an input: same path, symbolic link or hard link', async () => {
        fs.writeFileSync(path.join(folder, 'design.md'), DESIGN);
        fs.symlinkSync('design.md', path.join(folder, 'link.md'));
        fs.linkSync(path.join(folder, 'design.md'), path.join(folder, 'hard.md'));
        for (const out of ['design.md', 'link.md', 'hard.md', './design.md']) {
            expect(await runCli(['report', 'design.md', '-o', out], folder)).to.deep.equal({
                code: 2, stdout: '', stderr: `archlens: --out '${out}' would overwrite the input 'design.md': choose another file.\n`
            });
        }
        fs.symlinkSync('shop.arch', path.join(folder, 'shop.mmd'));
        expect((await runCli(['diagram', 'shop.arch', '-o', 'shop.mmd'], folder)).stderr).to.equal("archlens: --out 'shop.mmd' would overwrite the input 'shop.arch': choose another file.\n");
        expect(fs.readFileSync(path.join(folder, 'design.md'), 'utf8')).to.equal(DESIGN);
        expect(fs.readFileSync(path.join(folder, 'shop.arch'), 'utf8')).to.equal(DESIGN);
    });

    it('still writes a new --out file, and replaces an earlier output', async () => {
        expect((await runCli(['report', 'shop.arch', '-o', 'review.md'], folder)).code).to.equal(0);
        expect((await runCli(['report', 'shop.arch', '-o', 'review.md'], folder)).code).to.equal(0);
        expect(fs.readFileSync(path.join(folder, 'review.md'), 'utf8')).to.contain('Shop');
    });

    it('says the output could not be written when stdout fails, in one line, with exit code 2', function () {
        if (!fs.existsSync('/dev/full')) {
            this.skip(); // Linux only
        }
        const full = fs.openSync('/dev/full', 'w');
        try {
            const result = runCliProcess(['check', 'shop.arch'], folder, { stdout: full });
            expect(result).to.deep.equal({ code: 2, stdout: '', stderr: 'archlens: cannot write the output: the disk is full.\n' });
        } finally {
            fs.closeSync(full);
        }
    });
});
