/**
 * What a Compose service says about itself that the review reads: replicas,
 * memory limits, its health check, and whether a store's data outlives its
 * container.
 */
import type { ImportedProperty } from '../imported-system.js';
import type { ComposeService } from './compose-project.js';
import { mountsOf } from './compose-volumes.js';

export function replicasOf(service: ComposeService): ImportedProperty[] {
    const replicas = service.nested(['deploy', 'replicas']) ?? service.node('scale');
    const count = replicas ? replicas.layer.reader.number(replicas.value) : undefined;
    if (replicas && count !== undefined) {
        return [{ key: 'replicas', value: count, from: replicas.from }];
    }
    const mode = service.nested(['deploy', 'mode']);
    return mode && mode.layer.reader.text(mode.value) === 'global'
        ? [{ key: 'replicas', value: { word: 'many' }, from: mode.from, guess: '`deploy.mode: global` runs one container on every node: several, the count is the cluster\'s' }]
        : [];
}

/** A memory limit the file sets; none written is left unsaid (development files rarely set one). */
export function limitsOf(service: ComposeService): ImportedProperty[] {
    const limit = service.nested(['deploy', 'resources', 'limits', 'memory']) ?? service.node('mem_limit');
    return limit ? [{ key: 'resource_limits', value: true, from: limit.from }] : [];
}

export function healthOf(service: ComposeService): ImportedProperty[] {
    const check = service.node('healthcheck');
    if (!check) {
        return [];
    }
    const reader = check.layer.reader;
    const disabled = reader.text(reader.get(check.value, 'disable')) === 'true' || reader.items(reader.get(check.value, 'test')).map((item) => reader.text(item))[0] === 'NONE';
    return [{ key: 'health_check', value: !disabled, from: check.from }];
}

export function volumeOf(service: ComposeService, dataPath: string): ImportedProperty[] {
    const covering = mountsOf(service).filter((mount) => mount.target === dataPath || dataPath.startsWith(`${mount.target}/`) || mount.target.startsWith(`${dataPath}/`));
    const kept = covering.find((mount) => mount.persistent);
    if (kept) {
        return [{ key: 'volume', value: { word: 'persistent' }, from: kept.from }];
    }
    const from = covering[0]?.from ?? service.node('image')?.from ?? service.from;
    const why = covering.length > 0 ? `the mount at ${covering[0].target} is ${covering[0].type}` : `no volume is mounted at ${dataPath}, where the image keeps its data`;
    return [{ key: 'volume', value: { word: 'ephemeral' }, from, note: `${why}: the data lives and dies with the container` }];
}

/**
 * Where the store keeps its data is not known (its image is not in the table,
 * or its engine is a guess), but with no named volume or host folder mounted
 * anywhere, whatever it keeps is in the container.
 */
export function volumeAnywhere(service: ComposeService): ImportedProperty[] {
    const mounts = mountsOf(service);
    if (mounts.some((mount) => mount.persistent)) {
        return [];
    }
    return [{ key: 'volume', value: { word: 'ephemeral' }, from: mounts[0]?.from ?? service.node('image')?.from ?? service.from, note: 'no named volume or host folder is mounted at all: whatever it keeps lives and dies with the container' }];
}
