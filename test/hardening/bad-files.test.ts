/** Files that are not what they claim: non-UTF-8 designs, huge or garbled config files, control characters in messages. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatText } from '../../src/cli/formats/text.js';
import { MAX_CONFIG_CHARACTERS, MAX_CONFIG_PROBLEMS, parseConfig } from '../../src/config/load-config.js';
import { useTempFolder } from '../helpers/temp-folder.js';
import { runCli } from '../helpers/cli.js';

describe('hardening: bad files', function () {
    this.timeout(30_000);
    const folderPath = useTempFolder('archlens-bad-files-');

    async function check(name: string, bytes: Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
        fs.writeFileSync(path.join(folderPath(), name), bytes);
        return runCli(['check', name], folderPath());
    }

    it('exits 2 on a design that is not UTF-8, naming the line', async () => {
        const result = await check('latin1.arch', Buffer.concat([Buffer.from('architecture A {\n  service Caf'), Buffer.from([0xe9]), Buffer.from('\n}\n')]));
        expect(result).to.deep.equal({ code: 2, stdout: '', stderr: "archlens: cannot read 'latin1.arch': it is not UTF-8 text (line 2 holds a byte that is not UTF-8); save it as UTF-8.\n" });
    });

    it('exits 2 on UTF-16 text and on binary files', async () => {
        expect((await check('utf16.arch', Buffer.from('\ufeffarchitecture A {}', 'utf16le'))).stderr).to.equal("archlens: cannot read 'utf16.arch': it is UTF-16 text; save it as UTF-8.\n");
        const binary = await check('binary.arch', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
        expect(binary).to.deep.equal({ code: 2, stdout: '', stderr: "archlens: cannot read 'binary.arch': it is not a text file (it holds NUL bytes).\n" });
    });

    it('refuses a configuration file larger than a configuration can be, with one problem', () => {
        const { problems, config } = parseConfig(`{ "rules": {}, "x": "${'a'.repeat(MAX_CONFIG_CHARACTERS)}" }`);
        expect(problems.map((problem) => problem.message)).to.deep.equal(['The file is too large for a configuration (1.0 million characters; at most 1,000,000): is it the right file?']);
        expect(config.rules.size).to.equal(0);
    });

    it('reports a configuration nested 100,000 levels deep in one message', () => {
        const { problems } = parseConfig(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
        expect(problems.map((problem) => problem.message)).to.deep.equal(['The configuration is nested too deeply to read.']);
    });

    it('keeps the first problems of a garbled configuration and counts the rest', () => {
        const { problems } = parseConfig('{ "rules": { ' + '"a": 1 '.repeat(5_000));
        expect(problems).to.have.length(MAX_CONFIG_PROBLEMS + 1);
        expect(problems.at(-1)?.message).to.match(/^… and \d+ more problems\.$/);
    });

    it('prints control characters a message quotes as escapes, never to the terminal', () => {
        const finding = {
            rule: 'syntax', severity: 'error' as const, message: "Unexpected '\u001b[2J\u202e'.", uri: 'file:///w/a.arch', suppressed: false,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }
        };
        const text = formatText([finding], '/w', false);
        expect(text).to.contain("Unexpected '\\u001b[2J\\u202e'.");
        expect(text).not.to.match(/[\u001b\u202e]/);
    });
});
