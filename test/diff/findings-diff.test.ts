/** The findings diff of `archlens diff`: multiset matching by fingerprint, suppressed findings, matching through renames and wider or narrower decisions. */
import { expect } from 'chai';
import { type DesignRenames, diffFindings, type FindingsDiff } from '../../src/diff/findings-diff.js';
import type { Finding, RelatedLocation } from '../../src/model/finding.js';

const BASE_URI = 'file:///base/shop.arch';
const HEAD_URI = 'file:///head/shop.arch';

interface FindingSpec {
    readonly rule?: string;
    readonly design?: string;
    readonly element?: string;
    readonly line?: number;
    readonly message?: string;
    readonly uri?: string;
    readonly suppressed?: boolean;
    readonly related?: readonly string[];
}

function rangeAt(line: number): Finding['range'] {
    return { start: { line, character: 2 }, end: { line, character: 12 } };
}

/** A finding built by hand: only rule, design and element make its identity; the rest is there to differ. */
function finding(spec: FindingSpec): Finding {
    const related: RelatedLocation[] | undefined = spec.related?.map((element, index) => ({ uri: spec.uri ?? BASE_URI, range: rangeAt(20 + index), message: `${element} is covered`, element }));
    return {
        rule: spec.rule ?? 'avail/single-point-of-failure',
        severity: 'warning',
        section: 'failure-recovery',
        message: spec.message ?? `${spec.element ?? 'The design'} is a single point of failure.`,
        uri: spec.uri ?? BASE_URI,
        range: rangeAt(spec.line ?? 3),
        design: spec.design ?? 'Shop',
        ...(spec.element !== undefined ? { element: spec.element } : {}),
        suppressed: spec.suppressed ?? false,
        ...(related ? { related } : {})
    };
}

/** `rule element` of each finding, the element `-` for the design as a whole. */
function keys(findings: readonly Finding[]): string[] {
    return findings.map((item) => `${item.rule} ${item.element ?? '-'}`);
}

function counts(diff: FindingsDiff): [number, number, number] {
    return [diff.introduced.length, diff.fixed.length, diff.remaining.length];
}

const RENAMED_DB: DesignRenames = new Map([['Shop', new Map([['Db', 'Store']])]]);

describe('findings diff', () => {
    describe('matching by fingerprint', () => {
        it('matches findings of one fingerprint as a multiset: two before and three after is one introduced', () => {
            const base = [finding({ element: 'Db', line: 3 }), finding({ element: 'Db', line: 9 })];
            const head = [finding({ element: 'Db', line: 3, uri: HEAD_URI }), finding({ element: 'Db', line: 9, uri: HEAD_URI }), finding({ element: 'Db', line: 14, uri: HEAD_URI })];
            const diff = diffFindings(base, head);
            expect(counts(diff)).to.deep.equal([1, 0, 2]);
            expect(diff.introduced).to.deep.equal([head[2]]);
            expect(diff.remaining.map((item) => item.finding)).to.deep.equal([head[0], head[1]]);
            expect(diff.remaining.every((item) => item.matched === undefined && item.was === undefined)).to.equal(true);
        });

        it('calls the extra base finding of a fingerprint fixed when three become two', () => {
            const base = [finding({ element: 'Db', line: 3 }), finding({ element: 'Db', line: 9 }), finding({ element: 'Db', line: 14 })];
            const head = [finding({ element: 'Db', line: 3, uri: HEAD_URI }), finding({ element: 'Db', line: 9, uri: HEAD_URI })];
            const diff = diffFindings(base, head);
            expect(counts(diff)).to.deep.equal([0, 1, 2]);
            expect(diff.fixed).to.deep.equal([base[2]]);
        });

        it('ignores order, position, wording, severity and file', () => {
            const base = [finding({ element: 'Db', line: 3, message: 'Db has one instance.' }), finding({ rule: 'sec/no-tls', element: 'Api->Db', line: 7 })];
            const head: Finding[] = [
                { ...finding({ rule: 'sec/no-tls', element: 'Api->Db', line: 40, uri: HEAD_URI, message: 'Api->Db sends data in clear.' }), severity: 'error' },
                finding({ element: 'Db', line: 55, uri: 'file:///elsewhere/moved.arch', message: 'Db runs as one instance: reworded.' })
            ];
            const diff = diffFindings(base, head);
            expect(counts(diff)).to.deep.equal([0, 0, 2]);
            expect(diff.remaining.map((item) => item.finding)).to.deep.equal([head[1], head[0]]);
        });

        it('tells apart findings that differ in rule, design or element', () => {
            const base = [finding({ element: 'Db' }), finding({ rule: 'sec/no-tls', element: 'Api->Db' }), finding({ element: 'Db', design: 'Billing' })];
            const head = [finding({ element: 'Cache', uri: HEAD_URI }), finding({ rule: 'sec/no-tls', element: 'Web->Api', uri: HEAD_URI }), finding({ element: 'Db', design: 'Shop', uri: HEAD_URI })];
            const diff = diffFindings(base, head);
            expect(counts(diff)).to.deep.equal([2, 2, 1]);
            expect(keys(diff.introduced)).to.deep.equal(['avail/single-point-of-failure Cache', 'sec/no-tls Web->Api']);
            expect(diff.fixed).to.deep.equal([base[1], base[2]]);
        });

        it('matches a design-wide finding (no element) with a design-wide one', () => {
            const diff = diffFindings([finding({ rule: 'obs/no-monitoring' })], [finding({ rule: 'obs/no-monitoring', uri: HEAD_URI, line: 30 })]);
            expect(counts(diff)).to.deep.equal([0, 0, 1]);
            expect(diff.remaining[0].matched).to.equal(undefined);
        });

        it('reports everything introduced against an empty base and everything fixed against an empty head', () => {
            const findings = [finding({ element: 'Db' }), finding({ element: 'Api' })];
            expect(counts(diffFindings([], findings))).to.deep.equal([2, 0, 0]);
            expect(counts(diffFindings(findings, []))).to.deep.equal([0, 2, 0]);
        });
    });

    describe('suppressed findings', () => {
        it('leaves out a base finding accepted in the source: it is not fixed when it goes', () => {
            const diff = diffFindings([finding({ element: 'Db', suppressed: true }), finding({ element: 'Api' })], [finding({ element: 'Api', uri: HEAD_URI })]);
            expect(counts(diff)).to.deep.equal([0, 0, 1]);
        });

        it('leaves out a head finding accepted in the source: it is not introduced', () => {
            const diff = diffFindings([], [finding({ element: 'Db', uri: HEAD_URI, suppressed: true })]);
            expect(counts(diff)).to.deep.equal([0, 0, 0]);
        });

        it('does not let a suppressed head finding stand in for a base one that is gone', () => {
            const diff = diffFindings([finding({ element: 'Db' })], [finding({ element: 'Db', uri: HEAD_URI, suppressed: true })]);
            expect(counts(diff)).to.deep.equal([0, 1, 0]);
            expect(keys(diff.fixed)).to.deep.equal(['avail/single-point-of-failure Db']);
        });

        it('does not let a suppressed base finding match a head one, which is then introduced', () => {
            const diff = diffFindings([finding({ element: 'Db', suppressed: true })], [finding({ element: 'Db', uri: HEAD_URI })]);
            expect(counts(diff)).to.deep.equal([1, 0, 0]);
        });
    });

    describe('matching through a rename', () => {
        it('matches a finding about Db with the same finding about Store when Db was renamed Store', () => {
            const base = [finding({ element: 'Db' })];
            const head = [finding({ element: 'Store', uri: HEAD_URI })];
            const diff = diffFindings(base, head, RENAMED_DB);
            expect(counts(diff)).to.deep.equal([0, 0, 1]);
            expect(diff.remaining[0]).to.deep.equal({ finding: head[0], matched: 'renamed', was: 'Db' });
        });

        it('matches a connection finding through a renamed end: Api->Db is Api->Store', () => {
            const base = [finding({ rule: 'sec/no-tls', element: 'Api->Db' })];
            const head = [finding({ rule: 'sec/no-tls', element: 'Api->Store', uri: HEAD_URI })];
            const diff = diffFindings(base, head, RENAMED_DB);
            expect(counts(diff)).to.deep.equal([0, 0, 1]);
            expect(diff.remaining[0]).to.deep.equal({ finding: head[0], matched: 'renamed', was: 'Api->Db' });
        });

        it('matches a connection both of whose ends were renamed', () => {
            const renames: DesignRenames = new Map([['Shop', new Map([['Api', 'Orders'], ['Db', 'Store']])]]);
            const diff = diffFindings([finding({ rule: 'sec/no-tls', element: 'Api->Db' })], [finding({ rule: 'sec/no-tls', element: 'Orders->Store', uri: HEAD_URI })], renames);
            expect(diff.remaining.map((item) => [item.matched, item.was])).to.deep.equal([['renamed', 'Api->Db']]);
        });

        it('without the rename, calls the Db finding fixed and the Store finding introduced', () => {
            const diff = diffFindings([finding({ element: 'Db' })], [finding({ element: 'Store', uri: HEAD_URI })]);
            expect(counts(diff)).to.deep.equal([1, 1, 0]);
        });

        it('applies a rename only within its own design', () => {
            const diff = diffFindings([finding({ element: 'Db', design: 'Billing' })], [finding({ element: 'Store', design: 'Billing', uri: HEAD_URI })], RENAMED_DB);
            expect(counts(diff)).to.deep.equal([1, 1, 0]);
        });

        it('does not match a renamed element with a finding of another rule', () => {
            const diff = diffFindings([finding({ element: 'Db' })], [finding({ rule: 'dr/no-backup', element: 'Store', uri: HEAD_URI })], RENAMED_DB);
            expect(counts(diff)).to.deep.equal([1, 1, 0]);
        });

        it('prefers an exact match to a match through a rename', () => {
            // The base has a finding about Db and one about Store; Db became Store, and the head keeps one about Store.
            const base = [finding({ element: 'Db' }), finding({ element: 'Store' })];
            const head = [finding({ element: 'Store', uri: HEAD_URI })];
            const diff = diffFindings(base, head, RENAMED_DB);
            expect(counts(diff)).to.deep.equal([0, 1, 1]);
            expect(diff.remaining[0].matched).to.equal(undefined);
            expect(keys(diff.fixed)).to.deep.equal(['avail/single-point-of-failure Db']);
        });
    });

    describe('matching a wider or narrower decision (scope)', () => {
        const RULE = 'sec/no-rate-limit';

        it('matches a finding about Api with a design-wide one of the same rule that lists Api among its related places', () => {
            const base = [finding({ rule: RULE, element: 'Api' })];
            const head = [finding({ rule: RULE, uri: HEAD_URI, related: ['Api', 'Refunds'] })];
            const diff = diffFindings(base, head);
            expect(counts(diff)).to.deep.equal([0, 0, 1]);
            expect(diff.remaining[0]).to.deep.equal({ finding: head[0], matched: 'scope', was: 'Api' });
        });

        it('matches a design-wide finding with a finding about one of its related elements, the other way', () => {
            const base = [finding({ rule: RULE, related: ['Api', 'Refunds'] })];
            const head = [finding({ rule: RULE, element: 'Refunds', uri: HEAD_URI })];
            const diff = diffFindings(base, head);
            expect(counts(diff)).to.deep.equal([0, 0, 1]);
            // The base finding was about the design as a whole: no element to say it was about.
            expect(diff.remaining[0]).to.deep.equal({ finding: head[0], matched: 'scope' });
        });

        it('matches a related element through a rename', () => {
            const base = [finding({ rule: RULE, element: 'Db' })];
            const head = [finding({ rule: RULE, uri: HEAD_URI, related: ['Api', 'Store'] })];
            const diff = diffFindings(base, head, RENAMED_DB);
            expect(diff.remaining.map((item) => [item.matched, item.was])).to.deep.equal([['scope', 'Db']]);
        });

        it('does not match when the design-wide finding does not list the element', () => {
            const diff = diffFindings([finding({ rule: RULE, element: 'Api' })], [finding({ rule: RULE, uri: HEAD_URI, related: ['Refunds', 'Search'] })]);
            expect(counts(diff)).to.deep.equal([1, 1, 0]);
        });

        it('lets a rename take its finding before a wider concern does, whatever the base order (regression)', () => {
            const wide = finding({ related: ['Db', 'Api'] });
            const aboutDb = finding({ element: 'Db' });
            const head = [finding({ element: 'Store', uri: HEAD_URI })];
            for (const base of [[wide, aboutDb], [aboutDb, wide]]) {
                const diff = diffFindings(base, head, RENAMED_DB);
                expect(diff.remaining.map((item) => [item.matched, item.was])).to.deep.equal([['renamed', 'Db']]);
                expect(diff.fixed).to.deep.equal([wide]);
            }
        });

        it('does not match across rules', () => {
            const diff = diffFindings([finding({ rule: RULE, element: 'Api' })], [finding({ rule: 'sec/no-auth', uri: HEAD_URI, related: ['Api', 'Refunds'] })]);
            expect(counts(diff)).to.deep.equal([1, 1, 0]);
            expect(keys(diff.introduced)).to.deep.equal(['sec/no-auth -']);
            expect(keys(diff.fixed)).to.deep.equal([`${RULE} Api`]);
        });

        it('does not match across designs', () => {
            const diff = diffFindings([finding({ rule: RULE, element: 'Api', design: 'Shop' })], [finding({ rule: RULE, design: 'Billing', uri: HEAD_URI, related: ['Api'] })]);
            expect(counts(diff)).to.deep.equal([1, 1, 0]);
        });

        it('does not match two findings about single elements, even when one lists the other as related', () => {
            const diff = diffFindings([finding({ rule: RULE, element: 'Api' })], [finding({ rule: RULE, element: 'Refunds', uri: HEAD_URI, related: ['Api'] })]);
            expect(counts(diff)).to.deep.equal([1, 1, 0]);
        });

        it('does not match two design-wide findings by their related places: they have one fingerprint already', () => {
            // Same fingerprint: an exact match, whatever the related places say.
            const same = diffFindings([finding({ rule: RULE, related: ['Api'] })], [finding({ rule: RULE, uri: HEAD_URI, related: ['Refunds'] })]);
            expect(same.remaining.map((item) => item.matched)).to.deep.equal([undefined]);
            // Two of them on the base, one on the head: the second is fixed, not matched by scope.
            const fewer = diffFindings([finding({ rule: RULE, related: ['Api'] }), finding({ rule: RULE, related: ['Api'], line: 8 })], [finding({ rule: RULE, uri: HEAD_URI, related: ['Api'] })]);
            expect(counts(fewer)).to.deep.equal([0, 1, 1]);
        });

        it('matches one design-wide finding with one element finding only: the other is fixed', () => {
            const base = [finding({ rule: RULE, element: 'Api' }), finding({ rule: RULE, element: 'Refunds' })];
            const head = [finding({ rule: RULE, uri: HEAD_URI, related: ['Api', 'Refunds'] })];
            const diff = diffFindings(base, head);
            expect(counts(diff)).to.deep.equal([0, 1, 1]);
            expect(diff.remaining[0].was).to.equal('Api');
            expect(keys(diff.fixed)).to.deep.equal([`${RULE} Refunds`]);
        });
    });
});
