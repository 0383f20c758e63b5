/**
 * The ratchet (`test/field/ratchet.json`): the designs and rules whose
 * findings already meet the review-quality gate, so that the test suite
 * keeps them there. The gate: no finding labelled `fp`, no `error` that is
 * not labelled `tp`, no unlabelled finding. The list grows as rules are
 * fixed, until it covers every design.
 */
import * as fs from 'node:fs';
import { RATCHET_FILE } from './corpus.js';
import type { DesignResult, JudgedFinding } from './judge.js';
import { labelKey } from './labels.js';

export interface Ratchet {
    /** Corpus design names (file names without `.arch`) whose every finding passes the gate. */
    readonly designs: readonly string[];
    /** Rule ids whose every finding, on every design of `test/field/designs/`, passes the gate. */
    readonly rules: readonly string[];
}

export function readRatchet(file = RATCHET_FILE): Ratchet {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Ratchet>;
    return { designs: json.designs ?? [], rules: json.rules ?? [] };
}

/** Why a finding fails the gate, or undefined when it passes. */
export function gateFailure(item: JudgedFinding): string | undefined {
    if (item.judgement === 'unlabelled') {
        return 'is not labelled';
    }
    if (item.judgement === 'fp') {
        return 'is labelled fp';
    }
    if (item.finding.severity === 'error' && item.judgement !== 'tp') {
        return `is an error labelled ${item.judgement}, not tp`;
    }
    return undefined;
}

function describe(result: DesignResult, item: JudgedFinding, failure: string): string {
    const key = labelKey({ rule: item.finding.rule, subject: item.finding.element ?? null });
    return `${result.design.name}: ${key} (${item.finding.severity}) ${failure}`;
}

/** Every finding the ratchet covers that fails the gate, described in one line each. */
export function ratchetViolations(results: readonly DesignResult[], ratchet: Ratchet): string[] {
    return results.flatMap((result) => {
        const wholeDesign = ratchet.designs.includes(result.design.name);
        return result.judged
            .filter((item) => wholeDesign || ratchet.rules.includes(item.finding.rule))
            .flatMap((item) => {
                const failure = gateFailure(item);
                return failure === undefined ? [] : [describe(result, item, failure)];
            });
    });
}

/**
 * The designs and rules that pass the gate today: what the ratchet may list.
 * Only rules that report something on the corpus are listed: a rule that
 * never fires here has not been measured.
 */
export function holding(results: readonly DesignResult[]): Ratchet {
    const passes = (items: readonly JudgedFinding[]) => items.every((item) => gateFailure(item) === undefined);
    const judged = results.flatMap((result) => result.judged);
    const firing = [...new Set(judged.map((item) => item.finding.rule))];
    return {
        designs: results.filter((result) => result.labels !== undefined && passes(result.judged)).map((result) => result.design.name),
        rules: firing.filter((rule) => passes(judged.filter((item) => item.finding.rule === rule))).sort()
    };
}
