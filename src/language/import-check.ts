/**
 * What is wrong with an import, in the words the CLI would use: no path, not
 * an `.arch` file, a file that is not there, or one ArchLens will not read
 * (a folder, a FIFO, a device, too large, not UTF-8). The editor reads the
 * imported file as the CLI will, so a repository that passes in the editor
 * passes in CI.
 */
import { type FileSystemProvider, type LangiumDocuments, type URI, UriUtils } from 'langium';
import { errnoCode, isMissingFile, readFailure, UnreadableFile } from '../files/file-errors.js';
import { decodeUtf8Text } from '../files/utf8-text.js';

export class ImportCheck {
    constructor(
        private readonly fileSystem: FileSystemProvider,
        private readonly documents: LangiumDocuments
    ) {}

    /** The problem of `import "<path>"` in the file `from`, if any. */
    async problemOf(path: string, from: URI): Promise<string | undefined> {
        if (path.trim() === '') {
            return 'An import needs the path of an .arch file: import "other.arch".';
        }
        if (!path.endsWith('.arch')) {
            return `Imports name .arch files; '${path}' is not one.`;
        }
        const target = UriUtils.resolvePath(UriUtils.dirname(from), path);
        let bytes: Uint8Array;
        try {
            bytes = await this.fileSystem.readBinary(target);
        } catch (error) {
            if (isRefused(error)) {
                return `Cannot read '${path}': ${readFailure(error)}`;
            }
            // Not on disk, but open in the editor (not saved yet): fine.
            return this.documents.hasDocument(target) ? undefined : `Cannot find '${path}' (looked for ${target.fsPath}).`;
        }
        const problem = decodeUtf8Text(bytes).problem;
        return problem === undefined ? undefined : `Cannot read '${path}': ${problem}`;
    }
}

/** The file is there, but ArchLens will not read it (as opposed to missing, or no file system at all). */
function isRefused(error: unknown): boolean {
    return errnoCode(error) === undefined ? error instanceof UnreadableFile : !isMissingFile(error);
}
