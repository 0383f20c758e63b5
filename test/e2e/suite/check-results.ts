/**
 * What a run of checks leaves behind for the harness that started it: the
 * workbench only reports an exit code, this says which checks passed.
 * Shared by the in-editor suite (writes it) and the harness (reads it).
 */
export interface CheckResult {
    /** Suite titles and the check's title, outermost first. */
    readonly titles: readonly string[];
    readonly state: 'passed' | 'failed' | 'pending';
    readonly durationMs?: number;
    readonly error?: string;
}

export interface CheckResults {
    readonly results: readonly CheckResult[];
    readonly durationMs: number;
}

/** Where the in-editor suite writes its results, when the harness asks for them. */
export const RESULTS_FILE_VARIABLE = 'ARCHLENS_E2E_RESULTS';
