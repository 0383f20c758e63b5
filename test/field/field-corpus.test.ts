/**
 * The field corpus (test/field/, docs/review-quality.md): published designs
 * transcribed into `.arch`, each with a reviewer's labels. Every design must
 * have no language finding and every labels file must be valid; the
 * review-quality gate (no `fp`, every error `tp`, nothing unlabelled) holds
 * for the designs and rules listed in test/field/ratchet.json.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import type { Finding } from '../../src/model/finding.js';
import { RULE_IDS } from '../../src/review/registry.js';
import { type CorpusDesign, corpusDesigns } from '../../scripts/field/corpus.js';
import { withReport } from '../../scripts/field/docs-section.js';
import { type DesignResult, judgeFindings, languageErrors, reviewCorpus } from '../../scripts/field/judge.js';
import { type Label, labelProblems } from '../../scripts/field/labels.js';
import { gateFailure, ratchetViolations, readRatchet } from '../../scripts/field/ratchet.js';

const MIN_DESIGNS = 14;
/** The held-out set is renewed when its designs have been looked at (docs/review-quality.md); it holds at least this many. */
const HELD_OUT = 4;

function finding(rule: string, element: string | undefined, severity: Finding['severity'], message = 'a message'): Finding {
    return { rule, severity, message, uri: 'file:///corpus.arch', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, element, suppressed: false };
}

function label(rule: string, subject: string | null, verdict: Label['label'], match?: string): Label {
    return { rule, subject, severity: 'warning', label: verdict, reason: 'a reason given by the reviewer', ...(match === undefined ? {} : { match }) };
}

/**
 * Unlabelled findings outside the ratchet do not fail the suite, but are
 * named so that someone labels them: in the tuning set only. The held-out
 * set's findings are counted, never named, so that running the tests does
 * not show anyone what the review says of designs kept unread.
 */
function unlabelledReport(results: readonly DesignResult[]): string | undefined {
    const unlabelled = (set: string): DesignResult['judged'][number][] => results
        .filter((result) => result.design.set === set)
        .flatMap((result) => result.judged.filter((item) => item.judgement === 'unlabelled'));
    const named = results.filter((result) => result.design.set !== 'held-out').flatMap((result) => result.judged
        .filter((item) => item.judgement === 'unlabelled')
        .map((item) => `${result.design.set}/${result.design.name}: ${item.finding.rule} on ${item.finding.element ?? '(design)'}`));
    const heldOut = unlabelled('held-out').length;
    const lines = [
        ...(named.length > 0 ? [`field corpus: ${named.length} unlabelled finding(s); npm run field -- --draft prints skeletons:\n  ${named.join('\n  ')}`] : []),
        ...(heldOut > 0 ? [`field corpus: ${heldOut} unlabelled finding(s) in the held-out set (not named: the set stays unread until it is labelled)`] : [])
    ];
    return lines.length > 0 ? lines.join('\n') : undefined;
}

function reportUnlabelled(results: readonly DesignResult[]): void {
    const report = unlabelledReport(results);
    if (report !== undefined) {
        console.warn(report);
    }
}

describe('field corpus', function () {
    this.timeout(180_000);
    const designs = corpusDesigns(['designs', 'held-out']);
    let results: DesignResult[] = [];

    before(async () => {
        results = await reviewCorpus(designs);
    });

    function resultOf(design: CorpusDesign): DesignResult {
        const result = results.find((candidate) => candidate.design.archFile === design.archFile);
        expect(result, `a review of ${design.name}`).to.not.equal(undefined);
        return result as DesignResult;
    }

    it(`holds at least ${MIN_DESIGNS} designs, at least ${HELD_OUT} of them held out, with distinct names`, () => {
        expect(designs.length).to.be.at.least(MIN_DESIGNS);
        expect(designs.filter((design) => design.set === 'held-out')).to.have.length.at.least(HELD_OUT);
        const architectures = results.flatMap((result) => result.architectures);
        expect(new Set(architectures).size, 'one architecture name per design').to.equal(architectures.length);
    });

    for (const design of designs) {
        describe(`${design.set}/${design.name}`, () => {
            it('names its source in a header comment and holds one design', () => {
                expect(fs.readFileSync(design.archFile, 'utf8')).to.match(/^\/\/ Source: /);
                expect(resultOf(design).architectures).to.have.length(1);
            });

            it('has no language finding (syntax, unknown property)', () => {
                const errors = languageErrors(resultOf(design)).map((item) => `${item.range.start.line + 1}: ${item.rule}: ${item.message}`);
                expect(errors).to.deep.equal([]);
            });

            it('has a valid labels file for this design', () => {
                const result = resultOf(design);
                expect(result.labelsJson, `${design.labelsFile} exists`).to.not.equal(undefined);
                expect(labelProblems(result.labelsJson, RULE_IDS)).to.deep.equal([]);
                expect(result.labels?.design).to.equal(result.architectures[0]);
            });
        });
    }

    it('keeps every ratcheted design and rule at the gate (no fp, errors tp, all labelled)', () => {
        const tuning = results.filter((result) => result.design.set === 'designs');
        reportUnlabelled(results);
        expect(ratchetViolations(tuning, readRatchet())).to.deep.equal([]);
    });

    it('ratchets only corpus designs and known rules', () => {
        const ratchet = readRatchet();
        const names = designs.filter((design) => design.set === 'designs').map((design) => design.name);
        expect(ratchet.designs.filter((name) => !names.includes(name))).to.deep.equal([]);
        expect(ratchet.rules.filter((rule) => !RULE_IDS.has(rule))).to.deep.equal([]);
    });
});

describe('field corpus labels and gate', () => {
    it('matches a label by rule and subject, and by message where it says so', () => {
        const labels = [label('sec/no-waf', 'Api', 'noise'), label('sec/no-waf', 'Api', 'tp', 'payments'), label('dr/no-backup', null, 'fp')];
        const { judged, staleLabels } = judgeFindings([
            finding('sec/no-waf', 'Api', 'info', 'takes payments'),
            finding('sec/no-waf', 'Api', 'info', 'serves pages'),
            finding('sec/no-waf', 'Web', 'info')
        ], labels);
        expect(judged.map((item) => item.judgement)).to.deep.equal(['tp', 'noise', 'unlabelled']);
        expect(staleLabels).to.deep.equal([labels[2]]);
    });

    it('fails a finding labelled fp, an error not labelled tp and an unlabelled finding', () => {
        const { judged } = judgeFindings([
            finding('a/fp', 'X', 'info'),
            finding('a/noise-error', 'X', 'error'),
            finding('a/tp-error', 'X', 'error'),
            finding('a/noise-warning', 'X', 'warning'),
            finding('a/new', 'X', 'warning')
        ], [label('a/fp', 'X', 'fp'), label('a/noise-error', 'X', 'noise'), label('a/tp-error', 'X', 'tp'), label('a/noise-warning', 'X', 'noise')]);
        expect(judged.map(gateFailure)).to.deep.equal(['is labelled fp', 'is an error labelled noise, not tp', undefined, undefined, 'is not labelled']);
    });

    it('applies the gate only to the designs and rules in the ratchet', () => {
        const { judged } = judgeFindings([finding('a/rule', 'X', 'info'), finding('b/rule', 'Y', 'info')], [label('a/rule', 'X', 'fp'), label('b/rule', 'Y', 'fp')]);
        const design: CorpusDesign = { name: 'sample', set: 'designs', archFile: '/corpus/sample.arch', labelsFile: '/corpus/sample.labels.json' };
        const result: DesignResult = { design, labelsJson: {}, judged, staleLabels: [], architectures: ['Sample'] };
        expect(ratchetViolations([result], { designs: [], rules: [] })).to.deep.equal([]);
        expect(ratchetViolations([result], { designs: [], rules: ['b/rule'] })).to.deep.equal(['sample: b/rule on Y (info) is labelled fp']);
        expect(ratchetViolations([result], { designs: ['sample'], rules: [] })).to.have.length(2);
    });

    it('names the tuning set\'s unlabelled findings and only counts the held-out set\'s', () => {
        const { judged } = judgeFindings([finding('a/rule', 'X', 'info')], []);
        const result = (set: CorpusDesign['set']): DesignResult => ({ design: { name: `in-${set}`, set, archFile: '/c.arch', labelsFile: '/c.labels.json' }, labelsJson: {}, judged, staleLabels: [], architectures: ['C'] });
        const report = unlabelledReport([result('designs'), result('held-out')]) ?? '';
        expect(report).to.contain('designs/in-designs: a/rule on X');
        expect(report).to.contain('1 unlabelled finding(s) in the held-out set (not named');
        expect(report).to.not.contain('in-held-out');
    });

    it('rejects a labels file with an unknown rule, a repeated key or a bad verdict', () => {
        const labels = {
            design: 'Sample',
            source: 'somewhere',
            labels: [label('no/such-rule', 'X', 'tp'), label('sec/no-waf', 'X', 'tp'), label('sec/no-waf', 'X', 'noise')],
            misses: [{ rule: 'sec/no-waf', proposed: true, subject: null, reason: 'an existing rule marked as proposed' }]
        };
        expect(labelProblems(labels, RULE_IDS)).to.deep.equal([
            'label no/such-rule on X: unknown rule no/such-rule',
            'miss sec/no-waf: marked proposed, but the rule exists',
            'label sec/no-waf on X: given twice (tell them apart with "match")'
        ]);
        expect(labelProblems({ ...labels, labels: [{ ...label('sec/no-waf', 'X', 'tp'), label: 'maybe' }] }, RULE_IDS)).to.have.length.greaterThan(0);
    });

    it('writes the report into the page\'s generated section, replacing the previous one', () => {
        const once = withReport('# Page\n\nText.\n', 'first table\n');
        expect(once).to.match(/^# Page\n\nText\.\n\n<!-- field-report:start .*-->\n\nfirst table\n\n<!-- field-report:end -->\n$/);
        const twice = withReport(once, 'second table\n');
        expect(twice).to.contain('second table').and.not.contain('first table');
        expect(twice.match(/field-report:start/g)).to.have.length(1);
    });
});
