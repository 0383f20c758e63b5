/**
 * Where a review report lives: a read-only virtual document
 * `archlens-report:/<file> review.md?<source uri>`, so nothing asks to be
 * saved, and "Save As" still writes it to disk. Kept free of `vscode` for tests.
 */
export const REPORT_SCHEME = 'archlens-report';

export interface ReportLocation {
    readonly path: string;
    readonly query: string;
}

/** The report document's path and query for an `.arch` file's URI. */
export function reportLocationFor(sourceUri: string, sourcePath: string): ReportLocation {
    const file = sourcePath.slice(sourcePath.lastIndexOf('/') + 1).replace(/\.arch$/i, '');
    return { path: `/${file} review.md`, query: sourceUri };
}
