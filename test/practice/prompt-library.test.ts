/** Every prompt on disk matches its schema, the bundled library, and the vocabulary it names. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import schema from '../../schemas/practice-prompt.schema.json' with { type: 'json' };
import { allPrompts } from '../../src/practice/prompt-library.js';
import { rulesNamedBy } from '../../src/practice/checks.js';
import type { PracticePrompt, RubricItem } from '../../src/practice/prompt.js';
import { ALL_RULES } from '../../src/review/registry.js';
import { createAjv } from '../../src/util/ajv.js';
import { ROOT } from './practice-designs.js';

const PRACTICE = path.join(ROOT, 'practice');
const folders = fs.readdirSync(PRACTICE).filter((name) => fs.statSync(path.join(PRACTICE, name)).isDirectory()).sort();
/** The prompts docs/practice.md promises (the contract's list). */
const CONTRACT_PROMPTS = [
    'url-shortener', 'paste-bin', 'news-feed', 'chat', 'notification-service', 'rate-limiter', 'web-crawler', 'search-autocomplete',
    'video-streaming', 'ride-hailing', 'payments', 'ticket-booking', 'file-sync', 'distributed-cache', 'metrics-logging'
];
const RULE_IDS = new Set(ALL_RULES.map((rule) => rule.meta.id));

function itemsOf(prompt: PracticePrompt): RubricItem[] {
    return [...prompt.rubric, ...prompt.twists.flatMap((twist) => twist.rubric)];
}

describe('practice prompt library', () => {
    it('holds the fifteen classic prompts of the contract', () => {
        expect(folders).to.include.members(CONTRACT_PROMPTS);
        expect(allPrompts().map((entry) => entry.prompt.id)).to.deep.equal(folders);
    });

    for (const folder of folders) {
        describe(folder, () => {
            const file = path.join(PRACTICE, folder, 'prompt.json');
            const prompt = JSON.parse(fs.readFileSync(file, 'utf8')) as PracticePrompt;

            it('validates against schemas/practice-prompt.schema.json, under its folder\'s name', () => {
                const validate = createAjv().compile(schema);
                expect(validate(prompt), JSON.stringify(validate.errors)).to.equal(true);
                expect(prompt.id).to.equal(folder);
            });

            it('is the prompt the build bundled (run `npm run generate` after editing it)', () => {
                expect(allPrompts().find((entry) => entry.prompt.id === folder)?.prompt).to.deep.equal(prompt);
            });

            it('gives 100 points over its rubric and figures, with unique item ids', () => {
                const total = prompt.rubric.reduce((sum, item) => sum + item.points, 0) + prompt.derive.reduce((sum, figure) => sum + figure.points, 0);
                expect(total).to.equal(100);
                const ids = itemsOf(prompt).map((item) => item.id);
                expect(new Set(ids).size).to.equal(ids.length);
            });

            it('names only rules that exist', () => {
                const named = itemsOf(prompt).flatMap((item) => rulesNamedBy(item.check));
                expect(named.filter((rule) => !RULE_IDS.has(rule))).to.deep.equal([]);
            });
        });
    }
});
