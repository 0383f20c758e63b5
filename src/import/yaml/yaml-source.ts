/**
 * A YAML file parsed with the `yaml` package into documents whose every node
 * keeps its position, so that what is inferred from it, and every problem
 * with it, points at a line of the file. Hostile input is refused with a
 * message, never a crash: alias bombs (each alias counted), duplicate keys,
 * nesting deeper than a person writes, and templates that were never
 * rendered (`{{ .Values.x }}`: Helm or Go templates are not YAML yet).
 */
import { type Document, isAlias, isMap, isSeq, parseAllDocuments, type Node as YamlNode, type YAMLError, YAMLParseError } from 'yaml';
import type { Range } from '../../model/design.js';

/** Aliases expanded when a document becomes plain values, at most (the `yaml` package's guard against "billion laughs"). */
export const MAX_ALIASES = 100;

/** Nesting deeper than this is refused: Compose files and manifests rarely pass 15. */
export const MAX_YAML_DEPTH = 64;

export interface YamlProblem {
    readonly uri: string;
    readonly range: Range;
    readonly message: string;
}

export interface YamlFile {
    readonly uri: string;
    readonly text: string;
    /** Documents with no error; a document with an error is reported in `problems` and left out. */
    readonly documents: readonly Document.Parsed[];
    readonly problems: readonly YamlProblem[];
    /** The position of a character offset. */
    rangeOf(start: number, end: number): Range;
}

export function parseYaml(text: string, uri: string): YamlFile {
    const starts = lineStarts(text);
    const rangeOf = (start: number, end: number): Range => ({ start: positionAt(starts, start), end: positionAt(starts, Math.max(start, end)) });
    const refuse = (offset: number, message: string): YamlFile => ({ uri, text, documents: [], problems: [{ uri, range: rangeOf(offset, offset + 1), message }], rangeOf });
    const template = unrenderedTemplate(text);
    if (template !== undefined) {
        return refuse(template, 'This file holds a template that was not rendered (`{{ … }}`): render it first (`helm template`, `kustomize build`) and import the output.');
    }
    const deep = tooDeepFlow(text);
    if (deep !== undefined) {
        return refuse(deep, `Not valid YAML here: nested more than ${MAX_YAML_DEPTH} levels deep.`);
    }
    let parsed: Document.Parsed[] | { length: 0 };
    try {
        parsed = parseAllDocuments(text, { uniqueKeys: true, merge: true, prettyErrors: false, strict: true }) as Document.Parsed[] | { length: 0 };
    } catch (error) {
        // The parser recurses: a shape deeper than the flow check sees can still exhaust the stack.
        return refuse(0, `Not valid YAML: ${error instanceof RangeError ? `nested more than ${MAX_YAML_DEPTH} levels deep` : String(error)}.`);
    }
    const documents = Array.isArray(parsed) ? parsed : [];
    const problems: YamlProblem[] = [];
    const good: Document.Parsed[] = [];
    for (const document of documents) {
        const errors = [...document.errors, ...depthProblems(document)];
        if (errors.length > 0) {
            problems.push(...errors.slice(0, 1).map((error) => problemOf(error, uri, rangeOf)));
        } else {
            good.push(document);
        }
    }
    return { uri, text, documents: good, problems, rangeOf };
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
        starts.push(index + 1);
    }
    return starts;
}

function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    return { line: low, character: offset - starts[low] };
}

/**
 * The offset where flow collections (`[`, `{`) nest deeper than
 * MAX_YAML_DEPTH, outside quotes and comments: the parser would recurse once
 * per level, so such input is refused before it is parsed.
 */
function tooDeepFlow(text: string): number | undefined {
    let depth = 0;
    let quote: string | undefined;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quote !== undefined) {
            if (char === '\\' && quote === '"') {
                index++;
            } else if (char === quote || char === '\n') {
                quote = undefined;
            }
        } else if (char === '"' || char === "'") {
            quote = char;
        } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1]))) {
            const end = text.indexOf('\n', index);
            index = end < 0 ? text.length : end;
        } else if (char === '[' || char === '{') {
            depth++;
            if (depth > MAX_YAML_DEPTH) {
                return index;
            }
        } else if ((char === ']' || char === '}') && depth > 0) {
            depth--;
        }
    }
    return undefined;
}

function problemOf(error: YAMLError, uri: string, rangeOf: (start: number, end: number) => Range): YamlProblem {
    const [start, end] = error.pos;
    return { uri, range: rangeOf(start, end), message: `Not valid YAML: ${firstLine(error.message)}` };
}

function firstLine(message: string): string {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The offset of a `{{` that stands where YAML expects a value or a line
 * (`name: {{ .Values.name }}`, `{{- if .Values.enabled }}`): a Helm or Go
 * template not yet rendered. One inside a quoted string (`--format
 * '{{.ID}}'` in a Compose command) is text, and is left alone.
 */
function unrenderedTemplate(text: string): number | undefined {
    const pattern = /^([ \t]*(?:-[ \t]+)?(?:[^\s#'"{][^#'"\n]*?:[ \t]+)?)\{\{/gm;
    const match = pattern.exec(text);
    return match ? match.index + match[1].length : undefined;
}

/** One problem at the first node nested deeper than MAX_YAML_DEPTH, walking without recursion. */
function depthProblems(document: Document.Parsed): YAMLError[] {
    const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 0 }];
    for (let next = stack.pop(); next; next = stack.pop()) {
        const { node, depth } = next;
        if (!isMap(node) && !isSeq(node)) {
            continue;
        }
        if (depth > MAX_YAML_DEPTH) {
            const range = (node as YamlNode).range ?? [0, 0, 0];
            return [new YAMLParseError([range[0], range[0] + 1], 'RESOURCE_EXHAUSTION', `nested more than ${MAX_YAML_DEPTH} levels deep`)];
        }
        for (const item of node.items as unknown[]) {
            const value = isMap(node) ? (item as { value?: unknown }).value : item;
            if (!isAlias(value)) {
                stack.push({ node: value, depth: depth + 1 });
            }
        }
    }
    return [];
}
