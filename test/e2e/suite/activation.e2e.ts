import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID } from '../../../src/extension/identifiers.js';
import { EXTENSION_ID, WORKSPACE_FILES, extensionUnderTest, openInEditor, waitFor } from './editor.js';

export function activationChecks(): void {
    describe('activation', () => {
        it('is the packaged VSIX installed in the editor, not the development folder', () => {
            const extension = extensionUnderTest();
            const manifest = extension.packageJSON as { version: string };
            // vsce packages only package.json's `files`: an installed VSIX has dist/ but no sources.
            assert.equal(path.basename(extension.extensionPath), `${EXTENSION_ID}-${manifest.version}`);
            assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist', 'server.cjs')), 'dist/server.cjs is missing from the installed extension');
            assert.equal(fs.existsSync(path.join(extension.extensionPath, 'src')), false, `${extension.extensionPath} holds src/: this is a development folder`);
        });

        it('stays inactive until a .arch file is opened, then activates', async () => {
            const extension = extensionUnderTest();
            assert.equal(extension.isActive, false, 'activated before any .arch file was opened (activationEvents should be onLanguage:arch only)');
            const editor = await openInEditor(WORKSPACE_FILES.firstDraft);
            assert.equal(editor.document.languageId, LANGUAGE_ID);
            await waitFor('the extension to activate', () => extension.isActive ? true : undefined);
        });

        it('registers its commands', async () => {
            const commands = await vscode.commands.getCommands(true);
            const missing = Object.values(COMMANDS).filter((command) => !commands.includes(command));
            assert.deepEqual(missing, []);
        });
    });
}
