/**
 * The diff summary the editor's compare view shows beside the marked
 * diagram: plain text in sections, each item with a tone the view colours.
 * Plain types only: the language server, the extension and the webview
 * share this file.
 */
export type SummaryTone = 'added' | 'removed' | 'changed' | 'error' | 'warning' | 'info' | 'hint' | 'neutral';

export interface SummaryItem {
    readonly text: string;
    readonly tone: SummaryTone;
}

export interface SummarySection {
    readonly heading: string;
    readonly items: readonly SummaryItem[];
}

export interface ChangeSummary {
    /** `checkout.arch: HEAD → working copy`. */
    readonly title: string;
    /** One-line counts: components, connections, findings. */
    readonly facts: readonly string[];
    readonly sections: readonly SummarySection[];
}
