/**
 * Keeps the review in step with what is not an `.arch` document: when a
 * `.archlens.json` changes on disk, or the user's `archlens.*` settings
 * change, every document is validated again.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { ArchServices } from '../language/arch-module.js';
import { CONFIG_FILE_NAME } from '../config/load-config.js';

export function refreshOnConfigChanges(shared: LangiumSharedServices, arch: ArchServices): void {
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => {
        if (params.changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) {
            arch.design.ConfigService.invalidate();
            revalidateAll(shared);
        }
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate((update) => {
        if (update.section === 'archlens') {
            revalidateAll(shared);
        }
    });
}

/** Rebuilds every document through the workspace lock, as an edit would. */
function revalidateAll(shared: LangiumSharedServices): void {
    const uris = shared.workspace.LangiumDocuments.all.filter((document) => document.state >= DocumentState.Parsed).map((document) => document.uri).toArray();
    void shared.workspace.WorkspaceLock.write((token) => shared.workspace.DocumentBuilder.update(uris, [], token));
}
