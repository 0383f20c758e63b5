/**
 * How much recent data a store can lose, by the best way it can be
 * recovered: a copy in another region (synchronous replication loses
 * nothing, asynchronous loses what had not shipped yet) or its backups (a
 * snapshot loses up to one interval, point-in-time recovery a few minutes).
 */
import type { Component, Design } from '../model/design.js';
import { indexOf } from '../model/design-index.js';
import { drDeclaration } from '../model/regions.js';
import type { EstimateSettings } from './estimate-defaults.js';
import { type Figure, figure, seconds } from './figure.js';

/** Asynchronous replication lags by seconds: more than nothing, less than any stated interval. */
const REPLICATION_LAG = 1;
const DEFAULT_SNAPSHOT_INTERVAL = 86_400;

export interface DataLoss {
    readonly store: Component;
    readonly loss: Figure;
}

export function dataLossOf(design: Design, settings: EstimateSettings): DataLoss[] {
    const crossRegion = drDeclaration(design) !== undefined;
    return indexOf(design).ofKind('database', 'storage', 'search', 'queue')
        .map((store) => ({ store, sources: recoverySources(store, crossRegion, settings) }))
        .filter(({ sources }) => sources.length > 0)
        .map(({ store, sources }) => {
            const best = sources.reduce((least, source) => (source.value < least.value ? source : least));
            const others = sources.filter((source) => source !== best).map((source) => source.derivation);
            return { store, loss: figure(best.value, `${best.derivation}${others.length > 0 ? ` (better than: ${others.join('; ')})` : ''}`, best) };
        });
}

function recoverySources(store: Component, crossRegion: boolean, settings: EstimateSettings): Figure[] {
    const sources: Figure[] = [];
    const replication = store.properties.entry('replication');
    if (crossRegion && replication && typeof replication.value === 'string' && replication.value !== 'none') {
        sources.push(replication.value === 'sync'
            ? figure(0, 'a synchronous copy in another region loses nothing')
            : figure(REPLICATION_LAG, `${replication.value} replication to another region loses the writes not yet shipped (seconds)`));
    }
    const backup = store.properties.block('backup');
    const mode = typeof backup?.mode === 'string' ? backup.mode : backup ? 'snapshot' : undefined;
    if (mode === 'snapshot') {
        const stated = typeof backup?.interval === 'number';
        const interval = stated ? Number(backup?.interval) : DEFAULT_SNAPSHOT_INTERVAL;
        const assumptions = stated ? [] : [{ element: store.name, text: `${store.name} takes a snapshot once a day (no interval given)`, settle: 'backup.interval' }];
        sources.push(figure(interval, `snapshots every ${seconds(interval)} lose up to ${seconds(interval)}`, { assumptions }));
    } else if (mode === 'pitr' || mode === 'continuous') {
        sources.push(figure(settings.continuousBackupLag, `${mode === 'pitr' ? 'point-in-time recovery' : 'continuous backup'} restores to within about ${seconds(settings.continuousBackupLag)}`));
    }
    return sources;
}
