/**
 * Blocks of one design in several files are one model, so a change in one
 * file can change the findings of another that shares its design name even
 * when no reference connects them: such documents are rebuilt too.
 *
 * A document that exists only in the editor (an unsaved `untitled:` file, a
 * `git:` side of a diff) is gone once the editor closes it: it cannot be read
 * from disk, so it leaves the workspace at the next update instead of
 * breaking it.
 *
 * A validated document's listeners (the one that publishes its diagnostics)
 * run even when the build is cancelled just after its validation: Langium
 * skips them on cancellation, yet counts the document as built, so the next
 * build leaves it alone and its diagnostics were never sent (a file opened
 * while another was being validated kept an empty Problems list until its
 * next edit).
 *
 * A deployment an `.arch` file imports is rebuilt when any of its files
 * changes.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, type LangiumDocument, type LangiumSharedCoreServices, URI } from 'langium';
import { isClosedEditorOnly } from './editor-only-documents.js';
import { workspaceDeployments } from './arch-document-factory.js';
import { isModel } from './generated/ast.js';

const ARCHITECTURE_HEADER = /\barchitecture\s+([A-Za-z_][A-Za-z0-9_]*)/g;

export class ArchDocumentBuilder extends DefaultDocumentBuilder {
    private changedDesigns: { uris: Set<string>; names: Set<string> } | undefined;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        super(shared);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        return super.update(changed, [...deleted, ...this.closedEditorOnlyDocuments()], cancelToken);
    }

    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const token = state === DocumentState.Validated ? Cancellation.CancellationToken.None : cancelToken;
        return super.notifyDocumentPhase(document, state, token);
    }

    /** A change to any file of an imported deployment (its override, another manifest) rebuilds the deployment's design. */
    protected override async findChangedUris(changed: URI): Promise<URI[]> {
        const deployment = workspaceDeployments(this.shared)?.deploymentOfFile(changed);
        return deployment !== undefined ? [URI.parse(deployment)] : super.findChangedUris(changed);
    }

    private closedEditorOnlyDocuments(): URI[] {
        return this.langiumDocuments.all
            .filter((document) => isClosedEditorOnly(document.uri, (uri) => this.textDocuments?.get(uri) !== undefined))
            .map((document) => document.uri)
            .toArray();
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        const changed = this.designsChangedIn(changedUris);
        return designNamesOf(document).some((name) => changed.has(name));
    }

    /** Design names of the changed files, before and after the change (computed once per update). */
    private designsChangedIn(changedUris: Set<string>): Set<string> {
        if (this.changedDesigns?.uris !== changedUris) {
            const names = new Set<string>();
            for (const uri of changedUris) {
                const document = this.langiumDocuments.getDocument(URI.parse(uri));
                if (document) {
                    designNamesOf(document).forEach((name) => names.add(name));
                }
                const text = this.textDocuments?.get(uri)?.getText() ?? '';
                for (const match of text.matchAll(ARCHITECTURE_HEADER)) {
                    names.add(match[1]);
                }
            }
            this.changedDesigns = { uris: changedUris, names };
        }
        return this.changedDesigns.names;
    }
}

function designNamesOf(document: LangiumDocument): string[] {
    const root = document.parseResult?.value;
    return isModel(root) ? root.architectures.map((architecture) => architecture.name).filter((name) => !!name) : [];
}
