/** The archlens/practiceScore request: the scorecard of the document's current text, and a message (never a crash) for a bad one. */
import { expect } from 'chai';
import { EmptyFileSystem } from 'langium';
import { startFileText, twistComment } from '../../src/practice/practice-file.js';
import { requirePrompt } from '../../src/practice/prompt-library.js';
import { practiceScoreFor } from '../../src/server/practice-request.js';
import { createArchServices } from '../../src/language/arch-module.js';
import type { PracticeScoreParams } from '../../src/practice/practice-protocol.js';
import { GOOD_DESIGN, GOOD_DESIGN_SCORE, withDesign } from '../e2e/suite/practice-answer.js';
import { buildWorkspace } from '../helpers/workspace.js';

const prompt = requirePrompt('url-shortener').prompt;
const started = startFileText(prompt, '20261203-140000', 45);

describe('the archlens/practiceScore request', () => {
    it('scores the document\'s current text, edits not yet saved included', async () => {
        const workspace = await buildWorkspace({ 'url-shortener.arch': started });
        const { shared } = workspace.services;
        const uri = 'file:///workspace/url-shortener.arch';
        const first = await practiceScoreFor(shared, { uri });
        if (!first.ok) {
            throw new Error(first.message);
        }
        expect(first.attempt).to.equal('20261203-140000');
        expect(first.card.prompt.id).to.equal('url-shortener');
        expect(first.card.score).to.be.below(20);

        await workspace.update('url-shortener.arch', withDesign(`${started}\n${twistComment(prompt.twists[0])}\n`, GOOD_DESIGN));
        const second = await practiceScoreFor(shared, { uri });
        expect(second.ok && second.card.score).to.equal(GOOD_DESIGN_SCORE);
        expect(second.ok && second.card.twists[0].revealed).to.equal(true);
    });

    it('explains a file with no practice header, an unknown prompt, and a design that does not parse', async () => {
        const workspace = await buildWorkspace({
            'plain.arch': 'architecture Shop {\n  service Api\n}\n',
            'unknown.arch': '// ArchLens practice: no-such-prompt attempt 1\narchitecture Shop {\n}\n',
            'broken.arch': `${started.replace('  requirements {\n  }', '  requirements {\n  service {{')}`,
            'empty.arch': '// ArchLens practice: url-shortener attempt 20261203-140000\n'
        });
        const { shared } = workspace.services;
        const messageOf = async (file: string): Promise<string> => {
            const result = await practiceScoreFor(shared, { uri: `file:///workspace/${file}` });
            expect(result.ok, file).to.equal(false);
            return result.ok ? '' : result.message;
        };
        expect(await messageOf('plain.arch')).to.match(/^This file cannot be scored: the file has no practice header \(`\/\/ ArchLens practice: <prompt>`\)/);
        expect(await messageOf('unknown.arch')).to.match(/no practice prompt 'no-such-prompt'; the prompts are: .*url-shortener/);
        expect(await messageOf('broken.arch')).to.match(/the design does not parse \(line \d+: /);
        expect(await messageOf('empty.arch')).to.match(/no `architecture` block to score/);
    });

    it('answers a document it does not hold, and malformed parameters, with a message', async () => {
        const { shared } = createArchServices(EmptyFileSystem);
        expect(await practiceScoreFor(shared, { uri: 'file:///workspace/missing.arch' })).to.deep.equal({ ok: false, message: 'The document is not open in the language server yet.' });
        for (const params of [{}, { uri: 42 }, null, { uri: '::not a uri::' }] as unknown as PracticeScoreParams[]) {
            const result = await practiceScoreFor(shared, params);
            expect(result.ok, JSON.stringify(params)).to.equal(false);
        }
    });
});
