/**
 * The estimates a change moved (pr-review.md, "archlens diff"): availability
 * of the weakest client path, latency of the slowest synchronous path, each
 * component's share of its capacity (the headroom), and each store's
 * data-loss window, before and after. A figure counts as moved when it reads
 * differently at the precision the report prints, so floating-point noise
 * never shows; a figure that rests on a default says so, since a reviewer
 * weighs an assumed drop less than a stated one. Shares of capacity count
 * only from half of the capacity up (WATCHED_SHARE).
 */
import type { DesignEstimates } from '../estimates/estimate-design.js';
import { lossText, pathText } from '../estimates/estimate-text.js';
import { type Figure, figure, percent, seconds, share } from '../estimates/figure.js';
import { indexOf } from '../model/design-index.js';

export type EstimateMeasure = 'availability' | 'latency' | 'utilisation' | 'data-loss';

export interface EstimateMove {
    readonly measure: EstimateMeasure;
    /** The component, for utilisation and data loss (its head name). */
    readonly element?: string;
    /** What the figure is, in words: `availability of the weakest client path (Web → Api → Db)`. */
    readonly label: string;
    /** As printed; absent on the side where the figure does not exist. */
    readonly before?: string;
    readonly after?: string;
    /** True when the change made it worse (less available, slower, fuller, more data lost). */
    readonly worse: boolean;
    /** Either side rests on an estimator default. */
    readonly assumed: boolean;
}

/** A figure on one side, with the number that orders it and its text. */
interface Reading {
    readonly value: number;
    readonly text: string;
    readonly figure: Figure;
    readonly path?: string;
}

/**
 * A component's share of capacity is worth a reviewer's eye only once it
 * uses half of what it has on either side: a move from 2% to 4% is the load
 * model following an edit, not a change in headroom.
 */
export const WATCHED_SHARE = 0.5;

/** Higher is better for availability only. */
const HIGHER_IS_BETTER: Readonly<Record<EstimateMeasure, boolean>> = { availability: true, latency: false, utilisation: false, 'data-loss': false };

/** The moves between two designs' estimates; `renamed` maps base component names to head ones. */
export function estimateMoves(base: DesignEstimates | undefined, head: DesignEstimates | undefined, renamed: ReadonlyMap<string, string> = new Map()): EstimateMove[] {
    const moves: EstimateMove[] = [];
    const add = (measure: EstimateMeasure, label: string, before: Reading | undefined, after: Reading | undefined, element?: string): void => {
        const move = moveOf(measure, label, before, after, element);
        if (move) {
            moves.push(move);
        }
    };
    add('availability', 'availability of the weakest client path', pathReading(base?.availability, percent), pathReading(head?.availability, percent));
    add('latency', 'latency of the slowest synchronous path', pathReading(base?.latency, seconds), pathReading(head?.latency, seconds));
    for (const [name, [before, after]] of pairs(utilisations(base), utilisations(head), renamed)) {
        if (Math.max(before.value, after.value) < WATCHED_SHARE) {
            continue;
        }
        add('utilisation', `${name}: share of capacity at peak`, before, after, name);
    }
    for (const [name, [before, after]] of pairs(dataLosses(base), dataLosses(head), renamed)) {
        add('data-loss', `${name}: data lost in a disaster`, before, after, name);
    }
    return moves;
}

function moveOf(measure: EstimateMeasure, label: string, before: Reading | undefined, after: Reading | undefined, element?: string): EstimateMove | undefined {
    if (before?.text === after?.text) {
        return undefined;
    }
    const worse = before !== undefined && after !== undefined && (HIGHER_IS_BETTER[measure] ? after.value < before.value : after.value > before.value);
    const path = after?.path ?? before?.path;
    return {
        measure,
        ...(element !== undefined ? { element } : {}),
        label: path !== undefined ? `${label} (${path})` : label,
        ...(before ? { before: before.text } : {}),
        ...(after ? { after: after.text } : {}),
        worse,
        assumed: before?.figure.basis === 'assumed' || after?.figure.basis === 'assumed'
    };
}

function pathReading(estimate: DesignEstimates['availability'], format: (value: number) => string): Reading | undefined {
    return estimate ? { value: estimate.value.value, text: format(estimate.value.value), figure: estimate.value, path: pathText(estimate) } : undefined;
}

function utilisations(estimates: DesignEstimates | undefined): Map<string, Reading> {
    const readings = new Map<string, Reading>();
    for (const [component, estimate] of estimates?.components ?? new Map()) {
        if (estimate.utilisation && !component.foreign) {
            readings.set(component.name, { value: estimate.utilisation.value, text: share(estimate.utilisation.value), figure: estimate.utilisation });
        }
    }
    return readings;
}

/**
 * Each store's data-loss window; a store with no way to recover (no backup,
 * no copy in another region) could lose everything, so losing its last
 * backup is a move for the worse, not a figure that disappears.
 */
function dataLosses(estimates: DesignEstimates | undefined): Map<string, Reading> {
    const readings = new Map<string, Reading>();
    if (!estimates) {
        return readings;
    }
    for (const store of indexOf(estimates.design).ofKind(...RECOVERABLE_KINDS).filter((candidate) => !candidate.foreign)) {
        readings.set(store.name, UNRECOVERABLE);
    }
    for (const { store, loss } of estimates.dataLoss) {
        if (!store.foreign) {
            readings.set(store.name, { value: loss.value, text: lossText(loss.value), figure: loss });
        }
    }
    return readings;
}

/** The kinds dataLossOf estimates. */
const RECOVERABLE_KINDS = ['database', 'storage', 'search', 'queue'] as const;

const UNRECOVERABLE: Reading = { value: Number.POSITIVE_INFINITY, text: 'everything (nothing to recover from)', figure: figure(Number.POSITIVE_INFINITY, 'no backup and no copy in another region') };

/**
 * Readings of the same component on both sides (base names mapped through
 * renames), keyed by the head name, sorted. A component on one side only is
 * left out: the diff lists it as added or removed already.
 */
function pairs(base: ReadonlyMap<string, Reading>, head: ReadonlyMap<string, Reading>, renamed: ReadonlyMap<string, string>): [string, [Reading, Reading]][] {
    const before = new Map([...base].map(([name, reading]) => [renamed.get(name) ?? name, reading]));
    return [...head]
        .flatMap(([name, after]): [string, [Reading, Reading]][] => {
            const earlier = before.get(name);
            return earlier ? [[name, [earlier, after]]] : [];
        })
        .sort(([a], [b]) => a.localeCompare(b));
}

