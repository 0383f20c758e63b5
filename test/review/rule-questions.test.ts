import { expect } from 'chai';
import * as path from 'node:path';
import type { Finding } from '../../src/model/finding.js';
import { ALL_RULES } from '../../src/review/registry.js';
import { questionAbout, unknownPlaceholders } from '../../src/review/rule-question.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function findingOf(rule: string, element?: string): Finding {
    const start = { line: 0, character: 0 };
    return { rule, severity: 'warning', message: '', uri: 'file:///shop.arch', range: { start, end: start }, design: 'Shop', element, suppressed: false };
}

describe("the reviewer's question of a rule", () => {
    const reviewRules = ALL_RULES.filter((rule) => rule.meta.section !== undefined);

    it('is declared by every review rule, and by none of the language\'s own', () => {
        expect(reviewRules.filter((rule) => !rule.meta.question?.trim()).map((rule) => rule.meta.id)).to.deep.equal([]);
        const withoutQuestion = ALL_RULES.filter((rule) => rule.meta.question === undefined).map((rule) => rule.meta.id);
        expect(withoutQuestion.every((id) => id.startsWith('meta/')), withoutQuestion.join(', ')).to.equal(true);
    });

    it('names only placeholders every finding provides', () => {
        const unknown = reviewRules.flatMap((rule) => unknownPlaceholders(rule.meta.question ?? '').map((name) => `${rule.meta.id}: {${name}}`));
        expect(unknown).to.deep.equal([]);
    });

    it('tells a placeholder no finding provides from those it does', () => {
        expect(unknownPlaceholders('What does {what} hold, in {element} of {design}?')).to.deep.equal(['what']);
        expect(unknownPlaceholders('What happens when {element} fails?')).to.deep.equal([]);
    });

    it('is one short question', () => {
        const long = reviewRules.map((rule) => rule.meta.question ?? '').filter((question) => question.length > 120 || !question.endsWith('?') || question.split('?').length !== 2);
        expect(long).to.deep.equal([]);
    });

    it('is filled in from the finding: its element, or the design for a design-wide finding', () => {
        expect(questionAbout(findingOf('avail/single-point-of-failure', 'Db'), 'Shop')).to.equal('What stops when a single instance in Db fails?');
        expect(questionAbout(findingOf('cicd/no-rollback'), 'Shop')).to.equal('When a release of Shop goes wrong, how do you get back to the last good version, and how fast?');
        expect(questionAbout(findingOf('meta/unconnected-component', 'Db'), 'Shop')).to.equal(undefined);
        const unfilled = reviewRules.flatMap((rule) => [questionAbout(findingOf(rule.meta.id, 'Db'), 'Shop'), questionAbout(findingOf(rule.meta.id), 'Shop')]).filter((question) => question === undefined || question.includes('{'));
        expect(unfilled).to.deep.equal([]);
    });

    it('is asked in the review report under the rule\'s section, for rules the report asked nothing about before', async () => {
        const result = await runCli(['report', 'samples/spec/first-draft.arch'], ROOT);
        const questions = result.stdout.slice(result.stdout.indexOf('## Questions a reviewer will ask'));
        // The first draft says nothing about delivery: the section is silent with the checklist's questions, and
        // cicd/no-pipeline asks nothing of a design that never takes delivery up (round 22), so its question is not added.
        const delivery = questions.slice(questions.indexOf('### Delivery (silent)'));
        expect(delivery).to.match(/^### Delivery \(silent\)\n\n(- .+\n)+$/);
        expect(delivery).not.to.contain('How does a change to PhotoShare get from a commit to production');
        // Db's overload rests on PostgreSQL's planning capacity and an instance count never written: an info question, so the section is silent.
        expect(questions).to.contain('### Scaling (silent)\n\n');
        expect(questions).to.contain('- How does Web absorb the peak, and a spike beyond it, with a fixed number of instances?\n- How much can one instance of Db serve, and how many do you need for the peak with headroom?\n');
        // Web's fleet size is asked once, by scale/no-autoscaling; scale/over-capacity does not ask it again on an assumed capacity.
        expect(questions).not.to.contain('How much can one instance of Web serve');
    });
});
