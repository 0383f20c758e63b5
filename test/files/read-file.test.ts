import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UnreadableFile } from '../../src/files/file-errors.js';
import { readDesignText, readRegularFile, readRegularFileSync } from '../../src/files/read-file.js';

describe('reading a user\'s file', () => {
    let folder = '';

    before(() => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-read-'));
    });

    after(() => {
        fs.rmSync(folder, { recursive: true, force: true });
    });

    it('reads empty, small and multi-chunk files whole, the same way sync and async', async () => {
        for (const size of [0, 10, 64 * 1024, 200_001]) {
            const file = path.join(folder, `f${size}.arch`);
            const bytes = Buffer.alloc(size, 'a');
            fs.writeFileSync(file, bytes);
            expect(readRegularFileSync(file).equals(bytes), `sync ${size}`).to.equal(true);
            expect((await readRegularFile(file)).equals(bytes), `async ${size}`).to.equal(true);
        }
    });

    it('follows a symbolic link to a regular file', async () => {
        fs.writeFileSync(path.join(folder, 'target.arch'), 'architecture T {}');
        fs.symlinkSync('target.arch', path.join(folder, 'link.arch'));
        expect(await readDesignText(path.join(folder, 'link.arch'))).to.equal('architecture T {}');
    });

    it('throws an UnreadableFile naming the file, the reason and the system code', async () => {
        const missing = path.join(folder, 'missing.arch');
        const error = await readRegularFile(missing).then(() => undefined, (failure: unknown) => failure);
        expect(error).to.be.instanceOf(UnreadableFile);
        expect(error).to.deep.include({ file: missing, reason: 'it does not exist.', code: 'ENOENT' });
        expect(() => readRegularFileSync(folder)).to.throw(UnreadableFile, `cannot read '${folder}': it is a folder.`);
    });
});
