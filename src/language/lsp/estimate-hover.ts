/** The estimates in a hover: each figure in bold with the arithmetic behind it. */
import type { ComponentEstimate, DesignEstimates } from '../../estimates/estimate-design.js';
import { type EstimateRow, componentRows, designRows } from '../../estimates/estimate-text.js';
import { inlineText } from '../../util/escape/markdown.js';

export function componentEstimateHover(estimate: ComponentEstimate): string {
    return section('Estimates', componentRows(estimate));
}

/** What the design reaches against its requirements; undefined when there is nothing to estimate. */
export function designEstimateHover(estimates: DesignEstimates): string | undefined {
    const rows = designRows(estimates);
    return rows.length > 0 ? section(`Estimates for ${inlineText(estimates.design.name)}`, rows) : undefined;
}

function section(heading: string, rows: readonly EstimateRow[]): string {
    return [`**${heading}**`, '', ...rows.map(bullet)].join('\n');
}

function bullet(row: EstimateRow): string {
    const verdict = row.verdict ? ` (${inlineText(row.verdict)})` : '';
    const derivation = row.derivation ? ` — ${inlineText(row.derivation)}` : '';
    const assumed = (row.assumed ?? []).map((text) => `\n  - _assumed:_ ${inlineText(text)}`).join('');
    return `- ${inlineText(row.label)}: **${inlineText(row.value)}**${verdict}${derivation}${assumed}`;
}
