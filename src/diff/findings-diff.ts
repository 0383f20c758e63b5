/**
 * The findings a change introduced, fixed and left (pr-review.md, "archlens
 * diff"), matched by fingerprint as a multiset: two findings of one
 * fingerprint before and three after is one introduced. Two kinds of match
 * the fingerprint alone would miss, so that the reviewer is not told a risk
 * is both fixed and new:
 * - a renamed component: a base finding about `Db` matches a head finding
 *   about `Store` when the diff found `Db` renamed to `Store`;
 * - a decision that gained or lost members: a finding about one element
 *   (`Api` has no rate limit) and a design-wide one of the same rule that
 *   lists that element among its related places (`Api` and `Refunds`) are
 *   the same concern, wider or narrower.
 * Findings accepted in the source (`archlens-disable`) take no part.
 */
import type { Finding } from '../model/finding.js';
import { findingIdentity } from '../model/fingerprint.js';

export interface RemainingFinding {
    readonly finding: Finding;
    /** How it matched when not by fingerprint: the element was renamed, or the decision it is about now covers other elements. */
    readonly matched?: 'renamed' | 'scope';
    /** The base finding's element, when it differs. */
    readonly was?: string;
}

export interface FindingsDiff {
    readonly introduced: readonly Finding[];
    readonly fixed: readonly Finding[];
    readonly remaining: readonly RemainingFinding[];
}

/** Per design, the base component names the diff found renamed, to their head names. */
export type DesignRenames = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function diffFindings(base: readonly Finding[], head: readonly Finding[], renames: DesignRenames = new Map()): FindingsDiff {
    const unmatchedHead = head.filter((finding) => !finding.suppressed);
    const remaining: RemainingFinding[] = [];
    // Each pass takes what the one before left, so that a finding a rename
    // explains is never taken by a wider concern first, whatever the order.
    const passes: readonly [RemainingFinding['matched'], (before: Finding) => (after: Finding) => boolean][] = [
        [undefined, (before) => (after) => findingIdentity(after) === findingIdentity(before)],
        ['renamed', (before) => {
            const renamed = renamedIdentity(before, renames);
            return (after) => renamed !== undefined && findingIdentity(after) === renamed;
        }],
        ['scope', (before) => (after) => sameConcern(before, after, renames)]
    ];
    let unmatchedBase = base.filter((finding) => !finding.suppressed);
    for (const [matched, matcher] of passes) {
        unmatchedBase = unmatchedBase.filter((finding) => {
            const match = takeFirst(unmatchedHead, matcher(finding));
            if (match) {
                remaining.push(matched === undefined ? { finding: match } : { finding: match, matched, ...(finding.element !== undefined ? { was: finding.element } : {}) });
            }
            return match === undefined;
        });
    }
    const fixed = unmatchedBase;
    return { introduced: unmatchedHead, fixed, remaining };
}

/** Removes and returns the first finding that matches. */
function takeFirst(findings: Finding[], matches: (finding: Finding) => boolean): Finding | undefined {
    const index = findings.findIndex(matches);
    return index < 0 ? undefined : findings.splice(index, 1)[0];
}

/** The identity the finding would have with its design's renames applied; undefined when no name in it was renamed. */
function renamedIdentity(finding: Finding, renames: DesignRenames): string | undefined {
    const names = renames.get(finding.design ?? '');
    if (!names || finding.element === undefined) {
        return undefined;
    }
    const element = renamedElement(finding.element, names);
    return element === finding.element ? undefined : findingIdentity({ ...finding, element });
}

/** A component's new name, or a connection's (`Source->Target`) with either end renamed. */
function renamedElement(element: string, names: ReadonlyMap<string, string>): string {
    return element.split('->').map((part) => names.get(part) ?? part).join('->');
}

/**
 * One rule about one design where one finding is about an element and the
 * other is design-wide, and the places they cover meet (the element or its
 * related places among the design-wide finding's related places).
 */
function sameConcern(before: Finding, after: Finding, renames: DesignRenames): boolean {
    if (before.rule !== after.rule || before.design !== after.design || (before.element === undefined) === (after.element === undefined)) {
        return false;
    }
    const names = renames.get(before.design ?? '') ?? new Map<string, string>();
    const covered = (finding: Finding, mapped: ReadonlyMap<string, string>): Set<string> =>
        new Set([finding.element, ...(finding.related ?? []).map((related) => related.element)].flatMap((element) => (element !== undefined ? [renamedElement(element, mapped)] : [])));
    const earlier = covered(before, names);
    return [...covered(after, new Map())].some((element) => earlier.has(element));
}
