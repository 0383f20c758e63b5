/**
 * The editor's compare request (pr-review.md, "In the editor"), shared by
 * the language server and the extension: the open design against its text
 * at a git ref, answered with the marked diagram and the diff summary.
 */
import type { Diagram } from '../diagram/diagram-types.js';
import type { ChangeSummary } from './change-summary-types.js';

export const COMPARE_REQUEST = 'archlens/compare';

export interface CompareParams {
    /** The open `.arch` file (saved in a workspace folder). */
    readonly uri: string;
    /** Its text in the editor, saved or not. */
    readonly text: string;
    /** Its text at the ref; absent when the ref does not have the file (everything is added). */
    readonly baseText?: string;
    /** How the sides are named in the summary: `HEAD`, `working copy`. */
    readonly baseLabel: string;
    readonly headLabel: string;
    /** Which design of the file; the first by default. */
    readonly design?: string;
    readonly direction?: 'LR' | 'TB';
}

export type CompareResult =
    | { readonly ok: true; readonly design: string; readonly designs: readonly string[]; readonly diagram: Diagram; readonly summary: ChangeSummary }
    | { readonly ok: false; readonly message: string };
