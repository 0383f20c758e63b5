import type { Finding, Severity } from '../../model/finding.js';

export type SeverityCounts = Record<Severity | 'suppressed', number>;

/** Counts of unsuppressed findings by severity, and of suppressed ones. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
    const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0, suppressed: 0 };
    for (const finding of findings) {
        counts[finding.suppressed ? 'suppressed' : finding.severity]++;
    }
    return counts;
}

/** Files first, then line and column: the order every format prints in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
    return [...findings].sort((a, b) =>
        a.uri.localeCompare(b.uri)
        || a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || a.rule.localeCompare(b.rule));
}
