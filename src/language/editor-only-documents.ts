/**
 * Documents that exist only in the editor (an unsaved `untitled:` file, the
 * `git:` side of a diff) can be closed while a build that includes them is
 * running. Then they have no text document, no file to read and no file
 * extension: the build keeps their last parse (ArchDocumentFactory; the next
 * update removes them, see ArchDocumentBuilder), and the one language of this
 * server serves them.
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type URI, UriUtils } from 'langium';

export function isClosedEditorOnly(uri: URI, open: (uri: string) => boolean): boolean {
    return uri.scheme !== 'file' && !open(uri.toString());
}

export class ArchServiceRegistry extends DefaultServiceRegistry {
    /**
     * Only `.arch` files, and documents the editor holds as ArchLens's, are
     * the language's: the workspace is searched through this, and the
     * fallback of getServices would otherwise take every file of it (a
     * README, a Compose file) for a design and report its "syntax errors".
     */
    override hasServices(uri: URI): boolean {
        const open = this.textDocuments?.get(uri.toString());
        return open !== undefined ? this.languageIdMap.has(open.languageId) : this.fileExtensionMap.has(UriUtils.extname(uri)) || this.fileNameMap.has(UriUtils.basename(uri));
    }

    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const languages = this.all;
            if (languages.length === 1) {
                return languages[0];
            }
            throw error;
        }
    }
}
