/**
 * A finding: one thing the review (or the language) says about a design,
 * in the shape the editor, the CLI and the report share.
 */
import type { Range } from './design.js';
import type { SectionId } from './sections.js';

/** The rule id of a file that does not parse (a lexing or parsing error, an unknown kind or connection word). */
export const SYNTAX_RULE = 'syntax';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Higher is worse. */
export function severityRank(severity: Severity): number {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/**
 * What the figures a finding relies on rest on (review-quality principle 3):
 * `stated` in the design (or the language's meaning, such as one instance when
 * `replicas` is left out), an `engine`'s facts, or a default `assumed` by the
 * review. A finding that rests on an assumption is at most `info`.
 */
export type Basis = 'stated' | 'engine' | 'assumed';

export const BASES: readonly Basis[] = ['stated', 'engine', 'assumed'];

/** A default the review assumed for a finding, and the property that would settle it. */
export interface Assumption {
    /** The element the figure belongs to (`Api`, `Api->Db`), when it has one. */
    readonly element?: string;
    /** What was assumed, e.g. `capacity of a service: 1,000 requests/s`. */
    readonly text: string;
    /** The property that would replace the assumption, e.g. `capacity_rps`. */
    readonly settle: string;
}

/** A place a finding also concerns: for a one-decision finding, one of the elements the decision settles. */
export interface RelatedLocation {
    readonly uri: string;
    readonly range: Range;
    readonly message: string;
    /** The element written there (`Api`, `Api->Db`), when it is one: the report and the diagram name and mark it. */
    readonly element?: string;
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
    /** What the finding's figures rest on; absent for findings that use none. */
    readonly basis?: Basis;
    /** The defaults it assumed (when `basis` is `assumed`). */
    readonly assumptions?: readonly Assumption[];
}
