/**
 * Edits that set properties on a component, connection, transaction, group
 * or settings block: a value already written is replaced; a new key goes
 * into the existing `{ … }` block (on its line or on a new line, as the
 * block is written), or a new block is opened.
 */
import { type AstNode, GrammarUtils, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { PropertyText } from '../../review/fix.js';
import { expandShorthand } from '../connection-shorthand.js';
import type { Block, Connection, Outgoing, Property } from '../generated/ast.js';
import { endOfLine, indentationOf, INDENT, lineText } from './text-layout.js';

/** A node holding `properties` between braces it owns (a component, group, settings block, transaction or block). */
export interface BraceHolder extends AstNode {
    readonly properties: readonly Property[];
}

const SHORTHAND_PROTOCOL_KEYS = new Set(['protocol']);

export function setPropertyEdits(document: LangiumDocument, holder: BraceHolder, properties: readonly PropertyText[]): TextEdit[] {
    const edits: TextEdit[] = [];
    const missing: PropertyText[] = [];
    for (const property of properties) {
        const written = holder.properties.find((candidate) => candidate.key === property.key);
        const valueRange = written?.value?.$cstNode?.range;
        if (valueRange) {
            edits.push({ range: valueRange, newText: property.value });
        } else {
            missing.push(property);
        }
    }
    if (missing.length > 0) {
        edits.push(insertIntoBraces(document, holder, missing));
    }
    return edits;
}

/**
 * For a connection: a protocol written in the `:` shorthand is replaced there;
 * `tls: true` becomes the `tls` word when there is a shorthand and no block;
 * everything else goes into the `{ … }` block.
 */
export function setConnectionPropertyEdits(document: LangiumDocument, connection: Connection | Outgoing, properties: readonly PropertyText[]): TextEdit[] {
    const edits: TextEdit[] = [];
    const rest: PropertyText[] = [];
    for (const property of properties) {
        const shorthandEdit = shorthandEditFor(connection, property);
        if (shorthandEdit) {
            edits.push(shorthandEdit);
        } else {
            rest.push(property);
        }
    }
    if (rest.length === 0) {
        return edits;
    }
    if (connection.body) {
        return [...edits, ...setPropertyEdits(document, connection.body as Block, rest)];
    }
    const end = connection.$cstNode?.range.end;
    return end ? [...edits, { range: { start: end, end }, newText: ` { ${rest.map(asText).join(', ')} }` }] : edits;
}

function shorthandEditFor(connection: Connection | Outgoing, property: PropertyText): TextEdit | undefined {
    const shorthand = connection.shorthand;
    if (!shorthand || connection.body?.properties.some((written) => written.key === property.key)) {
        return undefined;
    }
    const words = shorthand.words;
    if (SHORTHAND_PROTOCOL_KEYS.has(property.key)) {
        const index = words.findIndex((word) => { const expanded = expandShorthand([word]); return expanded.ok && expanded.values.protocol !== undefined; });
        const wordNode = index >= 0 ? GrammarUtils.findNodeForProperty(shorthand.$cstNode, 'words', index) : undefined;
        return wordNode ? { range: wordNode.range, newText: property.value } : appendWord(shorthand.$cstNode?.range.end, property.value);
    }
    if (property.key === 'tls' && property.value === 'true') {
        return appendWord(shorthand.$cstNode?.range.end, 'tls');
    }
    return undefined;
}

function appendWord(end: TextEdit['range']['end'] | undefined, word: string): TextEdit | undefined {
    return end ? { range: { start: end, end }, newText: `, ${word}` } : undefined;
}

function asText(property: PropertyText): string {
    return `${property.key}: ${property.value}`;
}

function insertIntoBraces(document: LangiumDocument, holder: BraceHolder, properties: readonly PropertyText[]): TextEdit {
    const open = GrammarUtils.findNodeForKeyword(holder.$cstNode, '{');
    const close = GrammarUtils.findNodesForKeyword(holder.$cstNode, '}').at(-1);
    const text = document.textDocument;
    if (!open || !close) {
        const end = holder.$cstNode?.range.end ?? { line: 0, character: 0 };
        return { range: { start: end, end }, newText: ` { ${properties.map(asText).join(', ')} }` };
    }
    if (open.range.start.line === close.range.start.line) {
        // Insert after the last written character, so that edits replacing values in the same block do not overlap.
        const inner = { start: open.range.end, end: close.range.start };
        const innerText = text.getText(inner);
        const content = innerText.trimEnd();
        if (content.trim().length === 0) {
            return { range: inner, newText: ` ${properties.map(asText).join(', ')} ` };
        }
        const end = text.positionAt(text.offsetAt(inner.start) + content.length);
        const separator = content.endsWith(',') ? ' ' : ', ';
        return { range: { start: end, end }, newText: `${separator}${properties.map(asText).join(', ')}` };
    }
    const closeLine = close.range.start.line;
    const closeIsAlone = lineText(text, closeLine).trim().startsWith('}');
    if (!closeIsAlone) {
        return { range: { start: close.range.start, end: close.range.start }, newText: `, ${properties.map(asText).join(', ')} ` };
    }
    const indent = `${indentationOf(text, closeLine)}${INDENT}`;
    const lines = properties.map((property) => `${indent}${asText(property)}\n`).join('');
    const previous = endOfLine(text, closeLine - 1);
    return { range: { start: previous, end: previous }, newText: `\n${lines.replace(/\n$/, '')}` };
}
