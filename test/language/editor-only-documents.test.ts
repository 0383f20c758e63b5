/** Regression: an unsaved document closed while a build that includes it runs (found by the real-editor tests). */
import { expect } from 'chai';
import { Cancellation, EmptyFileSystem, TextDocument, URI } from 'langium';
import { createArchServices } from '../../src/language/arch-module.js';

const UNTITLED = URI.parse('untitled:Untitled-1');

async function servicesWithUntitled() {
    const { shared } = createArchServices(EmptyFileSystem);
    const textDocuments = shared.workspace.TextDocuments;
    if (!textDocuments) {
        throw new Error('no text documents');
    }
    textDocuments.set(TextDocument.create(UNTITLED.toString(), 'arch', 1, 'architecture Scratch {\n  service Api\n}\n'));
    await shared.workspace.DocumentBuilder.update([UNTITLED], []);
    return { shared, textDocuments };
}

describe('documents that exist only in the editor', () => {
    it('keep their last parse when closed before the build reaches them', async () => {
        const { shared, textDocuments } = await servicesWithUntitled();
        const document = shared.workspace.LangiumDocuments.getDocument(UNTITLED);
        if (!document) {
            throw new Error('the untitled document was not built');
        }
        expect(document.diagnostics?.length).to.be.greaterThan(0);
        textDocuments.delete(UNTITLED);
        const updated = await shared.workspace.LangiumDocumentFactory.update(document, Cancellation.CancellationToken.None);
        expect(updated).to.equal(document);
        expect(shared.ServiceRegistry.getServices(UNTITLED).LanguageMetaData.languageId).to.equal('arch');
    });

    it('leave the workspace at the next update, even one queued for them before they closed', async () => {
        const { shared, textDocuments } = await servicesWithUntitled();
        textDocuments.delete(UNTITLED);
        await shared.workspace.DocumentBuilder.update([UNTITLED], []);
        expect(shared.workspace.LangiumDocuments.hasDocument(UNTITLED)).to.equal(false);
    });
});
