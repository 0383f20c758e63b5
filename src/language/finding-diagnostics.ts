/**
 * Review findings as editor diagnostics, the way ESLint's appear: the rule id
 * as `code` linking to its docs page, related places (every element a
 * one-decision finding covers), and in `data` the checklist section, design,
 * element, basis and assumptions for hovers, code actions and the CLI.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { findingData } from '../batch/findings-of-document.js';
import { severityRank, type Severity } from '../model/finding.js';
import type { ReviewFinding } from '../review/review.js';
import { ruleDocsUrl } from '../review/rule-docs.js';
import { UNUSED_SUPPRESSION } from '../review/suppressions.js';
import type { BaselinedDisplay } from './user-settings.js';

/** How to show the findings a baseline accepts: not at all, or as faded hints. */
export interface BaselinedFindings {
    readonly known: ReadonlySet<ReviewFinding>;
    readonly display: BaselinedDisplay;
}

export function reportFindings(root: AstNode, findings: readonly ReviewFinding[], minimum: Severity, accept: ValidationAcceptor, baselined?: BaselinedFindings): void {
    for (const finding of findings) {
        const known = baselined?.known.has(finding) === true;
        if (finding.suppressed || severityRank(finding.severity) < severityRank(minimum) || (known && baselined?.display === 'hide')) {
            continue;
        }
        accept(known ? 'hint' : finding.severity, known ? `${finding.message} (accepted in the baseline)` : finding.message, {
            node: root,
            range: finding.range,
            code: finding.rule,
            codeDescription: { href: ruleDocsUrl(finding.rule) },
            relatedInformation: finding.related?.map((related) => ({ location: { uri: related.uri, range: related.range }, message: related.message })),
            tags: finding.rule === UNUSED_SUPPRESSION || known ? [DiagnosticTag.Unnecessary] : undefined,
            data: findingData(finding)
        });
    }
}
