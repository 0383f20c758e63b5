/**
 * Answers the editor's `archlens/compare` request: the open design (as the
 * editor holds it) against its text at a git ref (which the extension reads
 * through VS Code's Git extension), each side reviewed by a fresh batch
 * analysis the way `archlens diff` reviews files, so the editor and the CLI
 * agree. The files the design imports are read as saved, at both sides. A
 * problem (a file outside the workspace, an invalid configuration, a design
 * that does not parse) is a message, never a failed request.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { type Analysis, analyzeFiles } from '../batch/analyze.js';
import { reviewChange, type ChangeReview, type DesignChange } from '../diff/change-review.js';
import { changeSummary } from '../diff/change-summary.js';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../diff/compare-protocol.js';
import { markedDiagram } from '../diff/diff-diagram.js';
import { unparsedText } from '../diff/formats/change-words.js';
import type { Design } from '../model/design.js';
import type { Diagram } from '../diagram/diagram-types.js';
import { displayPath } from '../util/display-path.js';
import { workspaceFolderOf } from './workspace-folders.js';

export function serveCompare(shared: LangiumSharedServices, connection: Connection): void {
    connection.onRequest(COMPARE_REQUEST, (params: CompareParams) => compareFor(shared, params));
}

export async function compareFor(shared: LangiumSharedServices, params: CompareParams): Promise<CompareResult> {
    try {
        const target = typeof params?.uri === 'string' ? URI.parse(params.uri) : undefined;
        if (target?.scheme !== 'file' || typeof params.text !== 'string') {
            return { ok: false, message: 'Only a saved .arch file can be compared with a git ref.' };
        }
        const file = target.fsPath;
        const folder = workspaceFolderOf(shared, file);
        if (folder === undefined) {
            return { ok: false, message: 'ArchLens compares only files inside the workspace\'s folders.' };
        }
        const side = async (text: string | undefined): Promise<Analysis> =>
            text === undefined ? analyzeFiles([], { cwd: folder }) : analyzeFiles([file], { cwd: folder, texts: new Map([[file, text]]) });
        const show = (uri: string): string => displayPath(uri, folder);
        const [base, head] = await Promise.all([side(params.baseText), side(params.text)]);
        const review = reviewChange({ label: params.baseLabel, analysis: base, show }, { label: params.headLabel, analysis: head, show });
        return answer(review, params, target.toString());
    } catch (error) {
        return { ok: false, message: `The design could not be compared: ${error instanceof Error ? error.message : String(error)}` };
    }
}

function answer(review: ChangeReview, params: CompareParams, uri: string): CompareResult {
    const inFile = (analysis: Analysis): string[] => analysis.designs.filter((design) => design.files.includes(uri)).map((design) => design.name);
    const designs = [...new Set([...inFile(review.head.analysis), ...inFile(review.base.analysis)])];
    const name = params.design !== undefined && designs.includes(params.design) ? params.design : designs[0];
    const change = review.designs.find((candidate) => candidate.diff.design === name);
    if (name === undefined || change === undefined) {
        return { ok: false, message: 'This file has no `architecture` block at either side to compare.' };
    }
    if (change.unparsed.length > 0) {
        return { ok: false, message: `${name}: ${unparsedText(change.unparsed)}.` };
    }
    return { ok: true, design: name, designs, diagram: diagramOf(review, change, params.direction ?? 'LR'), summary: changeSummary(review, change, `${path.basename(URI.parse(uri).fsPath)}: ${params.baseLabel} → ${params.headLabel}`) };
}

function diagramOf(review: ChangeReview, change: DesignChange, direction: 'LR' | 'TB'): Diagram {
    const named = (analysis: Analysis): Design | undefined => analysis.designs.find((design) => design.name === change.diff.design);
    const head = named(review.head.analysis);
    const design = head ?? named(review.base.analysis);
    if (!design) {
        throw new Error(`the design ${change.diff.design} is on neither side`);
    }
    return markedDiagram(change.diff, design, head !== undefined, { edgeLabels: 'auto', direction });
}
