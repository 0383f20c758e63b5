/**
 * A hostile repository names what it likes: `.archlens.json` or an imported
 * `.arch` file as a FIFO or a link to /dev/zero, a design of 33 MB, imports
 * in the wrong encoding or naming a folder. The CLI runs as a child process
 * here (a FIFO used to block it for ever, /dev/zero to fill the memory): it
 * must finish, say which file it refused and why, and exit as documented.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from '../../src/files/read-file.js';
import { runCli, runCliProcess } from '../helpers/cli.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const GOOD = 'architecture A {\n  service Api\n}\n';
const IMPORTER = (target: string): string => `import "${target}"\n${GOOD}`;

describe('hardening: hostile files', function () {
    this.timeout(60_000);
    const rootPath = useTempFolder('archlens-hostile-');

    /** A fresh folder with the given files; a value of `fifo` or `-> target` makes a FIFO or a symbolic link. */
    function folderWith(name: string, files: Readonly<Record<string, string | Buffer>>): string {
        const folder = path.join(rootPath(), name);
        fs.mkdirSync(folder, { recursive: true });
        for (const [file, content] of Object.entries(files)) {
            const full = path.join(folder, file);
            if (content === 'fifo') {
                execFileSync('mkfifo', [full]);
            } else if (typeof content === 'string' && content.startsWith('-> ')) {
                fs.symlinkSync(content.slice(3), full);
            } else {
                fs.writeFileSync(full, content);
            }
        }
        return folder;
    }

    describe('configuration files', () => {
        it('refuses a .archlens.json that links to /dev/zero, naming it, and exits 2', () => {
            const folder = folderWith('config-zero', { 'a.arch': GOOD, '.archlens.json': '-> /dev/zero' });
            const result = runCliProcess(['check', 'a.arch'], folder);
            expect(result).to.deep.equal({ code: 2, stdout: '', stderr: 'archlens: invalid configuration:\n.archlens.json:1:1: Cannot read the configuration: it is a device, not a regular file.\n' });
        });

        it('refuses a .archlens.json that is a FIFO instead of waiting on it', () => {
            const folder = folderWith('config-fifo', { 'a.arch': GOOD, '.archlens.json': 'fifo' });
            const result = runCliProcess(['check', 'a.arch'], folder);
            expect(result).to.deep.equal({ code: 2, stdout: '', stderr: 'archlens: invalid configuration:\n.archlens.json:1:1: Cannot read the configuration: it is a named pipe (FIFO), not a regular file.\n' });
        });

        it('refuses --config naming a FIFO', () => {
            const folder = folderWith('config-option-fifo', { 'a.arch': GOOD, 'settings.json': 'fifo' });
            const result = runCliProcess(['check', 'a.arch', '--config', 'settings.json'], folder);
            expect(result).to.deep.equal({ code: 2, stdout: '', stderr: 'archlens: invalid configuration:\nsettings.json:1:1: Cannot read the configuration: it is a named pipe (FIFO), not a regular file.\n' });
        });
    });

    describe('design files named on the command line', () => {
        it('refuses a FIFO and a link to /dev/zero with exit code 2', () => {
            const folder = folderWith('given', { 'pipe.arch': 'fifo', 'zero.arch': '-> /dev/zero' });
            expect(runCliProcess(['check', 'pipe.arch'], folder)).to.deep.equal({ code: 2, stdout: '', stderr: "archlens: cannot read 'pipe.arch': it is a named pipe (FIFO), not a regular file.\n" });
            expect(runCliProcess(['check', 'zero.arch'], folder)).to.deep.equal({ code: 2, stdout: '', stderr: "archlens: cannot read 'zero.arch': it is a device, not a regular file.\n" });
        });

        it('refuses a design larger than the limit without reading it', async () => {
            const folder = folderWith('large', {});
            const file = path.join(folder, 'large.arch');
            fs.writeFileSync(file, '');
            fs.truncateSync(file, MAX_FILE_BYTES + 1); // sparse: no disk used
            const result = await runCli(['check', 'large.arch'], folder);
            expect(result).to.deep.equal({ code: 2, stdout: '', stderr: "archlens: cannot read 'large.arch': it is larger than 32 MB, the most ArchLens reads: is it the right file?\n" });
        });

        it('names a symbolic link loop as such', async () => {
            const folder = folderWith('loop-file', { 'loop.arch': '-> loop.arch' });
            const result = await runCli(['check', 'loop.arch'], folder);
            expect(result).to.deep.equal({ code: 2, stdout: '', stderr: "archlens: cannot read 'loop.arch': it is a symbolic link that leads back to itself.\n" });
        });
    });

    describe('folders searched for designs', () => {
        it('takes the regular .arch files and skips FIFOs, devices and link loops', () => {
            const folder = folderWith('walk', {
                'good.arch': GOOD, 'pipe.arch': 'fifo', 'zero.arch': '-> /dev/zero', 'loop.arch': '-> loop.arch', 'again': '-> .'
            });
            const result = runCliProcess(['check', '.', '--format', 'json'], folder);
            expect(result.code, result.stderr).to.equal(0);
            expect((JSON.parse(result.stdout) as { files: string[] }).files).to.deep.equal(['good.arch']);
        });
    });

    describe('imported files', () => {
        function importErrors(stdout: string): string[] {
            return stdout.split('\n').filter((line) => line.includes('meta/unresolved-reference')).map((line) => line.trim().replace(/ {2,}/g, ' | '));
        }

        it('gives an error on the import of a FIFO or of a link to /dev/zero, and reviews the rest', () => {
            const folder = folderWith('imports-special', {
                'pipe.arch': IMPORTER('fifo.arch'), 'fifo.arch': 'fifo',
                'zero.arch': IMPORTER('dev.arch'), 'dev.arch': '-> /dev/zero'
            });
            const pipe = runCliProcess(['check', 'pipe.arch'], folder);
            expect(pipe.code, pipe.stderr).to.equal(1);
            expect(importErrors(pipe.stdout)).to.deep.equal(["1:8 | error | Cannot read 'fifo.arch': it is a named pipe (FIFO), not a regular file. | meta/unresolved-reference"]);
            const zero = runCliProcess(['check', 'zero.arch'], folder);
            expect(zero.code, zero.stderr).to.equal(1);
            expect(importErrors(zero.stdout)).to.deep.equal(["1:8 | error | Cannot read 'dev.arch': it is a device, not a regular file. | meta/unresolved-reference"]);
        });

        it('gives the encoding errors of files named on the command line to imported files too', async () => {
            const folder = folderWith('imports-encoding', {
                'main.arch': `import "latin1.arch"\nimport "utf16.arch"\nimport "binary.arch"\n${GOOD}`,
                'latin1.arch': Buffer.concat([Buffer.from('architecture L {\n  service Caf'), Buffer.from([0xe9]), Buffer.from('\n}\n')]),
                'utf16.arch': Buffer.from('\ufeffarchitecture U {}', 'utf16le'),
                'binary.arch': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00])
            });
            const result = await runCli(['check', 'main.arch'], folder);
            expect(result.code).to.equal(1);
            expect(importErrors(result.stdout)).to.deep.equal([
                "1:8 | error | Cannot read 'latin1.arch': it is not UTF-8 text (line 2 holds a byte that is not UTF-8); save it as UTF-8. | meta/unresolved-reference",
                "2:8 | error | Cannot read 'utf16.arch': it is UTF-16 text; save it as UTF-8. | meta/unresolved-reference",
                "3:8 | error | Cannot read 'binary.arch': it is not a text file (it holds NUL bytes). | meta/unresolved-reference"
            ]);
            // The refused files are not reviewed: no syntax errors quoting their garbage.
            expect(result.stdout).not.to.match(/^(latin1|utf16|binary)\.arch$/m);
        });

        it('says plainly that an import names a folder, and that an empty import names nothing', async () => {
            const folder = folderWith('imports-folder', { 'main.arch': `import "models.arch"\nimport ""\n${GOOD}` });
            fs.mkdirSync(path.join(folder, 'models.arch'));
            const result = await runCli(['check', 'main.arch'], folder);
            expect(result.code).to.equal(1);
            expect(result.stderr).to.equal('');
            expect(importErrors(result.stdout)).to.deep.equal([
                "1:8 | error | Cannot read 'models.arch': it is a folder. | meta/unresolved-reference",
                '2:8 | error | An import needs the path of an .arch file, a Compose file or a folder of Kubernetes manifests: import "other.arch". | meta/unresolved-reference'
            ]);
        });
    });
});
