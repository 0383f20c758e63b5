/** The JSON format of `cli.md`, valid against `schemas/findings.schema.json`. */
import type { Assumption, Basis, Finding, RelatedLocation } from '../../model/finding.js';
import { fingerprintOf } from '../../model/fingerprint.js';
import { displayPath } from '../../util/display-path.js';
import { terminalLines } from '../../util/escape/terminal.js';
import { countBySeverity } from './summary.js';

export interface JsonPosition {
    readonly line: number;
    readonly column: number;
}

export interface JsonRange {
    readonly start: JsonPosition;
    readonly end: JsonPosition;
}

/** A related location: for a one-decision finding, one element the decision settles. */
export interface JsonRelated {
    readonly file: string;
    readonly range: JsonRange;
    readonly message: string;
    readonly element?: string;
}

export interface JsonFinding {
    readonly rule: string;
    readonly severity: Finding['severity'];
    readonly section?: string;
    readonly message: string;
    readonly file: string;
    readonly design?: string;
    readonly element?: string;
    readonly range: JsonRange;
    readonly suppressed: boolean;
    readonly reason?: string;
    /** The finding's identity across edits (model/fingerprint.ts); findings may share one. */
    readonly fingerprint: string;
    readonly related?: readonly JsonRelated[];
    readonly basis?: Basis;
    readonly assumptions?: readonly Assumption[];
}

export interface JsonReport {
    readonly version: 1;
    readonly files: readonly string[];
    readonly findings: readonly JsonFinding[];
    readonly summary: { readonly error: number; readonly warning: number; readonly info: number; readonly hint: number; readonly suppressed: number };
}

export function toJsonReport(files: readonly string[], findings: readonly Finding[], cwd: string): JsonReport {
    return {
        version: 1,
        files: files.map((file) => displayPath(file, cwd)),
        findings: findings.map((finding) => toJsonFinding(finding, cwd)),
        summary: countBySeverity(findings)
    };
}

export function formatJson(files: readonly string[], findings: readonly Finding[], cwd: string): string {
    return [...jsonChunks(files, findings, cwd)].join('');
}

/** Findings per chunk: a large review is written a piece at a time, never held as one string. */
const FINDINGS_PER_CHUNK = 500;

/**
 * The same text as `JSON.stringify(toJsonReport(…), undefined, 2)` plus a
 * newline, in pieces: on a 50,000-component design the whole string and the
 * objects behind it would add about 180 MB at the end of the run. What
 * JSON leaves raw in strings (C1 controls, direction marks) is escaped as
 * `\u009b`, the same JSON value, since the output may go to a terminal.
 */
export function* jsonChunks(files: readonly string[], findings: readonly Finding[], cwd: string): Generator<string> {
    for (const chunk of rawJsonChunks(files, findings, cwd)) {
        yield terminalLines(chunk);
    }
}

function* rawJsonChunks(files: readonly string[], findings: readonly Finding[], cwd: string): Generator<string> {
    const head = { version: 1, files: files.map((file) => displayPath(file, cwd)) };
    yield `${JSON.stringify(head, undefined, 2).slice(0, -2)},\n  "findings": [`;
    for (let start = 0; start < findings.length; start += FINDINGS_PER_CHUNK) {
        const chunk = findings.slice(start, start + FINDINGS_PER_CHUNK)
            .map((finding, offset) => `${start + offset === 0 ? '' : ','}\n    ${JSON.stringify(toJsonFinding(finding, cwd), undefined, 2).replace(/\n/g, '\n    ')}`);
        yield chunk.join('');
    }
    const summary = JSON.stringify(countBySeverity(findings), undefined, 2).replace(/\n/g, '\n  ');
    yield `${findings.length > 0 ? '\n  ' : ''}],\n  "summary": ${summary}\n}\n`;
}

function toJsonFinding(finding: Finding, cwd: string): JsonFinding {
    return {
        rule: finding.rule,
        severity: finding.severity,
        section: finding.section,
        message: finding.message,
        file: displayPath(finding.uri, cwd),
        design: finding.design,
        element: finding.element,
        range: jsonRange(finding.range),
        suppressed: finding.suppressed,
        reason: finding.reason,
        fingerprint: fingerprintOf(finding),
        related: finding.related && finding.related.length > 0 ? finding.related.map((related) => toJsonRelated(related, cwd)) : undefined,
        basis: finding.basis,
        assumptions: finding.assumptions && finding.assumptions.length > 0 ? finding.assumptions.map(toJsonAssumption) : undefined
    };
}

function toJsonRelated(related: RelatedLocation, cwd: string): JsonRelated {
    return { file: displayPath(related.uri, cwd), range: jsonRange(related.range), message: related.message, element: related.element };
}

/** The fields in a fixed order, whatever object the rule built. */
function toJsonAssumption(assumption: Assumption): Assumption {
    return { ...(assumption.element !== undefined ? { element: assumption.element } : {}), text: assumption.text, settle: assumption.settle };
}

function jsonRange(range: Finding['range']): JsonRange {
    return {
        start: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 }
    };
}
