/**
 * The inputs of the GitHub Action (action.yml at the repository's root), as
 * the runner hands them to a JavaScript action: `INPUT_<NAME>` environment
 * variables, the name upper-cased with spaces turned to underscores (dashes
 * stay). action.yml declares the same names and defaults; a test holds the
 * two together.
 */
export const ACTION_INPUTS = {
    /** Files or folders to review, separated by spaces or new lines. */
    paths: '.',
    /** The ref to compare with; empty: the pull request's base, or the commit before a push. */
    base: '',
    /** The lowest severity of an introduced finding that fails the step (`never`: none does). */
    'fail-on': 'error',
    /** Where to write the SARIF report of the whole review. */
    sarif: 'archlens.sarif',
    /** Where to write the Markdown diff against the base. */
    diff: 'archlens-diff.md',
    /** A baseline file for the SARIF report (`archlens check --baseline`); empty: the one `.archlens.json` names, if any. */
    baseline: '',
    /** A `.archlens.json` for every design; empty: each design's nearest. */
    config: ''
} as const;

export type ActionInputName = keyof typeof ACTION_INPUTS;

export type ActionInputs = { readonly [Name in ActionInputName]: string };

/** The inputs from the environment, each trimmed, a missing or blank one at its default. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
    const entries = (Object.keys(ACTION_INPUTS) as ActionInputName[]).map((name) => [name, env[inputVariable(name)]?.trim() || ACTION_INPUTS[name]] as const);
    return Object.fromEntries(entries) as ActionInputs;
}

export function inputVariable(name: string): string {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** `designs/ services/compose.yaml` or one per line: the paths, in order. */
export function splitPaths(value: string): string[] {
    return value.split(/\s+/).filter((item) => item.length > 0);
}
