/** Applies a WorkspaceEdit to in-memory file texts. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-types';

export function applyWorkspaceEdit(files: Readonly<Record<string, string>>, edit: WorkspaceEdit): Record<string, string> {
    const result: Record<string, string> = { ...files };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = Object.keys(files).find((file) => uri.endsWith(`/${file}`));
        if (!name) {
            throw new Error(`edit for an unknown file ${uri}`);
        }
        result[name] = TextDocument.applyEdits(TextDocument.create(uri, 'arch', 1, files[name]), edits);
    }
    return result;
}
