/**
 * What the preview does in the editor: reveal a node's definition, find the
 * component under the cursor, and ask which group to expand or which
 * component to focus on.
 */
import * as vscode from 'vscode';
import type { Diagram, SourcePlace } from '../../diagram/diagram-types.js';
import type { Range } from '../../model/design.js';
import { componentAt, componentSymbols, type OutlineSymbol } from './component-symbols.js';
import { nodeAtCursor } from './cursor-node.js';

export function toVscodeRange(range: Range): vscode.Range {
    return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Opens the element's file with its name selected, beside the preview rather than over it. */
export async function revealPlace(place: SourcePlace, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
    const uri = vscode.Uri.parse(place.uri);
    const open = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    const column = open?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    await vscode.window.showTextDocument(uri, { viewColumn: column, selection: toVscodeRange(place.range), preserveFocus: false });
}

/** The editor showing the document, whose cursor the preview follows (the preview itself may have focus). */
export function editorOf(documentUri: vscode.Uri): vscode.TextEditor | undefined {
    const wanted = documentUri.toString();
    const active = vscode.window.activeTextEditor;
    return active?.document.uri.toString() === wanted ? active : vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === wanted);
}

/**
 * The component to focus on: the one under the cursor (from the diagram,
 * else from the outline, which also knows the components of collapsed
 * groups), else the one the user picks.
 */
export async function componentToFocus(documentUri: vscode.Uri, diagram: Diagram | undefined): Promise<string | undefined> {
    const cursor = editorOf(documentUri)?.selection.active;
    const node = cursor && diagram ? nodeAtCursor(diagram.nodes, documentUri.toString(), cursor) : undefined;
    if (node?.kind === 'component') {
        return node.name;
    }
    const outline = await documentOutline(documentUri);
    const underCursor = cursor ? componentAt(outline, cursor) : undefined;
    if (underCursor) {
        return underCursor.name;
    }
    const components = componentSymbols(outline);
    if (components.length === 0) {
        void vscode.window.showInformationMessage('ArchLens: this file declares no component to focus on.');
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(
        components.map((component) => ({ label: component.name, description: component.detail })),
        { title: 'Focus the diagram on a component', placeHolder: 'The component to draw with its neighbours' }
    );
    return picked?.label;
}

export async function groupToExpand(diagram: Diagram): Promise<string | undefined> {
    if (diagram.groups.length === 0) {
        void vscode.window.showInformationMessage('ArchLens: this design has no group to expand.');
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(
        diagram.groups.map((group) => ({ label: group.title, description: `${group.components} components`, key: group.key })),
        { title: 'Expand a group of the diagram', placeHolder: 'The group to draw in full (the others stay collapsed)' }
    );
    return picked?.key;
}

async function documentOutline(documentUri: vscode.Uri): Promise<OutlineSymbol[]> {
    try {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', documentUri);
        return (symbols ?? []).map(toOutlineSymbol);
    } catch {
        return [];
    }
}

function toOutlineSymbol(symbol: vscode.DocumentSymbol): OutlineSymbol {
    return { name: symbol.name, detail: symbol.detail, kind: symbol.kind, range: symbol.range, children: (symbol.children ?? []).map(toOutlineSymbol) };
}
