/**
 * Edits that change the structure of a design: add a component (and the
 * connections to it), put a component between callers and their target,
 * move a component into a private network.
 */
import { type AstNode, GrammarUtils, type LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import type { Connection, Design } from '../../model/design.js';
import type { NewComponent } from '../../review/fix.js';
import {
    type Architecture, type Component as AstComponent, type Connection as AstConnection, type Outgoing,
    isConnection as isAstConnection, isOutgoing
} from '../generated/ast.js';
import { nodeAt } from './ast-lookup.js';
import { endOfLine, indentationOf, INDENT, lineText, startOfLine } from './text-layout.js';

export type EditsByUri = Map<string, TextEdit[]>;

export function addEdit(edits: EditsByUri, uri: string, edit: TextEdit): void {
    const list = edits.get(uri);
    if (list) {
        list.push(edit);
    } else {
        edits.set(uri, [edit]);
    }
}

/** `name`, or `name2`, `name3`… when the design already uses it. */
export function uniqueName(design: Design, name: string): string {
    const taken = new Set(design.components.map((component) => component.name));
    let candidate = name;
    for (let index = 2; taken.has(candidate); index++) {
        candidate = `${name}${index}`;
    }
    return candidate;
}

/**
 * A new component as lines: on one line with at most one inline connection,
 * else its properties and each `-> Target` on lines of their own (inline
 * connections cannot be separated by commas).
 */
export function componentLines(component: NewComponent, name: string, links: readonly string[] = []): string[] {
    const properties = component.properties.map((property) => `${property.key}: ${property.value}`).join(', ');
    if (links.length <= 1) {
        const parts = [properties, ...links].filter((part) => part.length > 0);
        return [parts.length > 0 ? `${component.kind} ${name} { ${parts.join(' ')} }` : `${component.kind} ${name}`];
    }
    return [`${component.kind} ${name} {`, ...(properties ? [`${INDENT}${properties}`] : []), ...links.map((link) => `${INDENT}${link}`), '}'];
}

/**
 * Removes a connection written on its own (an inline `-> Target`, or a
 * two-name chain); returns false when it is part of a longer chain.
 */
export function removeConnection(document: LangiumDocument, connection: Connection, edits: EditsByUri): boolean {
    const node = connectionNode(document, connection);
    const range = node?.$cstNode?.range;
    if (!node || !range || (!isOutgoing(node) && node.endpoints.length !== 2)) {
        return false;
    }
    const text = document.textDocument;
    const alone = lineText(text, range.start.line).trim() === text.getText(range).trim() && range.start.line === range.end.line;
    addEdit(edits, document.uri.toString(), alone ? { range: { start: startOfLine(range.start.line), end: startOfLine(range.end.line + 1) }, newText: '' } : { range, newText: '' });
    return true;
}

/** Where new lines go: after a node's last line (with its indentation), or at the end of a block. */
export function insertionAfter(document: LangiumDocument, node: AstNode | undefined, block: Architecture): { position: Position; indent: string } {
    const text = document.textDocument;
    if (node?.$cstNode) {
        return { position: endOfLine(text, node.$cstNode.range.end.line), indent: indentationOf(text, node.$cstNode.range.start.line) };
    }
    return insertionAtEndOf(document, block);
}

/** Before the closing brace of a block or group, one level deeper than the brace. */
export function insertionAtEndOf(document: LangiumDocument, block: AstNode): { position: Position; indent: string } {
    const text = document.textDocument;
    const close = GrammarUtils.findNodesForKeyword(block.$cstNode, '}').at(-1);
    const line = close ? close.range.start.line : text.lineCount - 1;
    return { position: endOfLine(text, Math.max(0, line - 1)), indent: `${indentationOf(text, line)}${INDENT}` };
}

export function linesAt(position: Position, indent: string, lines: readonly string[]): TextEdit {
    return { range: { start: position, end: position }, newText: lines.map((line) => `\n${indent}${line}`).join('') };
}

export function connectionNode(document: LangiumDocument, connection: Connection): AstConnection | Outgoing | undefined {
    return nodeAt(document, connection.location.nameRange, (node): node is AstConnection | Outgoing => isAstConnection(node) || isOutgoing(node));
}

/**
 * Rewires `source -> target` to `source -> name`: an inline `-> Target` or
 * the last link of a chain gets the new name; inside a chain (`A -> T -> C`)
 * the new component is inserted before the target (`A -> X -> T -> C`),
 * which also connects it to the target. Returns whether the new component
 * still needs its own `-> Target`.
 */
export function rewire(document: LangiumDocument, connection: Connection, name: string, edits: EditsByUri): boolean {
    const uri = document.uri.toString();
    const node = connectionNode(document, connection);
    if (isOutgoing(node)) {
        const ref = node.target?.$refNode;
        if (ref) {
            addEdit(edits, uri, { range: ref.range, newText: name });
        }
        return true;
    }
    if (!node) {
        return true;
    }
    const end = connection.location.nameRange.end;
    const index = node.endpoints.findIndex((endpoint) => endpoint.$refNode?.range.end.line === end.line && endpoint.$refNode.range.end.character === end.character);
    const ref = node.endpoints[index]?.$refNode;
    if (!ref) {
        return true;
    }
    if (index === node.endpoints.length - 1) {
        addEdit(edits, uri, { range: ref.range, newText: name });
        return true;
    }
    addEdit(edits, uri, { range: { start: ref.range.start, end: ref.range.start }, newText: `${name} -> ` });
    return false;
}

/**
 * Points `source -> target` at `name` instead: the target's reference is
 * rewritten, wherever it stands (an inline `-> Target`, or a chain).
 */
export function retarget(document: LangiumDocument, connection: Connection, name: string, edits: EditsByUri): void {
    const node = connectionNode(document, connection);
    const end = connection.location.nameRange.end;
    const ref = isOutgoing(node)
        ? node.target?.$refNode
        : node?.endpoints.find((endpoint) => endpoint.$refNode?.range.end.line === end.line && endpoint.$refNode.range.end.character === end.character)?.$refNode;
    if (ref) {
        addEdit(edits, document.uri.toString(), { range: ref.range, newText: name });
    }
}

/** The lines of a node, without the indentation of its first line. */
export function dedentedLines(document: LangiumDocument, node: AstComponent): string[] {
    const range = node.$cstNode?.range;
    if (!range) {
        return [];
    }
    const text = document.textDocument;
    const base = indentationOf(text, range.start.line);
    const lines: string[] = [];
    for (let line = range.start.line; line <= range.end.line; line++) {
        const content = lineText(text, line);
        lines.push(content.startsWith(base) ? content.slice(base.length) : content.trimStart());
    }
    return lines;
}

/** Removes the whole lines a node is written on. */
export function deleteLinesOf(node: AstComponent): TextEdit | undefined {
    const range = node.$cstNode?.range;
    return range ? { range: { start: startOfLine(range.start.line), end: startOfLine(range.end.line + 1) }, newText: '' } : undefined;
}
