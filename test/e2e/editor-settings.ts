/** The user settings of every editor the tests start (code-server and desktop VS Code). */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Quiet, offline-friendly, and nothing restored from an earlier run. */
export const USER_SETTINGS = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    // The secondary side bar (chat) would take a third of every screenshot.
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'files.hotExit': 'off',
    // The compare command reads the workspace's repository through the Git
    // extension; nothing fetches, and the gutter and explorer stay as they
    // were so that the screenshots do not change.
    'git.enabled': true,
    'git.autofetch': false,
    'git.openRepositoryInParentFolders': 'never',
    'git.decorations.enabled': false,
    'scm.diffDecorations': 'none'
} as const;

export function writeUserSettings(userData: string): void {
    const folder = path.join(userData, 'User');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
}
