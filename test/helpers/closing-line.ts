/**
 * The plain last line each test suite prints (`mocha: 1443 passed, 0 failed,
 * 1 skipped`), alone on its line, so that a log shows what ran at a glance
 * and tools can read it without knowing each runner's own summary.
 */
export interface Tally {
    readonly passed: number;
    readonly failed: number;
    readonly skipped: number;
}

export function closingLine(suite: string, tally: Tally): string {
    return `${suite}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`;
}
