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

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;
