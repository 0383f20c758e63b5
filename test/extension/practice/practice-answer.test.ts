/** The real-editor practice checks' answer is the good fixture's design, and scores what they expect. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { revealedTwists, startFileText, twistComment } from '../../../src/practice/practice-file.js';
import { requirePrompt } from '../../../src/practice/prompt-library.js';
import { scorePractice } from '../../../src/practice/score-practice.js';
import { GOOD_DESIGN, GOOD_DESIGN_SCORE, PRACTICE_PROMPT, withDesign } from '../../e2e/suite/practice-answer.js';
import { FIXTURES } from '../../practice/practice-designs.js';

describe('the real-editor practice answer', () => {
    const prompt = requirePrompt(PRACTICE_PROMPT).prompt;

    it('is the body of the good fixture (its first comment line left out)', () => {
        const fixture = fs.readFileSync(path.join(FIXTURES, PRACTICE_PROMPT, 'good.arch'), 'utf8');
        expect(GOOD_DESIGN).to.equal(fixture.split('\n').slice(1).join('\n'));
    });

    it('replaces the started file\'s design, keeping its header and twist comments', async () => {
        const started = `${startFileText(prompt, '20261203-140000', 0.05)}\n${twistComment(prompt.twists[0])}\n`;
        const text = withDesign(started, GOOD_DESIGN);
        expect(text.startsWith('// ArchLens practice: url-shortener attempt 20261203-140000')).to.equal(true);
        expect(text).to.contain(`architecture UrlShortener_20261203_140000 "URL shortener" {${GOOD_DESIGN.slice(GOOD_DESIGN.indexOf('\n'))}`);
        expect(text).not.to.contain('requirements {\n  }');
        expect(revealedTwists(text)).to.deep.equal([prompt.twists[0].id]);
        const { card, attempt } = await scorePractice({ text, uri: 'file:///workspace/url-shortener.arch' });
        expect(attempt).to.equal('20261203-140000');
        expect(card.score).to.equal(GOOD_DESIGN_SCORE);
    });

    it('refuses a file without a design to replace', () => {
        expect(() => withDesign('// nothing\n', GOOD_DESIGN)).to.throw(/no architecture block/);
        expect(() => withDesign('architecture A {\n  service S\n', GOOD_DESIGN)).to.throw(/does not close/);
    });
});
