/**
 * Langium's Node file system, reading through read-file.ts: every file the
 * language services read (workspace designs, `.archlens.json`) is a regular
 * file within the size limit, or an UnreadableFile error that says why.
 */
import type { FileSystemProvider, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readRegularFile, readRegularFileSync } from './read-file.js';

export class ArchFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return (await readRegularFile(uri.fsPath)).toString('utf8');
    }

    override readFileSync(uri: URI): string {
        return readRegularFileSync(uri.fsPath).toString('utf8');
    }

    override readBinary(uri: URI): Promise<Uint8Array> {
        return readRegularFile(uri.fsPath);
    }

    override readBinarySync(uri: URI): Uint8Array {
        return readRegularFileSync(uri.fsPath);
    }
}

/** Use instead of langium/node's NodeFileSystem. */
export const ArchFileSystem: { fileSystemProvider: () => FileSystemProvider } = {
    fileSystemProvider: () => new ArchFileSystemProvider()
};
