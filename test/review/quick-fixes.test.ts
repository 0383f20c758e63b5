import { expect } from 'chai';
import { fixEdits } from '../../src/language/fixes/fix-edits.js';
import { ALL_RULES } from '../../src/review/registry.js';
import type { ReviewFinding } from '../../src/review/review.js';
import { applyWorkspaceEdit } from '../helpers/apply-edits.js';
import { asDesign } from '../helpers/rule-tester.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics, type TestWorkspace } from '../helpers/workspace.js';

function reviewFindings(workspace: TestWorkspace): ReviewFinding[] {
    return workspace.services.design.ReviewService.all().filter((finding) => !finding.suppressed);
}

function languageProblems(workspace: TestWorkspace): string[] {
    return describeDiagnostics(languageDiagnostics(workspace.diagnostics()));
}

describe('every quick fix yields a file that parses and removes its finding', () => {
    for (const rule of ALL_RULES.filter((candidate) => candidate.meta.fix)) {
        it(rule.meta.id, async () => {
            const files = { 'test.arch': asDesign(rule.meta.examples.flagged) };
            const before = await buildWorkspace(files);
            const targeted = reviewFindings(before).filter((finding) => finding.rule === rule.meta.id);
            expect(targeted, 'the flagged example is flagged').to.not.have.length(0);
            for (const finding of targeted) {
                expect(finding.fix, `${finding.element ?? 'design'} has a fix`).to.not.equal(undefined);
                const design = before.design(finding.design ?? '');
                const edit = finding.fix ? fixEdits(finding.fix, { documents: before.services.shared.workspace.LangiumDocuments, design }) : undefined;
                expect(edit, 'the fix produces edits').to.not.equal(undefined);
                const fixed = applyWorkspaceEdit(files, edit ?? {});
                const after = await buildWorkspace(fixed);
                expect(languageProblems(after), `fixed text:\n${fixed['test.arch']}`).to.deep.equal([]);
                const remaining = reviewFindings(after).filter((candidate) => candidate.rule === rule.meta.id && candidate.element === finding.element);
                expect(remaining.map((candidate) => candidate.message), `fixed text:\n${fixed['test.arch']}`).to.deep.equal([]);
            }
        });
    }
});
