/**
 * Writes a revealed twist into the design file as its comment (the line the
 * CLI's `practice twist` writes), through a WorkspaceEdit so that it joins
 * the editor's undo history and keeps unsaved edits, then saves: the
 * scorecard reads the twists from the file.
 */
import * as vscode from 'vscode';
import type { Twist } from '../../practice/prompt.js';
import { twistInsertion } from './twist-text.js';

/** False when the file already holds the twist. */
export async function writeTwist(uri: vscode.Uri, twist: Twist): Promise<boolean> {
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    const insertion = twistInsertion(text, twist);
    if (insertion === undefined) {
        return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.positionAt(text.length), insertion);
    if (!await vscode.workspace.applyEdit(edit)) {
        throw new Error(`the editor did not apply the edit to ${uri.path}`);
    }
    await document.save();
    return true;
}
