/**
 * Names the extension shares with package.json. Kept free of the `vscode`
 * module so that tests outside VS Code can check them against the manifest.
 */

/** The language id of `.arch` files (`contributes.languages`). */
export const LANGUAGE_ID = 'arch';

/**
 * The language client's id. vscode-languageclient reads `<id>.trace.server`,
 * so this must match the `archlens.trace.server` setting's prefix.
 */
export const CLIENT_ID = 'archlens';

/** The output channel carrying the server's log (and the trace when enabled). */
export const OUTPUT_CHANNEL_NAME = 'ArchLens';

export const TRACE_SETTING_SECTION = 'archlens';
export const TRACE_SETTING_KEY = 'trace.server';

/** Command ids as contributed in package.json. */
export const COMMANDS = {
    restartServer: 'archlens.restartServer',
    showOutput: 'archlens.showOutput',
    openPreview: 'archlens.openPreview',
    openPreviewToSide: 'archlens.openPreviewToSide',
    exportDiagramMermaid: 'archlens.exportDiagramMermaid',
    exportDiagramMarkdown: 'archlens.exportDiagramMarkdown',
    exportDiagramSvg: 'archlens.exportDiagramSvg',
    openReport: 'archlens.openReport',
    practiceStart: 'archlens.practice.start',
    practiceRevealTwist: 'archlens.practice.revealTwist',
    practiceFinish: 'archlens.practice.finish',
    importDeployment: 'archlens.importDeployment',
    compareWithHead: 'archlens.compareWithHead',
    compareWithRef: 'archlens.compareWithRef'
} as const;

/** The compare view's webview type (pr-review.md, "In the editor"). */
export const COMPARE_VIEW_TYPE = 'archlens.compare';

/** `archlens.import.diagnostics`: show the review's findings on Compose files and manifests. */
export const IMPORT_SETTING_SECTION = 'archlens.import';
export const IMPORT_DIAGNOSTICS_KEY = 'diagnostics';

/** The practice scorecard's webview type. */
export const SCORECARD_VIEW_TYPE = 'archlens.practiceScorecard';

/** True while a practice session runs (menus' `when` clauses read it). */
export const PRACTICE_ACTIVE_CONTEXT = 'archlens.practiceActive';

/** The preview's webview type (its serializer and the `onWebviewPanel:` activation event use it). */
export const PREVIEW_VIEW_TYPE = 'archlens.preview';

/** The preview's settings: `archlens.preview.<key>`. */
export const PREVIEW_SETTING_SECTION = 'archlens.preview';
export const PREVIEW_SETTING_KEYS = { direction: 'direction', overlay: 'overlay', maxNodes: 'maxNodes', edgeLabels: 'edgeLabels' } as const;
