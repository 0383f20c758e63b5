/**
 * RuleTester, ESLint-style: designs a rule must flag and designs it must not
 * flag. Each design must be free of language errors, so a typo in a test
 * cannot pass as "not flagged". An invalid case states every finding the
 * rule reports on it, in order, each with its element and its exact message
 * (the text a user reads): a finding left unstated, a missing message or a
 * message given as a pattern fails the case.
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
    /** The whole message, exactly as rendered. */
    readonly message: string;
    readonly messageId?: string;
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
                expect(findings.map(described)).to.deep.equal([]);
            });
        }
        for (const invalid of cases.invalid) {
            it(`flags: ${invalid.name}`, async () => {
                const findings = await runRule(rule, invalid.design, invalid.options);
                assertWellFormed(rule, invalid, findings);
                expect(findings.map(described), 'every finding, in order').to.deep.equal(invalid.findings.map(described));
                invalid.findings.forEach((expected, index) => assertDetails(findings[index], expected));
            });
        }
        it('flags its documented example and not the fixed one', async () => {
            expect(await runRule(rule, rule.meta.examples.flagged), 'examples.flagged').to.not.have.length(0);
            expect(await runRule(rule, rule.meta.examples.fixed), 'examples.fixed').to.have.length(0);
        });
    });
}

/** `Db: database Db is …`, or `(design): …` for a design-wide finding. */
function described(finding: { readonly element?: string; readonly message: string }): string {
    return `${finding.element ?? '(design)'}: ${finding.message}`;
}

/**
 * An invalid case must expect at least one finding, and each with its exact
 * message: a test that only counts findings passes a rule that says the wrong
 * thing. Checked when the case runs (mocha runs the tests untyped), and the
 * error shows what the rule reports, to be checked and copied in.
 */
export function assertWellFormed(rule: AnyRule, invalid: InvalidCase, actual: readonly ReviewFinding[]): void {
    const where = `${rule.meta.id}, invalid case '${invalid.name}'`;
    const reported = `The rule reports:\n${actual.map((finding) => `  ${described(finding)}`).join('\n') || '  nothing'}`;
    if (invalid.findings.length === 0) {
        throw new Error(`${where}: expects no finding: list the findings it must report, or make it a valid case. ${reported}`);
    }
    invalid.findings.forEach((expected: { readonly element?: string; readonly message?: unknown }, index) => {
        if (typeof expected.message !== 'string' || expected.message === '') {
            const element = expected.element ? ` (on ${expected.element})` : '';
            throw new Error(`${where}: expected finding ${index + 1}${element} has no message: state the exact text, not a pattern. ${reported}`);
        }
    });
}

function assertDetails(actual: ReviewFinding | undefined, expected: ExpectedFinding): void {
    if (expected.messageId) {
        expect(actual?.messageId, 'messageId').to.equal(expected.messageId);
    }
    if (expected.severity) {
        expect(actual?.severity, 'severity').to.equal(expected.severity);
    }
}
