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
import { usersClient } from '../users-client.js';
import type { ImportedComponent, ImportedConnection, ImportedNetwork, ImportedProperty, ImportedSystem, ImportProblem, Provenance } from '../imported-system.js';
import { placeOf, type Resource, type Resources, type Workload } from './k8s-resources.js';
import type { WorkloadFacts } from './k8s-facts.js';
import { ConfigMaps, settingsOf } from './k8s-environment.js';
import { portProtocol, ServiceDirectory } from './k8s-services.js';
import { autoscaleOf, disruptionBudgetOf, limitsOf, probesOf, publishedOf, replicasOf, secretsOf, volumeAnywhere, volumeOf, zonesOf } from './k8s-properties.js';
import { withDefaultCount } from '../default-count.js';


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
        components: [...(entries.length > 0 ? [usersClient(entries[0].from, 'whoever reaches the exposed Services', 'Ingress, Gateway routes and LoadBalancer or NodePort Services')] : []), ...components],
        connections: [...entries, ...connections],
        networks: networksOf(resources, facts),
        problems
    };
}

function componentOf(fact: WorkloadFacts, resources: Resources, services: ServiceDirectory, configMaps: ConfigMaps): ImportedComponent {
    const { workload, entry } = fact;
    const kind = fact.kind;
    const properties: ImportedProperty[] = [];
    const engine = entry?.engine && entry.kind === kind.kind ? entry.engine : undefined;
    if (engine) {
        properties.push({ key: 'engine', value: { word: engine }, from: placeOf(workload, workload.reader.get(fact.containers[0], 'image'), 'image'), ...(kind.engineGuessed ? { guess: 'from its name' } : {}) });
    }
    if (workload.kind === 'CronJob') {
        const schedule = workload.reader.get(workload.reader.get(workload.node, 'spec'), 'schedule');
        properties.push({ key: 'schedule', value: workload.reader.text(schedule) ?? '', from: placeOf(workload, schedule, 'spec.schedule') });
    }
    const counted = workload.kind === 'StatefulSet' || workload.kind === 'Deployment' ? withDefaultCount(replicasOf(workload), engine, workload.from, 'no spec.replicas: Kubernetes runs one pod') : replicasOf(workload);
    properties.push(...counted, ...autoscaleOf(workload, resources), ...disruptionBudgetOf(workload, resources, statedReplicas(counted)));
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

/** The replica count the workload states (or Kubernetes' default of one), for counting a percentage; undefined for a DaemonSet's `many`. */
function statedReplicas(properties: readonly ImportedProperty[]): number | undefined {
    const replicas = properties.find((property) => property.key === 'replicas')?.value;
    return typeof replicas === 'number' ? replicas : undefined;
}
