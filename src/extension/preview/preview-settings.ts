/** The `archlens.preview.*` settings, read with their defaults. */
import * as vscode from 'vscode';
import { PREVIEW_SETTING_KEYS, PREVIEW_SETTING_SECTION } from '../identifiers.js';
import type { EdgeLabels } from '../../diagram/diagram-types.js';
import type { PreviewDirection } from '../../webview/preview-messages.js';

/** The generator's own default (src/diagram/diagram-view.ts, not imported: the client bundle stays free of the model). */
const DEFAULT_MAX_NODES = 150;

export interface PreviewSettings {
    readonly direction: PreviewDirection;
    readonly overlay: boolean;
    readonly maxNodes: number;
    readonly edgeLabels: EdgeLabels;
}

export function readPreviewSettings(scope?: vscode.Uri): PreviewSettings {
    const settings = vscode.workspace.getConfiguration(PREVIEW_SETTING_SECTION, scope);
    const direction = settings.get<string>(PREVIEW_SETTING_KEYS.direction, 'LR');
    const maxNodes = settings.get<number>(PREVIEW_SETTING_KEYS.maxNodes, DEFAULT_MAX_NODES);
    const edgeLabels = settings.get<string>(PREVIEW_SETTING_KEYS.edgeLabels, 'auto');
    return {
        direction: direction === 'TB' ? 'TB' : 'LR',
        overlay: settings.get<boolean>(PREVIEW_SETTING_KEYS.overlay, true) !== false,
        maxNodes: Number.isFinite(maxNodes) && maxNodes >= 1 ? Math.floor(maxNodes) : DEFAULT_MAX_NODES,
        edgeLabels: edgeLabels === 'always' || edgeLabels === 'never' ? edgeLabels : 'auto'
    };
}
