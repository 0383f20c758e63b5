/**
 * Compose's variable interpolation, read without an environment: an import
 * runs where the variables are not set, so `${TAG:-16}` takes its default,
 * `$$` is a dollar sign, and a variable with no default is left unresolved
 * (and said to be): a value built from one is not evidence of anything.
 */
export interface Interpolated {
    readonly text: string;
    /** The variables the value needed and had no default for. */
    readonly unresolved: readonly string[];
}

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function interpolate(value: string): Interpolated {
    const unresolved: string[] = [];
    const text = value.replace(VARIABLE, (whole: string, braced?: string, operator?: string, fallback?: string, bare?: string) => {
        if (whole === '$$') {
            return '$';
        }
        const name = braced ?? bare ?? '';
        if (operator === ':-' || operator === '-') {
            return interpolate(fallback ?? '').text;
        }
        // `:+`/`+` give their text only when the variable is set, which here it is not.
        if (operator === ':+' || operator === '+') {
            return '';
        }
        unresolved.push(name);
        return '';
    });
    return { text, unresolved };
}
