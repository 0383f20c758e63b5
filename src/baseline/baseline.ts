/**
 * A baseline: the findings a team accepts for now, so that CI fails only on
 * what is new (pr-review.md, "Baseline"; ESLint's suppressions file is the
 * model). Findings are counted per fingerprint, since one rule may ask two
 * things of one element; no positions are kept, so moving lines or
 * reformatting changes nothing. Findings accepted in the source
 * (`archlens-disable`) are left out: they are settled already; so are
 * syntax errors, since a file that does not parse is reviewed by no one.
 */
import { type Finding, SYNTAX_RULE } from '../model/finding.js';
import { fingerprintOf } from '../model/fingerprint.js';

export interface BaselineEntry {
    readonly fingerprint: string;
    readonly rule: string;
    readonly design?: string;
    readonly element?: string;
    readonly count: number;
}

export interface Baseline {
    readonly version: 1;
    readonly findings: readonly BaselineEntry[];
}

/** The findings, split by a baseline: what is new, what it accepts, and what it lists that no longer occurs (with how many). */
export interface BaselineSplit {
    readonly fresh: readonly Finding[];
    readonly known: readonly Finding[];
    readonly fixed: readonly BaselineEntry[];
}

/** Whether a baseline may accept the finding. */
function acceptable(finding: Finding): boolean {
    return !finding.suppressed && finding.rule !== SYNTAX_RULE;
}

export function baselineOf(findings: readonly Finding[]): Baseline {
    const entries = new Map<string, { entry: Omit<BaselineEntry, 'count'>; count: number }>();
    for (const finding of findings.filter(acceptable)) {
        const fingerprint = fingerprintOf(finding);
        const known = entries.get(fingerprint);
        if (known) {
            known.count++;
        } else {
            entries.set(fingerprint, { entry: { fingerprint, rule: finding.rule, ...(finding.design !== undefined ? { design: finding.design } : {}), ...(finding.element !== undefined ? { element: finding.element } : {}) }, count: 1 });
        }
    }
    return { version: 1, findings: sortEntries([...entries.values()].map(({ entry, count }) => ({ ...entry, count }))) };
}

/**
 * Splits findings by the baseline: for each fingerprint, as many findings as
 * the baseline counts are known (the first ones, in the order given), the
 * rest are new.
 */
export function applyBaseline(baseline: Baseline, findings: readonly Finding[]): BaselineSplit {
    const left = new Map(baseline.findings.map((entry) => [entry.fingerprint, entry.count]));
    const fresh: Finding[] = [];
    const known: Finding[] = [];
    for (const finding of findings) {
        const fingerprint = fingerprintOf(finding);
        const budget = left.get(fingerprint) ?? 0;
        if (acceptable(finding) && budget > 0) {
            left.set(fingerprint, budget - 1);
            known.push(finding);
        } else {
            fresh.push(finding);
        }
    }
    const fixed = baseline.findings.flatMap((entry) => {
        const unused = left.get(entry.fingerprint) ?? 0;
        return unused > 0 ? [{ ...entry, count: unused }] : [];
    });
    return { fresh, known, fixed };
}

/** The baseline tightened to today's findings: what was fixed leaves it, a count only goes down, and nothing new is added. */
export function tightenBaseline(baseline: Baseline, findings: readonly Finding[]): Baseline {
    const today = new Map(baselineOf(findings).findings.map((entry) => [entry.fingerprint, entry.count]));
    return {
        version: 1,
        findings: baseline.findings.flatMap((entry) => {
            const count = Math.min(entry.count, today.get(entry.fingerprint) ?? 0);
            return count > 0 ? [{ ...entry, count }] : [];
        })
    };
}

/** Sorted by rule, design and element, so that the file diffs well. */
function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
    const key = (entry: BaselineEntry): string => `${entry.rule}\u0000${entry.design ?? ''}\u0000${entry.element ?? ''}\u0000${entry.fingerprint}`;
    return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
