/**
 * The candidate's numbers: each figure the prompt expects, read from the
 * design's own whiteboard estimates (stated in `requirements` or derived
 * from them), and judged right within the prompt's tolerance — an estimate
 * within a factor of two is what an interviewer accepts.
 */
import type { Whiteboard } from '../estimates/whiteboard.js';
import type { Figure } from '../estimates/figure.js';
import type { ExpectedFigure, FigureId } from './prompt.js';

export const DEFAULT_TOLERANCE = 2;

export interface FigureResult {
    readonly expected: ExpectedFigure;
    /** The design's value, when its requirements give one. */
    readonly stated?: number;
    /** How the design's value was worked out (the whiteboard's derivation). */
    readonly derivation?: string;
    readonly met: boolean;
    readonly earned: number;
}

const WHITEBOARD_FIGURE: Readonly<Record<FigureId, (whiteboard: Whiteboard) => Figure | undefined>> = {
    peak_rps: (whiteboard) => whiteboard.peakRps,
    writes_per_second: (whiteboard) => whiteboard.writesPerSecond,
    storage_per_year: (whiteboard) => whiteboard.storagePerYear,
    egress: (whiteboard) => whiteboard.egress,
    ingress: (whiteboard) => whiteboard.ingress
};

export function checkFigures(expected: readonly ExpectedFigure[], whiteboard: Whiteboard): FigureResult[] {
    return expected.map((figure) => {
        const found = WHITEBOARD_FIGURE[figure.figure](whiteboard);
        const met = found !== undefined && withinTolerance(found.value, figure.value, figure.tolerance ?? DEFAULT_TOLERANCE);
        return { expected: figure, stated: found?.value, derivation: found?.derivation, met, earned: met ? figure.points : 0 };
    });
}

export function withinTolerance(value: number, expected: number, tolerance: number): boolean {
    return value >= expected / tolerance && value <= expected * tolerance;
}
