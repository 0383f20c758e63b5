/** What a CLI command writes to and reads from, so tests can run it in-process. */
export interface CliIo {
    readonly cwd: string;
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    /** Colour the text output (a terminal that did not ask for NO_COLOR). */
    readonly color: boolean;
    /** The clock (tests fix it); `new Date()` when left out. */
    readonly now?: () => Date;
}

/** The command could not run: exit code 2 with this message. */
export class UsageError extends Error {}

/** An option's value among the allowed ones, or a usage error that lists them: `--format must be one of text, json (got 'xml').` */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
    if (value === undefined || !(allowed as readonly string[]).includes(value)) {
        throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value ?? ''}').`);
    }
    return value as T;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;
