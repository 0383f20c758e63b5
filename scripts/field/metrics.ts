/**
 * The review-quality measures over judged corpus designs: per rule, per
 * severity and overall. Strict precision = tp / all findings; error
 * precision = tp among errors / all errors; recall = tp / (tp + misses).
 */
import { SEVERITIES, type Severity } from '../../src/model/finding.js';
import type { CorpusSet } from './corpus.js';
import type { DesignResult, Judgement, JudgedFinding } from './judge.js';

export interface Tally {
    readonly findings: number;
    readonly tp: number;
    readonly fp: number;
    readonly noise: number;
    readonly unlabelled: number;
}

export interface RuleRow extends Tally {
    readonly rule: string;
    readonly misses: number;
    /** Whether the rule exists today (false for a rule a miss proposes). */
    readonly proposed: boolean;
    readonly precision?: number;
    readonly recall?: number;
}

export interface SeverityRow extends Tally {
    readonly severity: Severity;
    readonly precision?: number;
}

export interface DesignRow extends Tally {
    readonly name: string;
    readonly set: CorpusSet;
    readonly misses: number;
    readonly precision?: number;
}

export interface FieldReport {
    readonly sets: readonly CorpusSet[];
    readonly designs: number;
    readonly overall: Tally & {
        readonly misses: number;
        readonly precision?: number;
        readonly errorPrecision?: number;
        readonly recall?: number;
        readonly findingsPerDesign: { readonly median: number; readonly max: number };
    };
    readonly bySeverity: readonly SeverityRow[];
    readonly byRule: readonly RuleRow[];
    readonly byDesign: readonly DesignRow[];
}

export function tally(judged: readonly JudgedFinding[]): Tally {
    const count = (judgement: Judgement) => judged.filter((item) => item.judgement === judgement).length;
    return { findings: judged.length, tp: count('tp'), fp: count('fp'), noise: count('noise'), unlabelled: count('unlabelled') };
}

/** A share, or undefined when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | undefined {
    return whole === 0 ? undefined : part / whole;
}

export function median(values: readonly number[]): number {
    if (values.length === 0) {
        return 0;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function fieldReport(results: readonly DesignResult[], sets: readonly CorpusSet[]): FieldReport {
    const judged = results.flatMap((result) => result.judged);
    const all = tally(judged);
    const misses = results.reduce((sum, result) => sum + (result.labels?.misses.length ?? 0), 0);
    const errors = tally(judged.filter((item) => item.finding.severity === 'error'));
    const perDesign = results.map((result) => result.judged.length);
    return {
        sets,
        designs: results.length,
        overall: {
            ...all,
            misses,
            precision: ratio(all.tp, all.findings),
            errorPrecision: ratio(errors.tp, errors.findings),
            recall: ratio(all.tp, all.tp + misses),
            findingsPerDesign: { median: median(perDesign), max: Math.max(0, ...perDesign) }
        },
        bySeverity: severityRows(judged),
        byRule: ruleRows(results),
        byDesign: results.map(designRow)
    };
}

function severityRows(judged: readonly JudgedFinding[]): SeverityRow[] {
    return SEVERITIES.map((severity) => {
        const row = tally(judged.filter((item) => item.finding.severity === severity));
        return { severity, ...row, precision: ratio(row.tp, row.findings) };
    }).filter((row) => row.findings > 0);
}

/** Rules with findings or misses, most findings first. */
function ruleRows(results: readonly DesignResult[]): RuleRow[] {
    const judged = results.flatMap((result) => result.judged);
    const misses = results.flatMap((result) => result.labels?.misses ?? []);
    const rules = new Set([...judged.map((item) => item.finding.rule), ...misses.map((miss) => miss.rule)]);
    return [...rules].map((rule) => {
        const row = tally(judged.filter((item) => item.finding.rule === rule));
        const missed = misses.filter((miss) => miss.rule === rule);
        return {
            rule,
            ...row,
            misses: missed.length,
            proposed: missed.some((miss) => miss.proposed === true),
            precision: ratio(row.tp, row.findings),
            recall: ratio(row.tp, row.tp + missed.length)
        };
    }).sort((a, b) => b.findings - a.findings || b.misses - a.misses || a.rule.localeCompare(b.rule));
}

function designRow(result: DesignResult): DesignRow {
    const row = tally(result.judged);
    const misses = result.labels?.misses.length ?? 0;
    return { name: result.design.name, set: result.design.set, ...row, misses, precision: ratio(row.tp, row.findings) };
}
