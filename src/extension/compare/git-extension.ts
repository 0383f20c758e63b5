/**
 * The file at a git ref, through VS Code's built-in Git extension (its API
 * version 1): the repository that holds the file, and `show(ref, path)`.
 * Only what ArchLens uses is typed here, after the extension's published
 * `git.d.ts`; the extension is looked up at run time, so ArchLens still
 * loads where Git is disabled and says why the compare cannot run.
 */
import * as vscode from 'vscode';

interface GitRepository {
    readonly rootUri: vscode.Uri;
    show(ref: string, path: string): Promise<string>;
}

interface GitApi {
    readonly state: 'uninitialized' | 'initialized';
    readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
    getRepository(uri: vscode.Uri): GitRepository | null;
    openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitExtension {
    readonly enabled: boolean;
    getAPI(version: 1): GitApi;
}

/** The file's text at the ref, or `missing` when the ref does not have it (a new file). */
export type FileAtRef = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'missing' };

export class GitUnavailable extends Error {}

/** Git's words for a path the ref does not hold: `path 'x' does not exist in 'HEAD'`, `exists on disk, but not in 'HEAD'`. */
const NOT_AT_REF = /does not exist in|exists on disk, but not in/;

export async function fileAtRef(file: vscode.Uri, ref: string): Promise<FileAtRef> {
    const repository = await repositoryOf(file);
    try {
        return { kind: 'text', text: await repository.show(ref, file.fsPath) };
    } catch (error) {
        const detail = gitErrorText(error);
        if (NOT_AT_REF.test(detail)) {
            return { kind: 'missing' };
        }
        throw new GitUnavailable(`git could not read ${vscode.workspace.asRelativePath(file)} at '${ref}': ${detail.trim() || 'unknown error'}`);
    }
}

async function repositoryOf(file: vscode.Uri): Promise<GitRepository> {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) {
        throw new GitUnavailable('the built-in Git extension is not installed or is disabled.');
    }
    const git = extension.isActive ? extension.exports : await extension.activate();
    if (!git.enabled) {
        throw new GitUnavailable('Git is turned off (the setting git.enabled).');
    }
    const api = git.getAPI(1);
    await initialized(api);
    const repository = api.getRepository(file) ?? (await api.openRepository?.(vscode.Uri.joinPath(file, '..'))) ?? null;
    if (!repository) {
        throw new GitUnavailable(`${vscode.workspace.asRelativePath(file)} is not in a git repository.`);
    }
    return repository;
}

/** The Git extension finds the workspace's repositories after it starts; wait for that, briefly. */
function initialized(api: GitApi): Promise<void> {
    if (api.state === 'initialized') {
        return Promise.resolve();
    }
    return new Promise((resolve) => {
        const timer = setTimeout(() => done(), 10_000);
        const listener = api.onDidChangeState((state) => state === 'initialized' && done());
        function done(): void {
            clearTimeout(timer);
            listener.dispose();
            resolve();
        }
    });
}

/** The Git extension's errors carry git's own message in `stderr`. */
function gitErrorText(error: unknown): string {
    if (typeof error === 'object' && error !== null) {
        const { stderr, message } = error as { stderr?: unknown; message?: unknown };
        return [stderr, message].filter((part): part is string => typeof part === 'string').join(' ');
    }
    return String(error);
}
