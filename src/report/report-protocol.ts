/**
 * The request between the VS Code extension and the language server for the
 * review report (plain types: the client bundle does not load Langium).
 */
export const REPORT_REQUEST = 'archlens/report';

export interface ReportParams {
    /** An `.arch` document: the report covers the designs it holds. */
    readonly uri: string;
}

export type ReportResult =
    | { readonly ok: true; readonly designs: readonly string[]; readonly markdown: string }
    | { readonly ok: false; readonly message: string };
