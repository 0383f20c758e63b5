/** The scorecard's arithmetic on a small prompt made for the test: anyone can check these numbers by hand. */
import { expect } from 'chai';
import { reviewText } from '../../src/practice/analyze-text.js';
import type { PracticePrompt } from '../../src/practice/prompt.js';
import { type Scorecard, scoreDesign, withReferenceGaps } from '../../src/practice/scorecard.js';
import { scorecardJson } from '../../src/practice/scorecard-json.js';
import { scorecardMarkdown, scorecardText } from '../../src/practice/format-scorecard.js';

const PROMPT: PracticePrompt = {
    id: 'tiny',
    title: 'Tiny',
    difficulty: 'easy',
    tags: [],
    minutes: 30,
    statement: 'A tiny service.',
    functional: ['Serve reads.'],
    scale: ['1,000 requests a second at peak.'],
    derive: [{ figure: 'peak_rps', title: 'Peak requests per second', value: 1000, arithmetic: 'given', points: 20 }],
    twists: [{ id: 'region-loss', at: 0.5, text: 'A region fails.', rubric: [{ id: 'two-regions', section: 'failure-recovery', points: 25, text: 'Runs in two regions', check: { setting: { block: 'deployment', where: [{ property: 'regions', atLeast: 2 }] } }, question: 'What happens when a region fails?' }] }],
    rubric: [
        { id: 'cache', section: 'caching', points: 30, text: 'A cache a request reaches', check: { component: { kind: ['cache'], where: [{ fact: 'reached' }] } }, question: 'What serves repeated reads?' },
        { id: 'backed-up', section: 'failure-recovery', points: 50, text: 'The data is backed up', check: { noFinding: { rules: ['dr/no-backup'], needs: ['database'] } }, question: 'How do you restore the data?' }
    ]
};

async function card(body: string, requirements = '', revealed: readonly string[] = [], judgeFigures = true): Promise<Scorecard> {
    const context = await reviewText(`architecture Tiny {\n  requirements { ${requirements} }\n${body}\n}\n`, 'file:///practice-scorecard/tiny.arch');
    if (!context) {
        throw new Error('no design');
    }
    return scoreDesign({ prompt: PROMPT, context, revealed, judgeFigures });
}

const PLAIN = `  client Web
  service Api { replicas: 2 }
  database Db { engine: postgres, replicas: 2, failover: auto }
  Web -> Api : https
  Api -> Db : sql`;

describe('practice scorecard', () => {
    it('scores round(100 × earned ÷ possible) over the rubric and the figures', async () => {
        const result = await card(PLAIN, 'peak_rps: 1k');
        expect(result.earned).to.equal(20);
        expect(result.possible).to.equal(100);
        expect(result.rubricScore).to.equal(20);
        expect(result.sections.map((section) => `${section.section} ${section.earned}/${section.possible}`)).to.deep.equal(['requirements 20/20', 'caching 0/30', 'failure-recovery 0/50']);
    });

    it('accepts a figure within its tolerance (a factor of two by default), and not beyond', async () => {
        expect((await card(PLAIN, 'peak_rps: 1.9k')).figures[0].met).to.equal(true);
        expect((await card(PLAIN, 'peak_rps: 2.1k')).figures[0].met).to.equal(false);
        expect((await card(PLAIN, 'peak_rps: 500')).figures[0].met).to.equal(true);
        expect((await card(PLAIN)).figures[0].stated).to.equal(undefined);
    });

    it('for a design not written from the prompt, counts a figure that agrees and leaves out one that differs', async () => {
        const agrees = await card(PLAIN, 'peak_rps: 1k', [], false);
        expect([agrees.figuresJudged, agrees.figures.length, agrees.possible, agrees.earned]).to.deep.equal([false, 1, 100, 20]);
        const differs = await card(PLAIN, 'peak_rps: 50k', [], false);
        expect([differs.figures.length, differs.possible, differs.earned]).to.deep.equal([0, 80, 0]);
    });

    it('weighs no single point of failure read only from a count left unsaid, and weighs one stated as one instance', async () => {
        const rules = (result: Scorecard) => result.penalty.findings.map((finding) => finding.rule);
        expect(rules(await card('  client Web\n  service Api\n  Web -> Api : https', 'peak_rps: 1k'))).to.not.include('avail/single-point-of-failure');
        expect(rules(await card('  client Web\n  service Api { replicas: 1 }\n  Web -> Api : https', 'peak_rps: 1k'))).to.include('avail/single-point-of-failure');
    });

    it('does not weigh a finding again when a missed item already charged its rule', async () => {
        const result = await card(PLAIN, 'peak_rps: 1k');
        expect(result.items.find((item) => item.item.id === 'backed-up')?.met).to.equal(false);
        expect(result.penalty.findings.map((finding) => finding.rule)).to.not.include('dr/no-backup');
    });

    it('takes 3 per error and 1 per warning, at most 10, from the rubric score', async () => {
        const context = await reviewText(`architecture Tiny {\n${PLAIN}\n}\n`, 'file:///practice-scorecard/tiny.arch');
        if (!context) {
            throw new Error('no design');
        }
        const finding = { rule: 'sec/no-waf', severity: 'error' as const, message: 'm', uri: context.design.location.uri, range: context.design.location.nameRange, suppressed: false };
        const scored = (count: number, severity: 'error' | 'warning', basis?: 'assumed') =>
            scoreDesign({ prompt: PROMPT, context: { ...context, findings: Array.from({ length: count }, () => ({ ...finding, severity, ...(basis ? { basis } : {}) })) }, revealed: [], judgeFigures: true }).penalty;
        expect(scored(2, 'error').points).to.equal(6);
        expect(scored(3, 'warning').points).to.equal(3);
        expect(scored(5, 'error').points).to.equal(10);
        expect(scored(5, 'error', 'assumed').points).to.equal(0);
    });

    it('counts a twist\'s items only once the file reveals it, and says whether it was handled', async () => {
        const hidden = await card(PLAIN, 'peak_rps: 1k');
        expect(hidden.possible).to.equal(100);
        expect(hidden.twists[0]).to.include({ revealed: false, handled: false });
        const revealed = await card(`${PLAIN}\n  deployment { regions: [eu, us] }`, 'peak_rps: 1k', ['region-loss']);
        expect(revealed.possible).to.equal(125);
        expect(revealed.earned).to.equal(45);
        expect(revealed.twists[0]).to.include({ revealed: true, handled: true });
    });

    it('asks about missed figures first, then missed items by points', async () => {
        const result = await card(PLAIN);
        expect(result.questions[0]).to.match(/^Peak requests per second/);
        expect(result.questions.slice(1, 3)).to.deep.equal(['How do you restore the data?', 'What serves repeated reads?']);
    });

    it('lists what the reference meets and this design misses', async () => {
        const reference = await card(`${PLAIN}\n  cache Hot { eviction: lru }\n  Api -> Hot : redis`, 'peak_rps: 1k');
        const gaps = withReferenceGaps(await card(PLAIN, 'peak_rps: 1k'), reference).referenceHas;
        expect(gaps).to.deep.equal(['A cache a request reaches (the reference: cache Hot)']);
    });

    it('is the same for the same text, in every format', async () => {
        const first = scorecardJson(await card(PLAIN, 'peak_rps: 1k'));
        const second = scorecardJson(await card(PLAIN, 'peak_rps: 1k'));
        expect(second).to.deep.equal(first);
        expect(scorecardText(first)).to.match(/^Tiny: \d+\/100 \(rubric 20: 20 of 100 points; findings −\d+\)/);
        expect(scorecardMarkdown(first)).to.contain(`**${first.score} / 100**`);
    });

    it('escapes what the design wrote, in Markdown and in the terminal', async () => {
        const json = scorecardJson(await card(PLAIN, 'peak_rps: 1k'));
        const hostile = { ...json, design: 'x`y', items: json.items.map((item) => ({ ...item, evidence: [{ kind: 'note' as const, text: '<img src=x onerror=alert(1)> \u001b[31mred' }] })) };
        expect(scorecardMarkdown(hostile)).to.contain('\\<img src=x onerror=alert(1)\\>').and.not.match(/(?<!\\)<img/);
        expect(scorecardText(hostile)).to.not.contain('\u001b');
    });
});
