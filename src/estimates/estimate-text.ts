/**
 * The estimates as rows of label, value and derivation: one source for the
 * editor (code lens, hovers) and the review report, which only lay the rows
 * out differently.
 */
import type { Design } from '../model/design.js';
import { formatPercent } from '../model/units.js';
import { reachesAvailability } from './availability.js';
import type { ComponentEstimate, DesignEstimates, PathEstimate } from './estimate-design.js';
import { type Figure, percent, rate, seconds, share } from './figure.js';
import { bytes } from './whiteboard.js';

export interface EstimateRow {
    readonly label: string;
    readonly value: string;
    /** The arithmetic behind the value, when there is any. */
    readonly derivation?: string;
    /** How the value compares with what the design requires, e.g. `target 99.99%: not reached`. */
    readonly verdict?: string;
    /** The defaults the value rests on, each with the property that would settle it, e.g. `one service instance serves 1k/s (the service default; state capacity_rps)`. */
    readonly assumed?: readonly string[];
}

/** One line for a code lens: `≈ 3.96k rps · 20% of capacity · 99.99% available`. */
export function estimateLine(estimate: ComponentEstimate): string {
    const parts: string[] = [];
    if (estimate.load) {
        parts.push(`≈ ${rps(estimate.load.total.value)}`);
        if (estimate.utilisation) {
            parts.push(`${share(estimate.utilisation.value)} of capacity`);
        }
    }
    parts.push(`${percent(estimate.availability.value)} available`);
    if (!estimate.load && estimate.latency.value > 0) {
        parts.push(seconds(estimate.latency.value));
    }
    return parts.join(' · ');
}

export function componentRows(estimate: ComponentEstimate): EstimateRow[] {
    const rows: EstimateRow[] = [];
    const { load } = estimate;
    if (load) {
        rows.push(row('Load at peak', `${rps(load.total.value)} (${rate(load.reads)} reads, ${rate(load.writes)} writes)`, load.total));
    }
    if (estimate.capacity) {
        rows.push(row('Capacity', rps(estimate.capacity.value), estimate.capacity));
    }
    if (load && estimate.writeCapacity) {
        rows.push(row('Write capacity', `${rate(estimate.writeCapacity.value)} writes`, estimate.writeCapacity));
    }
    if (estimate.utilisation) {
        rows.push(row('Utilisation', share(estimate.utilisation.value), estimate.utilisation));
    } else if (load && !estimate.capacity) {
        rows.push({ label: 'Utilisation', value: 'elastic (no fixed capacity)' });
    }
    rows.push(row('Availability', percent(estimate.availability.value), estimate.availability));
    rows.push(row('Latency', seconds(estimate.latency.value), estimate.latency));
    return rows;
}

/** The design-level results: what the design reaches against what it requires, then the whiteboard figures. */
export function designRows(estimates: DesignEstimates): EstimateRow[] {
    return [...requirementRows(estimates), ...whiteboardRows(estimates)];
}

function requirementRows(estimates: DesignEstimates): EstimateRow[] {
    const { design, availability, latency } = estimates;
    const requirements = design.settings.requirements?.properties;
    const rows: EstimateRow[] = [];
    if (availability) {
        const target = requirements?.number('availability');
        rows.push({
            ...row('Availability (weakest client path)', percent(availability.value.value), availability.value),
            verdict: target === undefined ? undefined : `target ${formatPercent(target)}: ${reached(availability.value.value, target)}`
        });
    }
    if (latency) {
        const budget = requirements?.number('latency_p99');
        rows.push({
            ...row('Latency (slowest synchronous path)', seconds(latency.value.value), latency.value),
            verdict: budget === undefined ? undefined : `p99 budget ${seconds(budget)}: ${latency.value.value <= budget ? 'within' : 'over'}`
        });
    }
    const worstLoss = [...estimates.dataLoss].sort((a, b) => b.loss.value - a.loss.value)[0];
    if (worstLoss) {
        const rpo = design.settings.deployment?.properties.number('rpo');
        rows.push({
            ...row(`Data loss in a disaster (worst: ${worstLoss.store.name})`, lossText(worstLoss.loss.value), worstLoss.loss),
            verdict: rpo === undefined ? undefined : `RPO ${seconds(rpo)}: ${worstLoss.loss.value <= rpo ? 'met' : 'not met'}`
        });
    }
    return rows;
}

function whiteboardRows({ whiteboard }: DesignEstimates): EstimateRow[] {
    const entries: [string, Figure | undefined, (value: number) => string][] = [
        ['Average requests', whiteboard.averageRps, rps],
        ['Peak requests', whiteboard.peakRps, rps],
        ['Requests per month', whiteboard.requestsPerMonth, (value) => `≈ ${compact(value)}`],
        ['Writes', whiteboard.writesPerSecond, rate],
        ['Storage per year', whiteboard.storagePerYear, bytes],
        ['Bandwidth in', whiteboard.ingress, (value) => `${bytes(value)}/s`],
        ['Bandwidth out', whiteboard.egress, (value) => `${bytes(value)}/s`]
    ];
    return entries.flatMap(([label, value, format]) => (value ? [row(label, format(value.value), value)] : []));
}

/** All data-loss rows of a design, one per store, for the report. */
export function dataLossRows(estimates: DesignEstimates): EstimateRow[] {
    return estimates.dataLoss.map(({ store, loss }) => row(store.name, lossText(loss.value), loss));
}

/** Whether the design states anything the estimator can work from. */
export function hasEstimates(design: Design, estimates: DesignEstimates): boolean {
    return design.components.length > 0 && (estimates.entry !== undefined || estimates.availability !== undefined || estimates.dataLoss.length > 0);
}

function row(label: string, value: string, source: Figure): EstimateRow {
    const assumed = (source.assumptions ?? []).map((assumption) => `${assumption.text}; state ${assumption.settle}${assumption.element ? ` on ${assumption.element}` : ''}`);
    return assumed.length > 0 ? { label, value, derivation: source.derivation, assumed } : { label, value, derivation: source.derivation };
}

function reached(value: number, target: number): string {
    return reachesAvailability(value, target) ? 'reached' : 'not reached';
}

function rps(value: number): string {
    return `${rate(value).replace('/s', '')} rps`;
}

function compact(value: number): string {
    return rate(value).replace('/s', '');
}

/** A data-loss window as the report words it: `nothing`, `seconds`, `up to 1d`. */
export function lossText(value: number): string {
    if (value === 0) {
        return 'nothing';
    }
    return value < 60 ? 'seconds' : `up to ${seconds(value)}`;
}

/** A request path as a reviewer writes it, from the client: `Mobile → Web → Db`. */
export function pathText(estimate: PathEstimate): string {
    return [estimate.client, ...estimate.path].map((component) => component.name).join(' → ');
}
