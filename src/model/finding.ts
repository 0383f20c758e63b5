/**
 * A finding: one thing the review (or the language) says about a design,
 * in the shape the editor, the CLI and the report share.
 */
import type { Range } from './design.js';
import type { SectionId } from './sections.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Higher is worse. */
export function severityRank(severity: Severity): number {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export interface RelatedLocation {
    readonly uri: string;
    readonly range: Range;
    readonly message: string;
}

export interface Finding {
    /** `syntax`, `meta/…` or a review rule id such as `avail/single-point-of-failure`. */
    readonly rule: string;
    readonly severity: Severity;
    /** The checklist section; absent for language findings (syntax, meta/…). */
    readonly section?: SectionId;
    readonly message: string;
    readonly uri: string;
    /** 0-based, as in LSP. */
    readonly range: Range;
    readonly design?: string;
    /** A component, group, transaction or settings block; `Source->Target` for a connection. */
    readonly element?: string;
    readonly suppressed: boolean;
    readonly reason?: string;
    readonly related?: readonly RelatedLocation[];
}
