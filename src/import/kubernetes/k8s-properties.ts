/**
 * What a Kubernetes workload says about itself that the review reads:
 * replicas and autoscaling, probes, memory limits, whether a store's data
 * outlives its pod, zone spread, its disruption budget, ports opened outside
 * the cluster and settings written as plain text.
 */
import type { ImportedProperty, Provenance } from '../imported-system.js';
import { plainSecrets } from '../secrets.js';
import { ConfigMaps, settingsOf } from './k8s-environment.js';
import type { WorkloadFacts } from './k8s-facts.js';
import { placeOf, type Resources, type Workload } from './k8s-resources.js';
import type { ServiceDirectory } from './k8s-services.js';
import { selectsLabels } from './label-selector.js';

const ZONE_KEYS = new Set(['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone']);

export function replicasOf(workload: Workload): ImportedProperty[] {
    const spec = workload.reader.get(workload.node, 'spec');
    if (workload.kind === 'DaemonSet') {
        return [{ key: 'replicas', value: { word: 'many' }, from: workload.from, guess: 'a DaemonSet runs a pod on every node' }];
    }
    const replicas = workload.reader.get(spec, 'replicas');
    const count = workload.reader.number(replicas);
    return count !== undefined && count > 0 ? [{ key: 'replicas', value: count, from: placeOf(workload, replicas, 'spec.replicas') }] : [];
}

export function autoscaleOf(workload: Workload, resources: Resources): ImportedProperty[] {
    const hpa = (resources.byKind.get('HorizontalPodAutoscaler') ?? []).find((candidate) => {
        const target = candidate.reader.get(candidate.reader.get(candidate.node, 'spec'), 'scaleTargetRef');
        return candidate.namespace === workload.namespace && candidate.reader.text(candidate.reader.get(target, 'name')) === workload.name && candidate.reader.text(candidate.reader.get(target, 'kind')) === workload.kind;
    });
    if (!hpa) {
        return [];
    }
    const spec = hpa.reader.get(hpa.node, 'spec');
    const block: ImportedProperty[] = [];
    const min = hpa.reader.number(hpa.reader.get(spec, 'minReplicas')) ?? 1;
    const max = hpa.reader.number(hpa.reader.get(spec, 'maxReplicas'));
    block.push({ key: 'min', value: min, from: hpa.from });
    if (max !== undefined) {
        block.push({ key: 'max', value: max, from: hpa.from });
    }
    const metric = hpa.reader.items(hpa.reader.get(spec, 'metrics')).map((item) => hpa.reader.text(hpa.reader.get(hpa.reader.get(item, 'resource'), 'name'))).find((name) => name !== undefined)
        ?? (hpa.reader.get(spec, 'targetCPUUtilizationPercentage') !== undefined ? 'cpu' : undefined);
    if (metric !== undefined) {
        block.push({ key: 'metric', value: { word: metric }, from: hpa.from });
    }
    return [{ key: 'autoscale', value: { block }, from: placeOf(hpa, hpa.reader.get(hpa.reader.get(hpa.node, 'metadata'), 'name'), 'HorizontalPodAutoscaler') }];
}

export function probesOf(fact: WorkloadFacts): ImportedProperty {
    const { workload } = fact;
    const container = fact.containers[0];
    const probe = workload.reader.get(container, 'readinessProbe') ?? workload.reader.get(container, 'livenessProbe');
    if (!probe) {
        return { key: 'health_check', value: false, from: placeOf(workload, container, 'containers[0]'), note: 'no readinessProbe or livenessProbe on its container' };
    }
    const path = workload.reader.text(workload.reader.get(workload.reader.get(probe, 'httpGet'), 'path'));
    return { key: 'health_check', value: path ? { block: [{ key: 'path', value: path, from: placeOf(workload, probe, 'probe') }] } : true, from: placeOf(workload, probe, 'probe') };
}

export function volumeOf(fact: WorkloadFacts, dataPath: string): ImportedProperty {
    const { workload } = fact;
    const reader = workload.reader;
    const claims = new Set(reader.items(reader.get(reader.get(workload.node, 'spec'), 'volumeClaimTemplates')).map((claim) => reader.text(reader.get(reader.get(claim, 'metadata'), 'name'))));
    const podVolumes = new Map(reader.items(reader.get(workload.pod, 'volumes')).map((volume) => [reader.text(reader.get(volume, 'name')), volume]));
    const mounts = fact.containers.flatMap((container) => reader.items(reader.get(container, 'volumeMounts')));
    for (const mount of mounts) {
        const target = (reader.text(reader.get(mount, 'mountPath')) ?? '').replace(/\/+$/, '');
        if (target === '' || !(target === dataPath || dataPath.startsWith(`${target}/`) || target.startsWith(`${dataPath}/`))) {
            continue;
        }
        const name = reader.text(reader.get(mount, 'name'));
        const volume = podVolumes.get(name);
        if (claims.has(name) || reader.get(volume, 'persistentVolumeClaim') !== undefined) {
            return { key: 'volume', value: { word: 'persistent' }, from: placeOf(workload, mount, 'volumeMounts') };
        }
        const type = reader.entries(volume).map((entry) => entry.key).find((key) => key !== 'name') ?? 'no volume';
        return { key: 'volume', value: { word: 'ephemeral' }, from: placeOf(workload, mount, 'volumeMounts'), note: `the volume at ${target} is ${type}: the data lives and dies with the pod or its node` };
    }
    return { key: 'volume', value: { word: 'ephemeral' }, from: workload.from, note: `no volume is mounted at ${dataPath}, where the image keeps its data: the data lives and dies with the pod` };
}

/** Whether every container states a memory limit (only memory: see avail/no-resource-limits). */
export function limitsOf(fact: WorkloadFacts): ImportedProperty {
    const reader = fact.workload.reader;
    const unlimited = fact.containers.filter((container) => reader.get(reader.get(reader.get(container, 'resources'), 'limits'), 'memory') === undefined);
    return unlimited.length === 0
        ? { key: 'resource_limits', value: true, from: placeOf(fact.workload, reader.get(fact.containers[0], 'resources'), 'resources.limits') }
        : { key: 'resource_limits', value: false, from: placeOf(fact.workload, unlimited[0], 'containers'), note: `no memory limit on container ${unlimited.map((container) => reader.text(reader.get(container, 'name')) ?? '?').join(', ')}` };
}

/** With no claim mounted anywhere, whatever the store keeps lives and dies with its pod, wherever it keeps it. */
export function volumeAnywhere(fact: WorkloadFacts): ImportedProperty[] {
    const { workload } = fact;
    const reader = workload.reader;
    const claims = new Set(reader.items(reader.get(reader.get(workload.node, 'spec'), 'volumeClaimTemplates')).map((claim) => reader.text(reader.get(reader.get(claim, 'metadata'), 'name'))));
    const podVolumes = new Map(reader.items(reader.get(workload.pod, 'volumes')).map((volume) => [reader.text(reader.get(volume, 'name')), volume]));
    const mounts = fact.containers.flatMap((container) => reader.items(reader.get(container, 'volumeMounts')));
    const persistent = mounts.some((mount) => {
        const name = reader.text(reader.get(mount, 'name'));
        return claims.has(name) || reader.get(podVolumes.get(name), 'persistentVolumeClaim') !== undefined;
    });
    return persistent ? [] : [{ key: 'volume', value: { word: 'ephemeral' }, from: workload.from, note: 'no persistent volume claim is mounted at all: whatever it keeps lives and dies with its pod' }];
}

export function zonesOf(workload: Workload): ImportedProperty[] {
    const reader = workload.reader;
    const spread = reader.items(reader.get(workload.pod, 'topologySpreadConstraints')).find((constraint) => ZONE_KEYS.has(reader.text(reader.get(constraint, 'topologyKey')) ?? ''));
    const antiAffinity = reader.get(reader.get(workload.pod, 'affinity'), 'podAntiAffinity');
    const byZone = spread ?? (antiAffinity && [...ZONE_KEYS].some((key) => JSON.stringify(reader.resolve(antiAffinity)?.toJSON() ?? '').includes(key)) ? antiAffinity : undefined);
    return byZone ? [{ key: 'zones', value: 2, from: placeOf(workload, byZone, 'zone spread'), guess: 'its pods are spread over zones; how many the cluster has is not in the files' }] : [];
}

/** Ports a LoadBalancer or NodePort Service selecting the workload opens outside the cluster. */
export function publishedOf(fact: WorkloadFacts, services: ServiceDirectory): ImportedProperty[] {
    const ports: number[] = [];
    let from: Provenance | undefined;
    for (const { service, workloads } of services.all()) {
        const spec = service.reader.get(service.node, 'spec');
        const type = service.reader.text(service.reader.get(spec, 'type'));
        if (!workloads.includes(fact) || (type !== 'LoadBalancer' && type !== 'NodePort')) {
            continue;
        }
        for (const port of service.reader.items(service.reader.get(spec, 'ports'))) {
            const number = type === 'NodePort' ? service.reader.number(service.reader.get(port, 'nodePort')) ?? service.reader.number(service.reader.get(port, 'port')) : service.reader.number(service.reader.get(port, 'port'));
            if (number !== undefined) {
                ports.push(number);
            }
        }
        from = from ?? placeOf(service, service.reader.get(spec, 'type'), `spec.type ${type}`);
    }
    return from && ports.length > 0 ? [{ key: 'published', value: ports, from }] : [];
}

export function secretsOf(fact: WorkloadFacts, configMaps: ConfigMaps): ImportedProperty[] {
    const secrets = plainSecrets(settingsOf(fact, configMaps));
    return secrets.length > 0 ? [{ key: 'plain_secrets', value: [...new Set(secrets.map((secret) => secret.key))], from: secrets[0].from }] : [];
}

/**
 * The PodDisruptionBudget selecting the workload's pods (label-selector.ts):
 * how many of its instances voluntary evictions may take down. A percentage
 * is counted against the replicas, rounded up as Kubernetes does; one that the replicas cannot resolve (an autoscaled
 * workload's `50%`) is left out, `0%` aside.
 */
export function disruptionBudgetOf(workload: Workload, resources: Resources, replicas: number | undefined): ImportedProperty[] {
    const pdb = (resources.byKind.get('PodDisruptionBudget') ?? []).find((candidate) => candidate.namespace === workload.namespace
        && selectsLabels(candidate.reader, candidate.reader.get(candidate.reader.get(candidate.node, 'spec'), 'selector'), workload.labels));
    if (!pdb) {
        return [];
    }
    const spec = pdb.reader.get(pdb.node, 'spec');
    for (const [field, key] of [['maxUnavailable', 'max_unavailable'], ['minAvailable', 'min_available']] as const) {
        const node = pdb.reader.get(spec, field);
        const count = node === undefined ? undefined : instancesOf(pdb.reader.number(node) ?? pdb.reader.text(node), replicas);
        if (count !== undefined) {
            const from = placeOf(pdb, node, `PodDisruptionBudget spec.${field}`);
            return [{ key: 'disruption_budget', value: { block: [{ key, value: count, from }] }, from }];
        }
    }
    return [];
}

/** `2` → 2; `50%` of 3 replicas → 2 (rounded up); `0%` → 0 whatever the replicas. */
function instancesOf(value: number | string | undefined, replicas: number | undefined): number | undefined {
    if (typeof value === 'number') {
        return value;
    }
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(value ?? '');
    if (!percent) {
        return undefined;
    }
    const share = Number(percent[1]) / 100;
    return share === 0 ? 0 : replicas === undefined ? undefined : Math.ceil(share * replicas);
}
