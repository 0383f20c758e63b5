/**
 * The editor's requests about deployments (Compose files, Kubernetes
 * manifests), shared by the language server and the extension.
 */
import type { Range } from '../model/design.js';
import type { Severity } from '../model/finding.js';

/** The review of the deployment a YAML file belongs to, as findings on its YAML files. */
export const IMPORT_REVIEW_REQUEST = 'archlens/importReview';

/** The design a Compose file or a folder of manifests describes, as `.arch` text. */
export const IMPORT_DESIGN_REQUEST = 'archlens/importDesign';

export interface ImportParams {
    /** A YAML file (or a folder, for the design) by URI. */
    readonly uri: string;
}

export interface DeploymentFinding {
    readonly uri: string;
    readonly range: Range;
    readonly severity: Severity;
    readonly message: string;
    readonly rule: string;
}

export type ImportReviewResult =
    | { readonly ok: true; readonly files: readonly string[]; readonly findings: readonly DeploymentFinding[] }
    | { readonly ok: false; readonly message: string };

export type ImportDesignResult =
    | { readonly ok: true; readonly name: string; readonly text: string }
    | { readonly ok: false; readonly message: string };
