/**
 * Reading and writing a baseline file. Reading is strict, since CI must not
 * pass on a baseline it misread: text that is not JSON, or JSON the schema
 * (schemas/baseline.schema.json) rejects, is a BaselineError naming the
 * place (`file:line:column: problem`). Writing is stable: entries sorted,
 * two-space indentation, a final newline, so the file diffs well.
 */
import { findNodeAtLocation, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { readDesignText } from '../files/read-file.js';
import { readFailure } from '../files/file-errors.js';
import { baseline as validateBaseline } from '../generated/validators.js'; // schemas/baseline.schema.json, compiled at build time
import { describeAjvError } from '../util/ajv-messages.js';
import { lineAndColumn } from '../batch/config-errors.js';
import type { Baseline } from './baseline.js';

export class BaselineError extends Error {}

export const DEFAULT_BASELINE_FILE = '.archlens-baseline.json';

export async function readBaseline(file: string, shown = file): Promise<Baseline> {
    let text: string;
    try {
        text = await readDesignText(file);
    } catch (error) {
        throw new BaselineError(`cannot read the baseline '${shown}': ${readFailure(error)}`);
    }
    return parseBaseline(text, shown);
}

export function parseBaseline(text: string, shown: string): Baseline {
    if (text.trim() === '') {
        throw new BaselineError(`${shown}: the baseline is empty: write it with 'archlens baseline'.`);
    }
    const errors: ParseError[] = [];
    let tree: ReturnType<typeof parseTree>;
    try {
        tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    } catch {
        throw new BaselineError(`${shown}: the baseline is nested too deeply to read.`);
    }
    const place = (offset: number): string => {
        const { line, column } = lineAndColumn(text, offset);
        return `${shown}:${line}:${column}`;
    };
    if (errors.length > 0 || !tree) {
        const first = errors[0];
        throw new BaselineError(`${first ? place(first.offset) : shown}: not a baseline: invalid JSON${first ? ` (${printParseErrorCode(first.error)})` : ''}.`);
    }
    const value = JSON.parse(text) as unknown;
    if (!validateBaseline(value)) {
        const error = (validateBaseline.errors ?? [])[0];
        const path = error ? error.instancePath.split('/').slice(1).map((part: string) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~'))) : [];
        const node = findNodeAtLocation(tree, path) ?? tree;
        const where = error && error.instancePath !== '' ? `${error.instancePath.slice(1).replace(/\//g, '.')} ` : '';
        throw new BaselineError(`${place(node.offset)}: not a baseline: ${where}${error ? describeAjvError(error) : 'does not match schemas/baseline.schema.json'}.`);
    }
    return value as Baseline;
}

export function formatBaseline(baseline: Baseline): string {
    return `${JSON.stringify({ version: baseline.version, findings: baseline.findings }, undefined, 2)}\n`;
}
