/**
 * Test helpers for editor features: a workspace in which one file carries a
 * cursor (`<|>`), and positions found by searching the text.
 */
import { type LangiumDocument, TextDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';

export const CURSOR = '<|>';

export interface CursorWorkspace extends TestWorkspace {
    /** The file that held the cursor, and where the cursor was. */
    readonly document: LangiumDocument;
    readonly position: Position;
}

/** Builds the files; exactly one of them holds `<|>`, which is removed. */
export async function workspaceWithCursor(files: string | Readonly<Record<string, string>>): Promise<CursorWorkspace> {
    const entries = typeof files === 'string' ? { 'test.arch': files } : files;
    const withCursor = Object.entries(entries).filter(([, text]) => text.includes(CURSOR));
    if (withCursor.length !== 1) {
        throw new Error(`exactly one file must hold ${CURSOR}`);
    }
    const [cursorFile, cursorText] = withCursor[0];
    const offset = cursorText.indexOf(CURSOR);
    const workspace = await buildWorkspace({ ...entries, [cursorFile]: cursorText.replace(CURSOR, '') });
    const document = documentNamed(workspace, cursorFile);
    return { ...workspace, document, position: document.textDocument.positionAt(offset) };
}

export function documentNamed(workspace: TestWorkspace, name: string): LangiumDocument {
    const document = workspace.documents.find((candidate) => candidate.uri.path.endsWith(`/${name}`));
    if (!document) {
        throw new Error(`no document ${name}`);
    }
    return document;
}

/** The position `shift` characters into the `occurrence`-th (0-based) match of `needle`. */
export function positionOf(document: LangiumDocument, needle: string, shift = 0, occurrence = 0): Position {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let seen = 0; seen <= occurrence; seen++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) {
            throw new Error(`'${needle}' (occurrence ${occurrence}) is not in ${document.uri.path}`);
        }
    }
    return document.textDocument.positionAt(offset + shift);
}

export function textDocumentOf(document: LangiumDocument): { uri: string } {
    return { uri: document.uri.toString() };
}

export function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(document.textDocument, [...edits]);
}
