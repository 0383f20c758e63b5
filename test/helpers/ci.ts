/** True when running in CI (`CI` set, and not to 0 or false), where a missing prerequisite is a failure, not a skip. */
export function inCi(): boolean {
    const value = process.env.CI;
    return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
