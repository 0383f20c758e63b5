/** Baselines (pr-review.md, "Baseline"): counted by fingerprint, applied, tightened, and read strictly. */
import { expect } from 'chai';
import type { Finding } from '../../src/model/finding.js';
import { applyBaseline, baselineOf, tightenBaseline } from '../../src/baseline/baseline.js';
import { BaselineError, formatBaseline, parseBaseline } from '../../src/baseline/baseline-file.js';
import { fingerprintOf } from '../../src/model/fingerprint.js';

function finding(rule: string, element: string | undefined, line = 1, extra: Partial<Finding> = {}): Finding {
    const range = { start: { line, character: 2 }, end: { line, character: 8 } };
    return { rule, severity: 'warning', message: `${rule} on ${element ?? 'the design'}`, uri: 'file:///d/shop.arch', range, design: 'Shop', element, suppressed: false, ...extra };
}

describe('baseline', () => {
    const spof = finding('avail/single-point-of-failure', 'Db', 4);
    const backup = finding('dr/no-backup', 'Db', 4);
    const twice = [finding('sec/no-rate-limit', 'Api', 3), finding('sec/no-rate-limit', 'Api', 9)];

    it('counts findings per fingerprint, with rule and element but no position, sorted', () => {
        const baseline = baselineOf([backup, spof, ...twice]);
        expect(baseline.version).to.equal(1);
        expect(baseline.findings.map((entry) => [entry.rule, entry.element, entry.count])).to.deep.equal([
            ['avail/single-point-of-failure', 'Db', 1], ['dr/no-backup', 'Db', 1], ['sec/no-rate-limit', 'Api', 2]
        ]);
        expect(baseline.findings[0].fingerprint).to.equal(fingerprintOf(spof));
        expect(formatBaseline(baseline)).not.to.match(/line|range|message/);
    });

    it('leaves out findings suppressed in the source and syntax errors', () => {
        const baseline = baselineOf([finding('syntax', undefined), { ...spof, suppressed: true }, backup]);
        expect(baseline.findings.map((entry) => entry.rule)).to.deep.equal(['dr/no-backup']);
    });

    it('splits findings into new and known, and lists what no longer occurs as fixed', () => {
        const baseline = baselineOf([spof, backup, twice[0]]);
        const moved = { ...spof, range: { start: { line: 40, character: 0 }, end: { line: 40, character: 3 } }, message: 'reworded' };
        const split = applyBaseline(baseline, [moved, ...twice, finding('sec/no-waf', 'Api')]);
        expect(split.known).to.deep.equal([moved, twice[0]]);
        expect(split.fresh.map((item) => `${item.rule}@${item.range.start.line}`)).to.deep.equal(['sec/no-rate-limit@9', 'sec/no-waf@1']);
        expect(split.fixed.map((entry) => [entry.rule, entry.count])).to.deep.equal([['dr/no-backup', 1]]);
    });

    it('never accepts a syntax error, even one a hand-written baseline lists', () => {
        const syntax = finding('syntax', undefined);
        const split = applyBaseline({ version: 1, findings: [{ fingerprint: fingerprintOf(syntax), rule: 'syntax', design: 'Shop', count: 1 }] }, [syntax]);
        expect(split.fresh).to.deep.equal([syntax]);
    });

    it('tightens: fixed entries leave, counts only go down, nothing new joins', () => {
        const baseline = baselineOf([spof, backup, ...twice]);
        const tightened = tightenBaseline(baseline, [spof, twice[0], finding('sec/no-waf', 'Api')]);
        expect(tightened.findings.map((entry) => [entry.rule, entry.count])).to.deep.equal([['avail/single-point-of-failure', 1], ['sec/no-rate-limit', 1]]);
    });

    it('round-trips through its file format', () => {
        const baseline = baselineOf([spof, backup, ...twice]);
        const text = formatBaseline(baseline);
        expect(text.endsWith('}\n')).to.equal(true);
        expect(parseBaseline(text, 'b.json')).to.deep.equal(baseline);
        expect(formatBaseline(parseBaseline(text, 'b.json'))).to.equal(text);
    });

    it('refuses text that is not a baseline, naming the place', () => {
        const cases: [string, RegExp][] = [
            ['', /^b\.json: the baseline is empty/],
            ['{ "version": 1, "findings": [ }', /^b\.json:1:\d+: not a baseline: invalid JSON/],
            ['{\n  "version": 2,\n  "findings": []\n}', /^b\.json:2:14: not a baseline: version /],
            ['{\n  "version": 1,\n  "findings": [\n    { "fingerprint": "xyz", "rule": "a/b", "count": 1 }\n  ]\n}', /^b\.json:4:22: not a baseline: findings\.0\.fingerprint /],
            ['{ "version": 1, "findings": [ { "fingerprint": "0123456789abcdef", "rule": "a/b", "count": 0 } ] }', /^b\.json:1:\d+: not a baseline: findings\.0\.count /],
            ['[1, 2]', /^b\.json:1:1: not a baseline/],
            [`${'['.repeat(100_000)}`, /^b\.json: the baseline is nested too deeply|^b\.json:\d+:\d+: not a baseline: invalid JSON/]
        ];
        for (const [text, expected] of cases) {
            expect(() => parseBaseline(text, 'b.json'), text.slice(0, 40)).to.throw(BaselineError, expected);
        }
    });
});
