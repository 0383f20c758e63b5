/**
 * How much data a design keeps, from what it states: its daily growth
 * (`requirements.storage_growth`) over its retention (`requirements.retention`,
 * else a year, an assumption), and the space its stores state (`storage`).
 * data/storage-growth weighs the one against the other; cache/no-eviction-policy
 * asks whether a cache can fill from it.
 */
import type { Component, Design } from '../../model/design.js';
import type { Assumption } from '../../model/finding.js';
import { bytes } from '../../estimates/whiteboard.js';

const DAY = 86_400;
/** The horizon when no retention is stated: a year, the span capacity plans are made for. */
export const YEAR_DAYS = 365;

export interface RetainedData {
    /** Bytes kept at the end of the horizon. */
    readonly size: number;
    /** Bytes added a day. */
    readonly growth: number;
    /** The stated retention in seconds; undefined when a year is assumed. */
    readonly retention?: number;
    /** The assumption made when no retention is stated. */
    readonly assumption?: Assumption;
}

/** The design's daily growth over its retention; undefined when it states no growth. */
export function retainedData(design: Design): RetainedData | undefined {
    const requirements = design.settings.requirements?.properties;
    const growth = requirements?.number('storage_growth');
    if (growth === undefined || growth <= 0) {
        return undefined;
    }
    const retention = requirements?.number('retention');
    const size = growth * (retention === undefined ? YEAR_DAYS : retention / DAY);
    return retention === undefined
        ? { size, growth, assumption: { text: `data is kept for a year (${bytes(size)} at ${bytes(growth)} a day)`, settle: 'requirements.retention' } }
        : { size, growth, retention };
}

/** The stores that state their `storage`, and the space they state together. */
export function statedStorage(stores: readonly Component[]): { readonly sized: readonly Component[]; readonly size: number } {
    const sized = stores.filter((store) => store.properties.number('storage') !== undefined);
    return { sized, size: sized.reduce((sum, store) => sum + (store.properties.number('storage') ?? 0), 0) };
}
