/** The workspace's folders as the server knows them: nothing outside them is read on a request or an import. */
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/** The workspace folder holding a path, if any (no folder: nothing is read). */
export function workspaceFolderOf(shared: LangiumSharedServices, file: string): string | undefined {
    const folders = shared.workspace.WorkspaceManager.workspaceFolders ?? [];
    return folders.map((folder) => URI.parse(folder.uri).fsPath).find((folder) => file === folder || file.startsWith(`${folder}${path.sep}`));
}
