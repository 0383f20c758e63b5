/**
 * The plain lines each test suite ends with: a heading naming the suite and
 * what it skipped, then the count alone on the last line,
 *
 *     mocha (1 skipped):
 *     1443 passed, 0 failed
 *
 * CI's record reads the last line as it is, with nothing before or after the
 * counts on it, so the suite's name and its skips go on the line above.
 */
export interface Tally {
    readonly passed: number;
    readonly failed: number;
    readonly skipped: number;
}

export function closingLine(suite: string, tally: Tally): string {
    return `${suite} (${tally.skipped} skipped):\n${tally.passed} passed, ${tally.failed} failed`;
}
