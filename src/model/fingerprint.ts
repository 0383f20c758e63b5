/**
 * A finding's identity across edits (pr-review.md, "Finding identity"): the
 * rule, the design and the element it is about (a component, a group, or a
 * connection's ends), never its position or its wording. Moving lines,
 * reformatting, reordering and edits elsewhere leave it as it was; renaming
 * the element changes it, which is what a reviewer of the change should see.
 *
 * Two findings can share an identity (one rule asking two things of one
 * element): a baseline counts them, and where each needs a key of its own
 * (SARIF's partialFingerprints) the second and later get `:2`, `:3`… in the
 * order of their places in the files.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** The readable identity: `rule|design|element`, the element empty for the design as a whole. */
export function findingIdentity(finding: Pick<Finding, 'rule' | 'design' | 'element'>): string {
    return `${finding.rule}|${finding.design ?? ''}|${finding.element ?? ''}`;
}

/** 16 hex digits of the identity's SHA-256: short enough to read, 64 bits against collisions. */
export function fingerprintOf(finding: Pick<Finding, 'rule' | 'design' | 'element'>): string {
    return createHash('sha256').update(findingIdentity(finding)).digest('hex').slice(0, 16);
}

/** Each finding's fingerprint made unique among these findings by its occurrence (`abc…`, `abc…:2`), counted in the order of their places. */
export function uniqueFingerprints(findings: readonly Finding[]): string[] {
    const plain = findings.map(fingerprintOf);
    const byPlace = findings.map((_, index) => index).sort((a, b) => comparePlaces(findings[a], findings[b]) || a - b);
    const seen = new Map<string, number>();
    const unique: string[] = new Array<string>(findings.length);
    for (const index of byPlace) {
        const count = (seen.get(plain[index]) ?? 0) + 1;
        seen.set(plain[index], count);
        unique[index] = count === 1 ? plain[index] : `${plain[index]}:${count}`;
    }
    return unique;
}

function comparePlaces(a: Finding, b: Finding): number {
    return a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
