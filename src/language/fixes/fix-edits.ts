/**
 * Turns a rule's quick fix (described on the design model) into text edits
 * on the files that hold the design.
 */
import { type AstNode, GrammarUtils, type LangiumDocument, type LangiumDocuments, URI } from 'langium';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Component, Connection, DefaultsKind, Design, Group, Transaction } from '../../model/design.js';
import type { Fix, NewComponent, PropertyText } from '../../review/fix.js';
import { isConnection as isModelConnection } from '../../review/report-target.js';
import {
    type Architecture, type Component as AstComponent, type Defaults as AstDefaults, type Group as AstGroup, type Member, type Settings as AstSettings,
    isArchitecture, isComponent, isDefaults, isGroup, isSettings, isTransaction
} from '../generated/ast.js';
import { nodeAt } from './ast-lookup.js';
import { type BraceHolder, setConnectionPropertyEdits, setPropertyEdits } from './property-edits.js';
import {
    addEdit, componentLines, connectionNode, dedentedLines, deleteLinesOf, type EditsByUri, insertionAfter, insertionAtEndOf, linesAt, removeConnection, retarget, rewire, uniqueName
} from './structure-edits.js';

export interface FixContext {
    readonly documents: LangiumDocuments;
    readonly design: Design;
}

export function fixEdits(fix: Fix, context: FixContext): WorkspaceEdit | undefined {
    const edits: EditsByUri = new Map();
    switch (fix.kind) {
        case 'set-properties':
            setProperties(fix.target, fix.properties, context, edits);
            break;
        case 'set-properties-each':
            fix.targets.forEach((target) => setProperties(target, fix.properties, context, edits));
            break;
        case 'set-settings':
            setSettings(fix.settings, fix.properties, context, edits);
            break;
        case 'add-component':
            addComponent(fix.component, fix.near, fix.from, context, edits);
            break;
        case 'insert-between':
            insertBetween(fix.component, fix.connections, context, edits);
            break;
        case 'redirect':
            redirect(fix.component, fix.connections, context, edits);
            break;
        case 'add-transaction':
            addTransaction(fix.name, fix.near, fix.writes, fix.properties, context, edits);
            break;
        case 'move-into-private-network':
            moveIntoPrivateNetwork(fix.component, context, edits);
            break;
        case 'set-defaults':
            setDefaults(fix.scope, fix.of, fix.properties, context, edits);
            break;
    }
    return edits.size > 0 ? { changes: Object.fromEntries(edits) } : undefined;
}

function documentOf(context: FixContext, uri: string): LangiumDocument | undefined {
    return context.documents.getDocument(URI.parse(uri));
}

function setProperties(target: Component | Connection | Transaction | Group, properties: readonly PropertyText[], context: FixContext, edits: EditsByUri): void {
    const document = documentOf(context, target.location.uri);
    if (!document) {
        return;
    }
    const uri = document.uri.toString();
    if (isModelConnection(target)) {
        const node = connectionNode(document, target);
        if (node) {
            setConnectionPropertyEdits(document, node, properties).forEach((edit) => addEdit(edits, uri, edit));
        }
        return;
    }
    const holder = nodeAt(document, target.location.nameRange, (node): node is BraceHolder & AstNode => isComponent(node) || isTransaction(node) || isGroup(node));
    if (holder) {
        setPropertyEdits(document, holder, properties).forEach((edit) => addEdit(edits, uri, edit));
    }
}

function setSettings(kind: string, properties: readonly PropertyText[], context: FixContext, edits: EditsByUri): void {
    const blocks = designBlocks(context);
    const written = blocks.flatMap(({ document, block }) => block.members.filter((member): member is AstSettings => isSettings(member) && member.kind === kind).map((settings) => ({ document, settings })));
    const first = written[0];
    if (first) {
        setPropertyEdits(first.document, first.settings, properties).forEach((edit) => addEdit(edits, first.document.uri.toString(), edit));
        return;
    }
    const home = blocks[0];
    if (home) {
        const { position, indent } = insertionAtEndOf(home.document, home.block);
        addEdit(edits, home.document.uri.toString(), linesAt(position, indent, [`${kind} { ${properties.map((property) => `${property.key}: ${property.value}`).join(', ')} }`]));
    }
}

/**
 * Sets keys of the scope's defaults for `kind`: in the kind's entry when one
 * is written (a key already there is replaced), else as a new entry of the
 * scope's first `defaults` block, else in a new `defaults` block at the end
 * of the scope (the design's first block, or the group's first block).
 */
function setDefaults(scope: Design | Group, kind: DefaultsKind, properties: readonly PropertyText[], context: FixContext, edits: EditsByUri): void {
    const homes = scopeBlocks(scope, context);
    const blocks = homes.flatMap(({ document, members }) => members.filter(isDefaults).map((defaults) => ({ document, defaults })));
    const entry = blocks.flatMap(({ document, defaults }) => defaults.entries.filter((candidate) => candidate.kind === kind).map((found) => ({ document, found })))[0];
    if (entry) {
        setPropertyEdits(entry.document, entry.found, properties).forEach((edit) => addEdit(edits, entry.document.uri.toString(), edit));
        return;
    }
    const text = `${kind} { ${properties.map((property) => `${property.key}: ${property.value}`).join(', ')} }`;
    const first = blocks[0];
    if (first) {
        addEdit(edits, first.document.uri.toString(), addDefaultsEntry(first.document, first.defaults, text));
        return;
    }
    const home = homes[0];
    if (home) {
        const { position, indent } = insertionAtEndOf(home.document, home.node);
        addEdit(edits, home.document.uri.toString(), linesAt(position, indent, [`defaults { ${text} }`]));
    }
}

/** A new entry: before the closing brace of a one-line block, else on a line of its own. */
function addDefaultsEntry(document: LangiumDocument, defaults: AstDefaults, entry: string): TextEdit {
    const open = GrammarUtils.findNodeForKeyword(defaults.$cstNode, '{');
    const close = GrammarUtils.findNodesForKeyword(defaults.$cstNode, '}').at(-1);
    if (open && close && open.range.start.line === close.range.start.line) {
        const start = close.range.start;
        const before = document.textDocument.getText({ start: open.range.end, end: start });
        return { range: { start, end: start }, newText: before.trim().length === 0 ? ` ${entry} ` : `${before.endsWith(' ') ? '' : ' '}${entry} ` };
    }
    const { position, indent } = insertionAtEndOf(document, defaults);
    return linesAt(position, indent, [entry]);
}

/** The blocks a scope is written in: the design's `architecture` blocks, or the group's block. */
function scopeBlocks(scope: Design | Group, context: FixContext): { document: LangiumDocument; node: Architecture | AstGroup; members: readonly Member[] }[] {
    if ('components' in scope) {
        return designBlocks(context).map(({ document, block }) => ({ document, node: block, members: block.members }));
    }
    const document = documentOf(context, scope.location.uri);
    const node = document ? nodeAt(document, scope.location.nameRange, isGroup) : undefined;
    return document && node ? [{ document, node, members: node.members }] : [];
}

function addComponent(component: NewComponent, near: Component | undefined, from: readonly { source: Component; shorthand: string }[], context: FixContext, edits: EditsByUri): void {
    const home: Located | undefined = (near ? locate(context, near) : undefined) ?? designBlocks(context)[0];
    if (!home) {
        return;
    }
    const name = uniqueName(context.design, component.name);
    const { position, indent } = insertionAfter(home.document, home.node, home.block);
    const connections = from.map(({ source, shorthand }) => `${source.name} -> ${name}${shorthand ? ` : ${shorthand}` : ''}`);
    addEdit(edits, home.document.uri.toString(), linesAt(position, indent, [...componentLines(component, name), ...connections]));
}

/** Rewires each connection to the new component, which then calls each of their targets once. */
function insertBetween(component: NewComponent, connections: readonly Connection[], context: FixContext, edits: EditsByUri): void {
    const firstTarget = connections[0]?.target;
    const home = firstTarget ? locate(context, firstTarget) : undefined;
    if (!firstTarget || !home) {
        return;
    }
    const name = uniqueName(context.design, component.name);
    const links = new Map<Component, string | undefined>();
    const rewiredSources = new Set<Component>();
    for (const connection of connections) {
        const document = documentOf(context, connection.location.uri);
        if (!document) {
            continue;
        }
        // A source with several rewired connections needs only one to the new component.
        const duplicate = rewiredSources.has(connection.source) && removeConnection(document, connection, edits);
        const needsLink = duplicate || rewire(document, connection, name, edits);
        rewiredSources.add(connection.source);
        if (needsLink && !links.has(connection.target)) {
            links.set(connection.target, connection.protocol);
        }
    }
    const body = [...links].map(([target, protocol]) => `-> ${target.name}${protocol ? ` : ${protocol}` : ''}`);
    const { position, indent } = insertionAfter(home.document, home.node, home.block);
    addEdit(edits, home.document.uri.toString(), linesAt(position, indent, componentLines(component, name, body)));
}

/** The new component goes next to the old target; the connections' ends are rewritten to it. */
function redirect(component: NewComponent, connections: readonly Connection[], context: FixContext, edits: EditsByUri): void {
    const target = connections[0]?.target;
    const home = target ? locate(context, target) : undefined;
    if (!home) {
        return;
    }
    const name = uniqueName(context.design, component.name);
    for (const connection of connections) {
        const document = documentOf(context, connection.location.uri);
        if (document) {
            retarget(document, connection, name, edits);
        }
    }
    const { position, indent } = insertionAfter(home.document, home.node, home.block);
    addEdit(edits, home.document.uri.toString(), linesAt(position, indent, componentLines(component, name)));
}

function addTransaction(name: string, near: Component, writes: readonly Component[], properties: readonly PropertyText[], context: FixContext, edits: EditsByUri): void {
    const home = locate(context, near);
    if (!home) {
        return;
    }
    const taken = new Set(context.design.transactions.map((transaction) => transaction.name));
    let unique = name;
    for (let index = 2; taken.has(unique); index++) {
        unique = `${name}${index}`;
    }
    const body = [`writes: [${writes.map((store) => store.name).join(', ')}]`, ...properties.map((property) => `${property.key}: ${property.value}`)];
    const { position, indent } = insertionAfter(home.document, home.node, home.block);
    addEdit(edits, home.document.uri.toString(), linesAt(position, indent, [`transaction ${unique} { ${body.join(', ')} }`]));
}

function moveIntoPrivateNetwork(component: Component, context: FixContext, edits: EditsByUri): void {
    const home = locate(context, component);
    const deletion = home?.node ? deleteLinesOf(home.node) : undefined;
    if (!home?.node || !deletion) {
        return;
    }
    const uri = home.document.uri.toString();
    const lines = dedentedLines(home.document, home.node);
    const network = privateNetworkIn(home.document, context.design, component);
    if (network) {
        const { position, indent } = insertionAtEndOf(home.document, network);
        addEdit(edits, uri, linesAt(position, indent, lines));
        addEdit(edits, uri, deletion);
        return;
    }
    const indent = home.document.textDocument.getText(deletion.range).match(/^\s*/)?.[0] ?? '';
    const wrapped = ['network private {', ...lines.map((line) => `  ${line}`), '}'].map((line) => `${indent}${line}\n`).join('');
    addEdit(edits, uri, { range: deletion.range, newText: wrapped });
}

/** A private network written in the same file, to move a component into. */
function privateNetworkIn(document: LangiumDocument, design: Design, component: Component): AstGroup | undefined {
    const network = design.groups.find((group) => group.kind === 'network' && group.exposure === 'private' && group.location.uri === component.location.uri);
    return network ? nodeAt(document, network.location.nameRange, isGroup) : undefined;
}

interface Located {
    readonly document: LangiumDocument;
    readonly block: Architecture;
    readonly node?: AstComponent;
}

function locate(context: FixContext, component: Component): Located | undefined {
    const document = documentOf(context, component.location.uri);
    const node = document ? nodeAt(document, component.location.nameRange, isComponent) : undefined;
    const block = node ? containerBlock(node) : undefined;
    return document && block ? { document, block, node } : undefined;
}

function containerBlock(node: AstNode): Architecture | undefined {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isArchitecture(current)) {
            return current;
        }
    }
    return undefined;
}

/** The design's `architecture` blocks, in the order its files were read. */
function designBlocks(context: FixContext): { document: LangiumDocument; block: Architecture }[] {
    return context.design.files.flatMap((uri) => {
        const document = documentOf(context, uri);
        const root = document?.parseResult.value as { architectures?: Architecture[] } | undefined;
        return (root?.architectures ?? []).filter((block) => block.name === context.design.name).map((block) => ({ document: document as LangiumDocument, block }));
    });
}

