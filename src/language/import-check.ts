/**
 * What is wrong with an import, in the words the CLI would use: no path, not
 * an `.arch` file nor a deployment (a Compose file, a folder of Kubernetes
 * manifests), a file that is not there, or one ArchLens will not read (a
 * folder, a FIFO, a device, too large, not UTF-8), or `as` on an `.arch` file. The editor reads the
 * imported file as the CLI will, so a repository that passes in the editor
 * passes in CI.
 */
import { type FileSystemProvider, type LangiumDocuments, type URI, UriUtils } from 'langium';
import { errnoCode, isMissingFile, readFailure, UnreadableFile } from '../files/file-errors.js';
import { decodeUtf8Text } from '../files/utf8-text.js';
import { deploymentOf } from '../import/import-inputs.js';
import { importsDeployment } from './deployment-documents.js';

export class ImportCheck {
    constructor(
        private readonly fileSystem: FileSystemProvider,
        private readonly documents: LangiumDocuments
    ) {}

    /** The problem of `import "<path>"` (`as <design>`) in the file `from`, if any. */
    async problemOf(path: string, from: URI, design?: string): Promise<string | undefined> {
        if (path.trim() === '') {
            return 'An import needs the path of an .arch file, a Compose file or a folder of Kubernetes manifests: import "other.arch".';
        }
        if (importsDeployment(path)) {
            return this.deploymentProblem(path, from);
        }
        if (design !== undefined) {
            return `'as ${design}' names the design of an imported Compose file or manifest folder; the designs of '${path}' keep the names it gives them.`;
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

    /** A deployment is a Compose file, or a folder holding one or Kubernetes manifests, on disk. */
    private async deploymentProblem(path: string, from: URI): Promise<string | undefined> {
        const target = UriUtils.resolvePath(UriUtils.dirname(from), path);
        if (target.scheme !== 'file') {
            return `Cannot import '${path}': only a file on disk can import a deployment.`;
        }
        if (!(await this.fileSystem.exists(target).catch(() => false))) {
            return `Cannot find '${path}' (looked for ${target.fsPath}).`;
        }
        return (await deploymentOf(target.fsPath)) === undefined
            ? `Imports name .arch files, Compose files or folders of Kubernetes manifests; '${path}' is none of them.`
            : undefined;
    }
}

/** The file is there, but ArchLens will not read it (as opposed to missing, or no file system at all). */
function isRefused(error: unknown): boolean {
    return errnoCode(error) === undefined ? error instanceof UnreadableFile : !isMissingFile(error);
}
