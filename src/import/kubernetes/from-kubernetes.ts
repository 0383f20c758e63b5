/**
 * What Kubernetes manifests say about the system: a component per workload
 * (kind and engine from its first container's image; a Job or CronJob is a
 * worker), a connection per Service a workload's environment or arguments
 * name (to each workload the Service selects), users reaching what an
 * Ingress, a Gateway route or a LoadBalancer/NodePort Service exposes, and
 * the facts the review reads: replicas and autoscaling, probes, volumes
 * under a store's data, zones, published ports, plain-text secrets, a
 * namespace's network policy.
 */
import type { Node as YamlNode } from 'yaml';
import type { ConnectionProtocol } from '../../model/design.js';
import { NameTable } from '../design-names.js';
import { ENTRY_KINDS, PROBED_KINDS, STATEFUL_KINDS } from '../kind-groups.js';
import { hostReferences } from '../connections/host-references.js';
import { commandHosts } from '../connections/command-hosts.js';
import { type ImageKind, imageKind } from '../image-kind.js';
import { storesByName } from '../stores-by-name.js';
import type { ImportedComponent, ImportedConnection, ImportedNetwork, ImportedProperty, ImportedSystem, ImportProblem, Provenance } from '../imported-system.js';
import { plainSecrets } from '../secrets.js';
import { placeOf, type Resource, type Resources, type Workload } from './k8s-resources.js';
import type { WorkloadFacts } from './k8s-facts.js';
import { ConfigMaps, settingsOf } from './k8s-environment.js';
import { portProtocol, ServiceDirectory } from './k8s-services.js';

const ZONE_KEYS = new Set(['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone']);

export function fromKubernetes(resources: Resources, designName: string, title: string, files: readonly string[], problems: ImportProblem[]): ImportedSystem {
    const names = new NameTable(['Users']);
    const facts = resources.workloads.map((workload): WorkloadFacts => {
        const containers = workload.reader.items(workload.reader.get(workload.pod, 'containers'));
        const image = workload.reader.text(workload.reader.get(containers[0], 'image'));
        const kind = workloadKind(workload, image);
        return { workload, name: names.nameOf(workload.name), containers, image, kind, entry: kind.entry };
    });
    const services = new ServiceDirectory(resources, facts);
    const configMaps = new ConfigMaps(resources);
    const found = facts.flatMap((fact) => connectionsOf(fact, services, configMaps));
    const connections = [...found, ...storesByName(facts.map((fact) => ({ name: fact.name, sourceName: fact.workload.name, kind: fact.kind.kind, from: fact.workload.from })), found)];
    const components = facts.map((fact) => componentOf(fact, resources, services, configMaps));
    const entries = entryConnections(resources, services, components);
    return {
        name: designName,
        title,
        files,
        components: [...(entries.length > 0 ? [usersClient(entries[0].from)] : []), ...components],
        connections: [...entries, ...connections],
        networks: networksOf(resources, facts),
        problems
    };
}

function componentOf(fact: WorkloadFacts, resources: Resources, services: ServiceDirectory, configMaps: ConfigMaps): ImportedComponent {
    const { workload, entry } = fact;
    const kind = fact.kind;
    const properties: ImportedProperty[] = [];
    if (entry?.engine && entry.kind === kind.kind) {
        properties.push({ key: 'engine', value: { word: entry.engine }, from: placeOf(workload, workload.reader.get(fact.containers[0], 'image'), 'image'), ...(kind.engineGuessed ? { guess: 'from its name' } : {}) });
    }
    if (workload.kind === 'CronJob') {
        const schedule = workload.reader.get(workload.reader.get(workload.node, 'spec'), 'schedule');
        properties.push({ key: 'schedule', value: workload.reader.text(schedule) ?? '', from: placeOf(workload, schedule, 'spec.schedule') });
    }
    properties.push(...replicasOf(workload), ...autoscaleOf(workload, resources));
    // A Job runs to completion: nothing routes to it, so it has no probe to miss.
    if (PROBED_KINDS.has(kind.kind) && workload.kind !== 'Job' && workload.kind !== 'CronJob') {
        properties.push(probesOf(fact));
    }
    if (STATEFUL_KINDS.has(kind.kind)) {
        properties.push(...(entry?.dataPath && !kind.engineGuessed ? [volumeOf(fact, entry.dataPath)] : volumeAnywhere(fact)));
    }
    properties.push(limitsOf(fact), ...zonesOf(workload), ...publishedOf(fact, services), ...secretsOf(fact, configMaps));
    return { name: fact.name, sourceName: workload.name, kind: kind.kind, kindBasis: kind.basis, kindGuess: kind.guess, properties, network: workload.namespace, from: workload.from };
}

/** A Job or CronJob is a worker whatever its image; otherwise the image says. */
function workloadKind(workload: Workload, image: string | undefined): ImageKind {
    const byImage = imageKind(image, workload.name, false);
    if ((workload.kind === 'Job' || workload.kind === 'CronJob') && byImage.kind === 'service') {
        return { kind: 'worker', basis: `a ${workload.kind}`, engineGuessed: false };
    }
    return { ...byImage, basis: `${workload.kind}, ${byImage.basis}` };
}

function replicasOf(workload: Workload): ImportedProperty[] {
    const spec = workload.reader.get(workload.node, 'spec');
    if (workload.kind === 'DaemonSet') {
        return [{ key: 'replicas', value: { word: 'many' }, from: workload.from, guess: 'a DaemonSet runs a pod on every node' }];
    }
    const replicas = workload.reader.get(spec, 'replicas');
    const count = workload.reader.number(replicas);
    return count !== undefined && count > 0 ? [{ key: 'replicas', value: count, from: placeOf(workload, replicas, 'spec.replicas') }] : [];
}

function autoscaleOf(workload: Workload, resources: Resources): ImportedProperty[] {
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

function probesOf(fact: WorkloadFacts): ImportedProperty {
    const { workload } = fact;
    const container = fact.containers[0];
    const probe = workload.reader.get(container, 'readinessProbe') ?? workload.reader.get(container, 'livenessProbe');
    if (!probe) {
        return { key: 'health_check', value: false, from: placeOf(workload, container, 'containers[0]'), note: 'no readinessProbe or livenessProbe on its container' };
    }
    const path = workload.reader.text(workload.reader.get(workload.reader.get(probe, 'httpGet'), 'path'));
    return { key: 'health_check', value: path ? { block: [{ key: 'path', value: path, from: placeOf(workload, probe, 'probe') }] } : true, from: placeOf(workload, probe, 'probe') };
}

function volumeOf(fact: WorkloadFacts, dataPath: string): ImportedProperty {
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
function limitsOf(fact: WorkloadFacts): ImportedProperty {
    const reader = fact.workload.reader;
    const unlimited = fact.containers.filter((container) => reader.get(reader.get(reader.get(container, 'resources'), 'limits'), 'memory') === undefined);
    return unlimited.length === 0
        ? { key: 'resource_limits', value: true, from: placeOf(fact.workload, reader.get(fact.containers[0], 'resources'), 'resources.limits') }
        : { key: 'resource_limits', value: false, from: placeOf(fact.workload, unlimited[0], 'containers'), note: `no memory limit on container ${unlimited.map((container) => reader.text(reader.get(container, 'name')) ?? '?').join(', ')}` };
}

/** With no claim mounted anywhere, whatever the store keeps lives and dies with its pod, wherever it keeps it. */
function volumeAnywhere(fact: WorkloadFacts): ImportedProperty[] {
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

function zonesOf(workload: Workload): ImportedProperty[] {
    const reader = workload.reader;
    const spread = reader.items(reader.get(workload.pod, 'topologySpreadConstraints')).find((constraint) => ZONE_KEYS.has(reader.text(reader.get(constraint, 'topologyKey')) ?? ''));
    const antiAffinity = reader.get(reader.get(workload.pod, 'affinity'), 'podAntiAffinity');
    const byZone = spread ?? (antiAffinity && [...ZONE_KEYS].some((key) => JSON.stringify(reader.resolve(antiAffinity)?.toJSON() ?? '').includes(key)) ? antiAffinity : undefined);
    return byZone ? [{ key: 'zones', value: 2, from: placeOf(workload, byZone, 'zone spread'), guess: 'its pods are spread over zones; how many the cluster has is not in the files' }] : [];
}

/** Ports a LoadBalancer or NodePort Service selecting the workload opens outside the cluster. */
function publishedOf(fact: WorkloadFacts, services: ServiceDirectory): ImportedProperty[] {
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

function secretsOf(fact: WorkloadFacts, configMaps: ConfigMaps): ImportedProperty[] {
    const secrets = plainSecrets(settingsOf(fact, configMaps));
    return secrets.length > 0 ? [{ key: 'plain_secrets', value: [...new Set(secrets.map((secret) => secret.key))], from: secrets[0].from }] : [];
}

function connectionsOf(fact: WorkloadFacts, services: ServiceDirectory, configMaps: ConfigMaps): ImportedConnection[] {
    const found = new Map<string, ImportedConnection>();
    const add = (host: string, evidence: string, from: Provenance, scheme?: ConnectionProtocol, port?: number): void => {
        const resolved = services.resolve(host, fact);
        for (const target of resolved.targets) {
            for (const other of target.workloads) {
                if (other === fact || found.has(other.name)) {
                    continue;
                }
                const protocol = scheme ?? portProtocol(target, port) ?? other.entry?.protocol;
                found.set(other.name, { source: fact.name, target: other.name, evidence: `${evidence} (Service ${target.service.name})`, properties: protocol ? [{ key: 'protocol', value: { word: protocol }, from }] : [], from, inferred: resolved.guess });
            }
        }
    };
    for (const setting of settingsOf(fact, configMaps)) {
        for (const reference of setting.value === undefined ? [] : hostReferences(setting.key, setting.value)) {
            add(reference.host, setting.evidence, setting.from, reference.protocol, reference.port);
        }
    }
    const reader = fact.workload.reader;
    for (const container of fact.containers) {
        for (const key of ['command', 'args']) {
            const argumentsOf = reader.items(reader.get(container, key));
            for (const argument of commandHosts(argumentsOf.map((node) => reader.text(node) ?? ''))) {
                add(argument.host, key, placeOf(fact.workload, argumentsOf[argument.index], key), argument.protocol, argument.port);
            }
        }
    }
    return [...found.values()];
}

/** Users reach what an Ingress, a Gateway route or an external Service exposes. */
function entryConnections(resources: Resources, services: ServiceDirectory, components: readonly ImportedComponent[]): ImportedConnection[] {
    const entries = new Map<string, ImportedConnection>();
    const reach = (serviceName: string | undefined, evidence: string, from: Provenance): void => {
        for (const fact of services.named(serviceName ?? '').flatMap((target) => target.workloads)) {
            const component = components.find((candidate) => candidate.name === fact.name);
            if (component && ENTRY_KINDS.has(component.kind) && !entries.has(fact.name)) {
                entries.set(fact.name, { source: 'Users', target: fact.name, evidence, properties: [], from });
            }
        }
    };
    for (const ingress of resources.byKind.get('Ingress') ?? []) {
        for (const backend of backendsOfIngress(ingress)) {
            reach(backend, `Ingress ${ingress.name}`, ingress.from);
        }
    }
    for (const route of [...(resources.byKind.get('HTTPRoute') ?? []), ...(resources.byKind.get('GRPCRoute') ?? [])]) {
        for (const rule of route.reader.items(route.reader.get(route.reader.get(route.node, 'spec'), 'rules'))) {
            for (const backend of route.reader.items(route.reader.get(rule, 'backendRefs'))) {
                reach(route.reader.text(route.reader.get(backend, 'name')), `${route.kind} ${route.name}`, route.from);
            }
        }
    }
    for (const { service } of services.all()) {
        const type = service.reader.text(service.reader.get(service.reader.get(service.node, 'spec'), 'type'));
        if (type === 'LoadBalancer' || type === 'NodePort') {
            reach(service.name, `Service ${service.name} (${type})`, service.from);
        }
    }
    return [...entries.values()];
}

function backendsOfIngress(ingress: Resource): (string | undefined)[] {
    const reader = ingress.reader;
    const spec = reader.get(ingress.node, 'spec');
    const serviceName = (backend: YamlNode | undefined): string | undefined => reader.text(reader.get(reader.get(backend, 'service'), 'name')) ?? reader.text(reader.get(backend, 'serviceName'));
    const fromRules = reader.items(reader.get(spec, 'rules')).flatMap((rule) => reader.items(reader.get(reader.get(rule, 'http'), 'paths')).map((path) => serviceName(reader.get(path, 'backend'))));
    return [serviceName(reader.get(spec, 'defaultBackend') ?? reader.get(spec, 'backend')), ...fromRules];
}

function networksOf(resources: Resources, facts: readonly WorkloadFacts[]): ImportedNetwork[] {
    const namespaces = [...new Set(facts.map(({ workload }) => workload.namespace))];
    const names = new NameTable();
    return namespaces.map((namespace) => {
        const policies = (resources.byKind.get('NetworkPolicy') ?? []).filter((policy) => policy.namespace === namespace);
        const denyAll = policies.some((policy) => {
            const spec = policy.reader.get(policy.node, 'spec');
            return policy.reader.entries(policy.reader.get(spec, 'podSelector')).every((entry) => policy.reader.entries(entry.value).length === 0) && policy.reader.get(spec, 'ingress') === undefined;
        });
        const first = facts.find(({ workload }) => workload.namespace === namespace)?.workload.from as Provenance;
        return {
            name: names.nameOf(`${namespace}-namespace`),
            sourceName: namespace,
            exposure: 'private' as const,
            from: policies[0]?.from ?? first,
            description: `Kubernetes namespace ${namespace}${policies.length > 0 ? `, ${policies.length} NetworkPolic${policies.length === 1 ? 'y' : 'ies'}${denyAll ? ' denying what is not allowed' : ''}` : ''}`,
            ...(denyAll ? { policy: 'default_deny' } : {})
        };
    });
}

function usersClient(from: Provenance): ImportedComponent {
    return { name: 'Users', sourceName: 'whoever reaches the exposed Services', kind: 'client', kindBasis: 'Ingress, Gateway routes and LoadBalancer or NodePort Services', properties: [], from };
}
