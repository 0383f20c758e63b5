/** A score recorded from the scorecard's JSON (the editor's way) is the entry recordScore writes from the Scorecard (the CLI's). */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type AttemptRecord, readAttempt, recordScore, writeAttempt } from '../../src/practice/attempts.js';
import { recordCardScore } from '../../src/practice/record-card-score.js';
import { requirePrompt } from '../../src/practice/prompt-library.js';
import { scorecardJson } from '../../src/practice/scorecard-json.js';
import { useTempFolder } from '../helpers/temp-folder.js';
import { designFile, scoreFile } from './practice-designs.js';

const AT = new Date('2026-12-03T14:30:00.000Z');

function record(attempt: string): AttemptRecord {
    return { version: 1, attempt, prompt: 'url-shortener', file: 'url-shortener.arch', started: '2026-12-03T14:00:00.000Z', minutes: 45, scores: [] };
}

describe('recording a score from the scorecard JSON', () => {
    const folder = useTempFolder('archlens-record-', { perTest: true });

    it('writes the same entry as recordScore', async () => {
        const entry = requirePrompt('url-shortener');
        const card = await scoreFile(entry, designFile('url-shortener', 'good'), { revealed: entry.prompt.twists.map((twist) => twist.id) });
        const root = folder();
        await writeAttempt(root, record('20261203-140000'));
        await writeAttempt(root, record('20261203-140001'));
        expect(await recordScore(root, '20261203-140000', card, AT)).to.equal(true);
        expect(await recordCardScore(root, '20261203-140001', scorecardJson(card), AT)).to.equal(true);
        const fromCard = await readAttempt(root, '20261203-140000');
        const fromJson = await readAttempt(root, '20261203-140001');
        expect(fromJson?.scores).to.have.length(1);
        expect(fromJson?.scores).to.deep.equal(fromCard?.scores);
        expect(fromJson?.scores[0].twists).to.deep.equal(['viral-link']);
    });

    it('records nothing for an attempt with no record', async () => {
        const entry = requirePrompt('url-shortener');
        const card = scorecardJson(await scoreFile(entry, designFile('url-shortener', 'basic')));
        const root = folder();
        expect(await recordCardScore(root, '20261203-140000', card, AT)).to.equal(false);
        expect(fs.existsSync(path.join(root, '.archlens'))).to.equal(false);
    });
});
