/**
 * The report's estimates: what the design reaches against its requirements,
 * the whiteboard figures, a table per component and, folded away, the
 * arithmetic behind every figure.
 */
import type { ComponentEstimate, DesignEstimates } from '../estimates/estimate-design.js';
import { type EstimateRow, componentRows, dataLossRows, designRows } from '../estimates/estimate-text.js';
import { percent, rate, seconds, share } from '../estimates/figure.js';
import { table } from '../docs/markdown.js';
import { inlineText } from '../util/escape/markdown.js';

export function estimatesSection(estimates: DesignEstimates): string {
    const design = designRows(estimates);
    const components = [...estimates.components.values()].filter((estimate) => estimate.component.kind !== 'client' && !estimate.component.foreign);
    if (components.length === 0) {
        return 'Nothing to estimate: the design has no component.';
    }
    const loss = dataLossRows(estimates);
    return [
        estimates.entry ? '' : '*The requirements state no `peak_rps` (nor `daily_active` with `requests_per_user`): load and utilisation are not estimated.*',
        design.length > 0 ? `### The design\n\n${rowTable(design)}` : '',
        `### Per component\n\n${componentTable(components)}`,
        loss.length > 0 ? `### Data loss in a disaster\n\n${rowTable(loss, 'Store')}` : '',
        derivations(components)
    ].filter((block) => block.length > 0).join('\n\n');
}

function rowTable(rows: readonly EstimateRow[], first = 'Figure'): string {
    return table([first, 'Estimate', 'Requirement', 'How'], rows.map((row) => [inlineText(row.label), inlineText(row.value), row.verdict ? inlineText(row.verdict) : '—', inlineText(row.derivation ?? '')]));
}

function componentTable(components: readonly ComponentEstimate[]): string {
    return table(['Component', 'Load at peak', 'Capacity', 'Utilisation', 'Availability', 'Latency'], components.map((estimate) => [
        inlineText(`${estimate.component.name} (${estimate.component.kind})`),
        estimate.load ? rate(estimate.load.total.value) : '—',
        estimate.capacity ? rate(estimate.capacity.value) : estimate.load ? 'elastic' : '—',
        estimate.utilisation ? utilisation(estimate.utilisation.value) : '—',
        percent(estimate.availability.value),
        seconds(estimate.latency.value)
    ]));
}

/** Over capacity stands out. */
function utilisation(value: number): string {
    return value > 1 ? `**${share(value)}**` : share(value);
}

function derivations(components: readonly ComponentEstimate[]): string {
    const lines = components.flatMap((estimate) => [
        `**${inlineText(estimate.component.name)}**`,
        '',
        ...componentRows(estimate).map((row) => `- ${inlineText(row.label)}: ${inlineText(row.value)}${row.derivation ? ` — ${inlineText(row.derivation)}` : ''}`),
        ''
    ]);
    return ['<details><summary>How each figure was derived</summary>', '', ...lines, '</details>'].join('\n');
}
