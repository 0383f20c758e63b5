/**
 * The `estimates` block of `.archlens.json`: the defaults the estimator uses
 * (per kind, and design-wide figures), written as in `.arch` files
 * ("2k", "99.9%", "20ms").
 */
import { DEFAULT_ESTIMATE_SETTINGS, type EstimateSettings, type KindDefaults } from '../estimates/estimate-defaults.js';
import type { ComponentKind } from '../model/design.js';
import { COMPONENT_KINDS } from '../model/design.js';
import { parseQuantity, UNIT_EXAMPLES, type UnitKind, unitFits } from '../model/units.js';

type Quantity = number | string;

export interface RawEstimates {
    readonly kinds?: Readonly<Record<string, Readonly<{ capacity_rps?: Quantity; availability?: Quantity; latency?: Quantity }>>>;
    readonly cross_region_latency?: Quantity;
    readonly cache_hit_ratio?: Quantity;
    readonly peak_factor?: number;
    readonly continuous_backup_lag?: Quantity;
}

const QUANTITY = { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?([A-Za-z]+|%)?$' }] };

export const ESTIMATES_SCHEMA = {
    type: 'object',
    description: 'Defaults of the estimator (docs/estimates.md), written as in .arch files.',
    properties: {
        kinds: {
            type: 'object',
            description: 'Per kind: one instance\'s capacity (requests/s), availability and latency.',
            propertyNames: { enum: [...COMPONENT_KINDS] },
            additionalProperties: {
                type: 'object',
                properties: {
                    capacity_rps: { ...QUANTITY, description: 'Requests per second one instance serves, e.g. "2k".' },
                    availability: { ...QUANTITY, description: 'Availability of one instance, e.g. "99.9%".' },
                    latency: { ...QUANTITY, description: 'Time one request spends in it, e.g. "20ms".' }
                },
                additionalProperties: false
            }
        },
        cross_region_latency: { ...QUANTITY, description: 'Added by a connection with crosses_region: true, e.g. "80ms".' },
        cache_hit_ratio: { ...QUANTITY, description: 'Hit ratio of a cache that states none, e.g. "80%".' },
        peak_factor: { type: 'number', minimum: 1, description: 'Peak over average load, to derive the peak from daily actives.' },
        continuous_backup_lag: { ...QUANTITY, description: 'How far behind a point-in-time restore may be, e.g. "5m".' }
    },
    additionalProperties: false
} as const;

export interface EstimateConfigProblem {
    readonly path: readonly string[];
    readonly message: string;
}

export function toEstimateSettings(raw: RawEstimates | undefined): { settings: EstimateSettings; problems: EstimateConfigProblem[] } {
    if (!raw) {
        return { settings: DEFAULT_ESTIMATE_SETTINGS, problems: [] };
    }
    const problems: EstimateConfigProblem[] = [];
    const read = (value: Quantity | undefined, unit: UnitKind, path: string[]): number | undefined => {
        if (value === undefined) {
            return undefined;
        }
        const parsed = parseQuantity(String(value));
        if (!parsed.ok || !unitFits(unit, parsed.quantity)) {
            problems.push({ path, message: `${path.join('.')} expects a ${unit} (${UNIT_EXAMPLES[unit]}), not '${value}'.` });
            return undefined;
        }
        return parsed.quantity.value;
    };
    const kinds: Record<ComponentKind, KindDefaults> = { ...DEFAULT_ESTIMATE_SETTINGS.kinds };
    for (const [kind, values] of Object.entries(raw.kinds ?? {}) as [ComponentKind, NonNullable<RawEstimates['kinds']>[string]][]) {
        const base = kinds[kind];
        kinds[kind] = {
            capacityRps: read(values.capacity_rps, 'count', ['estimates', 'kinds', kind, 'capacity_rps']) ?? base.capacityRps,
            availability: read(values.availability, 'percent', ['estimates', 'kinds', kind, 'availability']) ?? base.availability,
            latency: read(values.latency, 'duration', ['estimates', 'kinds', kind, 'latency']) ?? base.latency
        };
    }
    const settings: EstimateSettings = {
        kinds,
        crossRegionLatency: read(raw.cross_region_latency, 'duration', ['estimates', 'cross_region_latency']) ?? DEFAULT_ESTIMATE_SETTINGS.crossRegionLatency,
        cacheHitRatio: read(raw.cache_hit_ratio, 'percent', ['estimates', 'cache_hit_ratio']) ?? DEFAULT_ESTIMATE_SETTINGS.cacheHitRatio,
        peakFactor: raw.peak_factor ?? DEFAULT_ESTIMATE_SETTINGS.peakFactor,
        continuousBackupLag: read(raw.continuous_backup_lag, 'duration', ['estimates', 'continuous_backup_lag']) ?? DEFAULT_ESTIMATE_SETTINGS.continuousBackupLag
    };
    return { settings, problems };
}
