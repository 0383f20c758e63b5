/**
 * Regression (seen as a flaky server test, about 1 run in 40 on one core):
 * a build cancelled just after a document's validation skipped the listener
 * that publishes its diagnostics, yet counted the document as built, so no
 * later build sent them. The cancellation is made to land at that moment by
 * a Validated listener registered before the publishing one.
 */
import { expect } from 'chai';
import { Cancellation, DocumentState, EmptyFileSystem, TextDocument, URI } from 'langium';
import { createArchServices } from '../../src/language/arch-module.js';

const FILE = URI.parse('file:///workspace/opened.arch');

describe('a build cancelled right after a validation', () => {
    it('still hands the validated document to the listener that publishes its diagnostics', async () => {
        const { shared } = createArchServices(EmptyFileSystem);
        shared.workspace.TextDocuments?.set(TextDocument.create(FILE.toString(), 'arch', 1, 'architecture Opened {\n  service Api\n}\n'));
        const build = new Cancellation.CancellationTokenSource();
        // Stands for the next keystroke or opened file: it cancels the running build.
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => build.cancel());
        const published: string[] = [];
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document) => {
            published.push(document.uri.toString());
        });
        await shared.workspace.DocumentBuilder.update([FILE], [], build.token).catch(() => undefined);
        expect(published).to.deep.equal([FILE.toString()]);
    });
});
