/**
 * Files of the test workspace: a copy of samples/ plus test/e2e/workspace/
 * (see test/e2e/prepare.ts). Free of `vscode`: the harness reads it too.
 */
export const WORKSPACE_FILES = {
    firstDraft: 'spec/first-draft.arch',
    badConfigDesign: 'bad-config/design.arch',
    badConfig: 'bad-config/.archlens.json',
    compose: 'deploy/compose.yaml',
    /** Committed at HEAD of the workspace's repository (test/e2e/prepare.ts). */
    compare: 'compare/checkout.arch'
} as const;
