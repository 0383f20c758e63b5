/**
 * The variables of an env file (`env_file:`), read the way Compose reads
 * them: `KEY=value` per line, `export ` allowed before the key, `#` starting
 * a comment line (or, after a space, the rest of an unquoted value), values
 * in single quotes taken as written and in double quotes with `\n` and `\"`
 * unescaped. A line that is not an assignment is skipped: the file is
 * evidence of connections, not something to validate.
 */
export interface EnvLine {
    readonly key: string;
    readonly value: string;
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;

export function parseEnvFile(text: string): EnvLine[] {
    const lines: EnvLine[] = [];
    for (const line of text.split(/\r?\n/)) {
        const match = ASSIGNMENT.exec(line);
        if (match && !line.trimStart().startsWith('#')) {
            lines.push({ key: match[1], value: valueOf(match[2]) });
        }
    }
    return lines;
}

const DOUBLE_QUOTED = /^"((?:[^"\\]|\\.)*)"/;
const SINGLE_QUOTED = /^'([^']*)'/;

function valueOf(raw: string): string {
    const trimmed = raw.trim();
    const double = DOUBLE_QUOTED.exec(trimmed);
    if (double) {
        return double[1].replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
    }
    const single = SINGLE_QUOTED.exec(trimmed);
    if (single) {
        return single[1];
    }
    const comment = trimmed.search(/\s#/);
    return (comment >= 0 ? trimmed.slice(0, comment) : trimmed).trim();
}
