/**
 * The quality bar of every shipped prompt (docs/practice.md): four designs of
 * rising quality score in that order with at least 15 points between
 * neighbours, the reference scores at least 90 with and without its twists,
 * the first draft at most 40, and faithful transcriptions of published
 * answers at least 75.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allPrompts } from '../../src/practice/prompt-library.js';
import { designFile, LEVELS, publishedSolutions, ROOT, scoreFile } from './practice-designs.js';

const MIN_GAP = 15;

describe('practice prompts: the quality bar', () => {
    for (const entry of allPrompts()) {
        const id = entry.prompt.id;
        describe(id, () => {
            it(`scores first draft ≤ 40 < basic < good < reference ≥ 90, ${MIN_GAP} points apart`, async () => {
                const scores: number[] = [];
                for (const level of LEVELS) {
                    expect(fs.existsSync(designFile(id, level)), `${level} design of ${id}`).to.equal(true);
                    scores.push((await scoreFile(entry, designFile(id, level))).score);
                }
                const shown = LEVELS.map((level, index) => `${level} ${scores[index]}`).join(', ');
                expect(scores[0], shown).to.be.at.most(40);
                expect(scores[3], shown).to.be.at.least(90);
                for (let index = 1; index < scores.length; index++) {
                    expect(scores[index] - scores[index - 1], shown).to.be.at.least(MIN_GAP);
                }
            });

            it('the reference handles every twist and still scores at least 90', async () => {
                const card = await scoreFile(entry, designFile(id, 'reference'), { revealed: entry.prompt.twists.map((twist) => twist.id) });
                expect(card.twists.every((twist) => twist.handled), card.items.filter((item) => !item.met).map((item) => item.item.id).join(', ')).to.equal(true);
                expect(card.score).to.be.at.least(90);
            });
        });
    }

    it('has two reviewers\' verdicts for every held-out published answer', () => {
        const practice = path.join(ROOT, 'test/fixtures/practice');
        const answers = fs.readdirSync(practice).filter((name) => name.startsWith('held-out') && fs.statSync(path.join(practice, name)).isDirectory())
            .flatMap((set) => fs.readdirSync(path.join(practice, set)).filter((name) => name.endsWith('.arch')).map((name) => `test/fixtures/practice/${set}/${name}`));
        const judged = JSON.parse(fs.readFileSync(path.join(practice, 'held-out-verdicts.json'), 'utf8')) as { file: string; verdicts: { verdict: string; reason: string }[] }[];
        expect(judged.map((entry) => entry.file).sort()).to.deep.equal(answers.sort());
        expect(judged.every((entry) => entry.verdicts.length === 2 && entry.verdicts.every((verdict) => ['good', 'adequate', 'thin'].includes(verdict.verdict) && verdict.reason.length > 0))).to.equal(true);
    });

    describe('published answers, transcribed faithfully, score at least 75', () => {
        for (const solution of publishedSolutions()) {
            it(`${solution.prompt}: ${path.basename(solution.file)}`, async () => {
                const entry = allPrompts().find((candidate) => candidate.prompt.id === solution.prompt);
                expect(entry, solution.prompt).to.not.equal(undefined);
                if (entry) {
                    const card = await scoreFile(entry, path.join(ROOT, solution.file), { fromPrompt: false });
                    expect(card.score, card.items.filter((item) => !item.met).map((item) => item.item.id).join(', ')).to.be.at.least(75);
                }
            });
        }
    });
});
