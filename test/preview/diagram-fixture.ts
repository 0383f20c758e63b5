/**
 * Diagrams for the preview tests, produced the way the language server
 * produces them (src/server/diagram-request.ts): the design built from real
 * `.arch` text, its unsuppressed findings, and `generateDiagram`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DiagramOptions } from '../../src/diagram/generate-diagram.js';
import { generateDiagram } from '../../src/diagram/generate-diagram.js';
import type { Diagram, DiagramViewRequest } from '../../src/diagram/diagram-types.js';
import { OVERVIEW, type PanelView, renderMessage as panelRenderMessage } from '../../src/extension/preview/panel-view.js';
import type { RenderMessage } from '../../src/webview/preview-messages.js';
import { buildWorkspace } from '../helpers/workspace.js';

export const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

export interface DesignDiagram {
    readonly design: string;
    readonly diagram: Diagram;
    /** The URI the design's file has in the test workspace. */
    readonly uri: string;
}

/** The diagram of the first design of `files` (name → text); the preview asks with `overlay: false` and draws the review itself. */
export async function diagramOf(files: string | Readonly<Record<string, string>>, options: Omit<DiagramOptions, 'findings'> = {}): Promise<DesignDiagram> {
    const workspace = await buildWorkspace(files);
    const [document] = workspace.documents;
    const registry = workspace.services.design.DesignRegistry;
    const [design] = document ? registry.designNamesIn(document) : [];
    if (!document || !design) {
        throw new Error('the test text declares no design');
    }
    const findings = workspace.services.design.ReviewService.all().filter((finding) => finding.design === design && !finding.suppressed);
    return { design, uri: document.uri.toString(), diagram: generateDiagram(workspace.design(design), { overlay: false, ...options, findings }) };
}

/** The files of a sample (a file, or every `.arch` file of a folder), keyed by name. */
export function sampleFiles(relative: string): Record<string, string> {
    const full = path.join(SAMPLES, relative);
    const files = fs.statSync(full).isDirectory()
        ? fs.readdirSync(full).filter((name) => name.endsWith('.arch')).sort().map((name) => path.join(full, name))
        : [full];
    return Object.fromEntries(files.map((file) => [path.basename(file), fs.readFileSync(file, 'utf8')]));
}

/** The message the panel sends for a diagram drawn for `view` (src/extension/preview/panel-view.ts), with `change` applied over it. */
export function renderMessage(shown: DesignDiagram, change: Partial<RenderMessage> = {}, requested: DiagramViewRequest = OVERVIEW): RenderMessage {
    const view: PanelView = {
        documentUri: shown.uri,
        design: shown.design,
        view: requested,
        direction: change.direction ?? 'LR',
        overlay: true,
        maxNodes: 150,
        edgeLabels: 'auto'
    };
    return { ...panelRenderMessage(view, { design: shown.design, designs: [shown.design], diagram: shown.diagram }), ...change };
}
