/**
 * RuleTester, ESLint-style: designs a rule must flag (with the element and
 * message) and designs it must not flag. Each design must be free of
 * language errors, so a typo in a test cannot pass as "not flagged".
 */
import { expect } from 'chai';
import type { Severity } from '../../src/model/finding.js';
import { reviewDesign, type ReviewFinding } from '../../src/review/review.js';
import type { AnyRule } from '../../src/review/rule.js';
import { exampleDesign } from '../../src/review/rule-examples.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from './workspace.js';

export interface ValidCase {
    readonly name: string;
    readonly design: string;
    readonly options?: Readonly<Record<string, unknown>>;
}

export interface ExpectedFinding {
    /** Absent for a design-wide finding. */
    readonly element?: string;
    readonly messageId?: string;
    /** The whole message, or a pattern it must match. */
    readonly message?: string | RegExp;
    readonly severity?: Severity;
}

export interface InvalidCase extends ValidCase {
    readonly findings: readonly ExpectedFinding[];
}

/** Wraps a bare design body in `architecture T { … }`. */
export const asDesign = exampleDesign;

/** Reviews one design text with one rule and returns its unsuppressed findings. */
export async function runRule(rule: AnyRule, text: string, options?: Readonly<Record<string, unknown>>): Promise<ReviewFinding[]> {
    const workspace = await buildWorkspace(asDesign(text));
    const languageErrors = languageDiagnostics(workspace.diagnostics());
    expect(describeDiagnostics(languageErrors), 'the test design must be valid .arch').to.deep.equal([]);
    const designs = workspace.services.design.DesignRegistry.designNames();
    const overrides = new Map(options ? [[rule.meta.id, { level: rule.meta.severity, options }]] : []);
    return designs.flatMap((name) => {
        const design = workspace.services.design.DesignRegistry.design(name)?.design;
        return design ? reviewDesign(design, [rule], overrides).findings.filter((finding) => !finding.suppressed) : [];
    });
}

export function testRule(rule: AnyRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
    describe(rule.meta.id, () => {
        for (const valid of cases.valid) {
            it(`does not flag: ${valid.name}`, async () => {
                const findings = await runRule(rule, valid.design, valid.options);
                expect(findings.map((finding) => `${finding.element ?? '(design)'}: ${finding.message}`)).to.deep.equal([]);
            });
        }
        for (const invalid of cases.invalid) {
            it(`flags: ${invalid.name}`, async () => {
                const findings = await runRule(rule, invalid.design, invalid.options);
                expect(findings.map((finding) => finding.element ?? '(design)'), 'flagged elements').to.deep.equal(invalid.findings.map((expected) => expected.element ?? '(design)'));
                invalid.findings.forEach((expected, index) => assertFinding(findings[index], expected));
            });
        }
        it('flags its documented example and not the fixed one', async () => {
            expect(await runRule(rule, rule.meta.examples.flagged), 'examples.flagged').to.not.have.length(0);
            expect(await runRule(rule, rule.meta.examples.fixed), 'examples.fixed').to.have.length(0);
        });
    });
}

function assertFinding(actual: ReviewFinding, expected: ExpectedFinding): void {
    if (expected.messageId) {
        expect(actual.messageId).to.equal(expected.messageId);
    }
    if (typeof expected.message === 'string') {
        expect(actual.message).to.equal(expected.message);
    } else if (expected.message) {
        expect(actual.message).to.match(expected.message);
    }
    if (expected.severity) {
        expect(actual.severity).to.equal(expected.severity);
    }
}
