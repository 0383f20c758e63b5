/** The downtime an availability target allows, in words for messages ("21.6 minutes"). */

const MONTH_SECONDS = 30 * 86_400;
const YEAR_SECONDS = 365 * 86_400;

export function downtimePerMonth(target: number): string {
    return spanInWords((1 - target) * MONTH_SECONDS);
}

export function downtimePerYear(target: number): string {
    return spanInWords((1 - target) * YEAR_SECONDS);
}

function spanInWords(seconds: number): string {
    if (seconds < 120) {
        return `${oneDecimal(seconds)} seconds`;
    }
    if (seconds < 2 * 3_600) {
        return `${oneDecimal(seconds / 60)} minutes`;
    }
    return `${oneDecimal(seconds / 3_600)} hours`;
}

function oneDecimal(value: number): number {
    return Number.parseFloat(value.toFixed(1));
}
