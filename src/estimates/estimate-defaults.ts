/**
 * The defaults the estimator falls back on when neither the component nor
 * its engine says: per kind, one instance's capacity, availability and
 * latency, and a few design-wide figures. docs/estimates.md shows this table
 * with where each figure comes from; `.archlens.json` can override it.
 */
import type { ComponentKind } from '../model/design.js';

export interface KindDefaults {
    /** Requests per second one instance serves; undefined when the kind is elastic or not on the data path. */
    readonly capacityRps?: number;
    /** Availability of one instance. */
    readonly availability: number;
    /** Seconds one request spends in it. */
    readonly latency: number;
}

/** AWS EC2 Instance-Level SLA: one instance, 99.5% monthly uptime. */
const ONE_INSTANCE = 0.995;

export const KIND_DEFAULTS: Readonly<Record<ComponentKind, KindDefaults>> = {
    client: { availability: 1, latency: 0 },
    external: { availability: 0.999, latency: 0.1 },
    dns: { availability: 0.9999, latency: 0 },
    cdn: { availability: 0.999, latency: 0.02 },
    loadbalancer: { capacityRps: 10_000, availability: ONE_INSTANCE, latency: 0.001 },
    gateway: { capacityRps: 5_000, availability: ONE_INSTANCE, latency: 0.002 },
    service: { capacityRps: 1_000, availability: ONE_INSTANCE, latency: 0.01 },
    worker: { capacityRps: 1_000, availability: ONE_INSTANCE, latency: 0.01 },
    function: { capacityRps: 1_000, availability: 0.9995, latency: 0.02 },
    database: { capacityRps: 5_000, availability: ONE_INSTANCE, latency: 0.005 },
    cache: { capacityRps: 50_000, availability: ONE_INSTANCE, latency: 0.001 },
    queue: { capacityRps: 10_000, availability: ONE_INSTANCE, latency: 0.005 },
    storage: { availability: 0.999, latency: 0.05 },
    search: { capacityRps: 2_000, availability: ONE_INSTANCE, latency: 0.02 },
    coordinator: { capacityRps: 5_000, availability: ONE_INSTANCE, latency: 0.005 },
    idp: { capacityRps: 1_000, availability: ONE_INSTANCE, latency: 0.02 },
    monitoring: { availability: ONE_INSTANCE, latency: 0 },
    logging: { availability: ONE_INSTANCE, latency: 0 }
};

export interface EstimateSettings {
    readonly kinds: Readonly<Record<ComponentKind, KindDefaults>>;
    /** Round trip added by a connection with `crosses_region: true`. */
    readonly crossRegionLatency: number;
    /** Share of reads a cache serves when it does not state `hit_ratio`. */
    readonly cacheHitRatio: number;
    /** Peak over average load, to derive the peak from daily actives. */
    readonly peakFactor: number;
    /** How long a point-in-time restore may lag the last write (continuous backups). */
    readonly continuousBackupLag: number;
}

export const DEFAULT_ESTIMATE_SETTINGS: EstimateSettings = {
    kinds: KIND_DEFAULTS,
    crossRegionLatency: 0.08,
    cacheHitRatio: 0.8,
    peakFactor: 2,
    continuousBackupLag: 300
};

/** Seconds in a day, and the month a candidate rounds to (≈ 2.5 million seconds). */
export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_MONTH = 2_500_000;
export const DAYS_PER_YEAR = 365;
