/**
 * What a Compose project says about the system: a component per service
 * (kind and engine from its image, `service` for what is built), a
 * connection per link a service shows it uses (`depends_on`, `links`, an
 * environment value or a command argument naming another service), the
 * networks as private trust boundaries, and the facts the review reads:
 * replicas, volumes under a store's data, health checks, published ports and
 * passwords written in plain text. What the file cannot hold (load,
 * availability targets, data classes) is not invented.
 */
import type { ComponentKind, ConnectionProtocol } from '../../model/design.js';
import { NameTable } from '../design-names.js';
import { ENTRY_KINDS, PROBED_KINDS, STATEFUL_KINDS } from '../kind-groups.js';
import { hostReferences } from '../connections/host-references.js';
import { commandHosts } from '../connections/command-hosts.js';
import { entryOfEngine, type ImageEntry, protocolOfPort } from '../images/image-catalog.js';
import { type ImageKind, imageKind } from '../image-kind.js';
import { storesByName } from '../stores-by-name.js';
import { fileNameOf, usersClient } from '../users-client.js';
import type { ImportedComponent, ImportedConnection, ImportedNetwork, ImportedProperty, ImportedSystem, ImportProblem, Provenance } from '../imported-system.js';
import { type ComposeProject, type ComposeService, type Written } from './compose-project.js';
import { interpolate } from './interpolate.js';
import { publishedPorts } from './compose-ports.js';
import { healthOf, limitsOf, replicasOf, volumeAnywhere, volumeOf } from './compose-properties.js';
import { withDefaultCount } from '../default-count.js';
import { plainSecrets } from '../secrets.js';

interface ServiceFacts {
    readonly service: ComposeService;
    readonly name: string;
    readonly image?: Written<string>;
    readonly kind: ImageKind;
    readonly entry?: ImageEntry;
}

export function fromCompose(project: ComposeProject, designName: string, problems: ImportProblem[]): ImportedSystem {
    const names = new NameTable(['Users']);
    const facts = project.services.map((service): ServiceFacts => {
        const image = imageOf(service);
        const kind = imageKind(image?.value, service.name, service.node('build') !== undefined);
        return { service, name: names.nameOf(service.name), image, kind, entry: kind.entry };
    });
    const hosts = hostTable(facts);
    const found = facts.flatMap((fact) => connectionsOf(fact, hosts, facts));
    const components = facts.map((fact) => componentOf(fact, found));
    const connections = [...found, ...storesByName(components, found)];
    const networks = networksOf(project, facts);
    const entries = entryConnections(components, facts);
    return {
        name: designName,
        title: `Imported from ${project.files.map((file) => fileNameOf(file.uri)).join(', ')}`,
        files: project.files.map((file) => file.uri),
        components: [...(entries.length > 0 ? [usersClient(entries[0].from, 'whoever reaches the published ports', 'ports published on the host')] : []), ...components],
        connections: [...entries, ...connections],
        networks,
        problems
    };
}

function imageOf(service: ComposeService): Written<string> | undefined {
    const image = service.text('image');
    return image ? { ...image, value: interpolate(image.value).text } : undefined;
}

/** Every name a service answers to on the network: its name, `container_name`, `hostname` and network aliases. */
function hostTable(facts: readonly ServiceFacts[]): Map<string, string> {
    const hosts = new Map<string, string>();
    for (const { service } of facts) {
        const aliases = [service.name, service.text('container_name')?.value, service.text('hostname')?.value];
        for (const [, network] of service.names('networks')) {
            aliases.push(...network.layer.reader.items(network.layer.reader.get(network.value, 'aliases')).map((alias) => network.layer.reader.text(alias)));
        }
        for (const alias of aliases) {
            if (alias !== undefined && !hosts.has(alias.toLowerCase())) {
                hosts.set(alias.toLowerCase(), service.name);
            }
        }
    }
    return hosts;
}

function componentOf(fact: ServiceFacts, connections: readonly ImportedConnection[]): ImportedComponent {
    const { service, entry, image } = fact;
    const kind = kindOf(fact, connections);
    const properties: ImportedProperty[] = [];
    const engine = entry?.engine && entry.kind === kind.kind ? entry.engine : undefined;
    if (engine) {
        properties.push({ key: 'engine', value: { word: engine }, from: image?.from ?? service.from, ...(fact.kind.engineGuessed ? { guess: 'from its name' } : {}) });
    }
    properties.push(...withDefaultCount(replicasOf(service), engine, service.from, 'no scale stated: Compose runs one container'), ...(PROBED_KINDS.has(kind.kind) ? healthOf(service) : []), ...limitsOf(service));
    if (STATEFUL_KINDS.has(kind.kind)) {
        properties.push(...(entry?.dataPath && !fact.kind.engineGuessed ? volumeOf(service, entry.dataPath) : volumeAnywhere(service)));
    }
    const published = publishedPorts(service);
    if (published.length > 0) {
        properties.push({ key: 'published', value: published.map((port) => port.value), from: published[0].from });
    }
    // An env file is where Compose's docs send secrets out of the Compose file (and usually out of the repository): only what the Compose file writes is judged.
    const written = [...service.environment()].filter(([, value]) => value.envFile === undefined);
    const secrets = plainSecrets(written.map(([key, value]) => ({ key, value: value.value, from: value.from })));
    if (secrets.length > 0) {
        properties.push({ key: 'plain_secrets', value: secrets.map((secret) => secret.key), from: secrets[0].from });
    }
    return {
        name: fact.name,
        sourceName: service.name,
        kind: kind.kind,
        kindBasis: kind.basis,
        kindGuess: kind.guess,
        properties,
        network: firstNetwork(service),
        from: service.from
    };
}

function kindOf(fact: ServiceFacts, connections: readonly ImportedConnection[]): { kind: ComponentKind; basis: string; guess?: string } {
    if (fact.kind.kind === 'service' && looksLikeWorker(fact, connections)) {
        return { kind: 'worker', basis: fact.kind.basis, guess: 'publishes and exposes no port, nothing calls it, and it uses a queue: taken as a worker' };
    }
    return fact.kind;
}

function looksLikeWorker(fact: ServiceFacts, connections: readonly ImportedConnection[]): boolean {
    const { service } = fact;
    const listens = service.list('ports').length > 0 || service.list('expose').length > 0;
    const called = connections.some((connection) => connection.target === fact.name);
    const usesQueue = connections.some((connection) => connection.source === fact.name && connection.properties.some((property) => property.key === 'protocol' && (property.value as { word?: string }).word !== undefined && ['amqp', 'kafka'].includes((property.value as { word: string }).word)));
    return !listens && !called && usesQueue;
}

function firstNetwork(service: ComposeService): string | undefined {
    const networks = [...service.names('networks').keys()];
    if (service.text('network_mode') !== undefined) {
        return undefined;
    }
    return networks[0] ?? 'default';
}

function connectionsOf(fact: ServiceFacts, hosts: ReadonlyMap<string, string>, facts: readonly ServiceFacts[]): ImportedConnection[] {
    const found = new Map<string, ImportedConnection>();
    const byService = new Map(facts.map((other) => [other.service.name, other]));
    const add = (target: string | undefined, evidence: string, from: Provenance, scheme?: ConnectionProtocol, port?: number, inferred?: string): void => {
        const other = target === undefined ? undefined : byService.get(target);
        if (!other || other === fact || found.has(other.name)) {
            return;
        }
        const protocol = scheme ?? (port !== undefined ? protocolOfPort(port) : undefined) ?? other.entry?.protocol ?? (other.entry?.engine ? entryOfEngine(other.entry.engine)?.protocol : undefined);
        found.set(other.name, {
            source: fact.name,
            target: other.name,
            evidence,
            properties: [...(protocol ? [{ key: 'protocol', value: { word: protocol }, from }] : []), ...spreadOver(other, from)],
            from,
            inferred
        });
    };
    for (const [key, written] of fact.service.environment()) {
        const value = written.value === undefined ? undefined : interpolate(written.value).text;
        for (const reference of value === undefined ? [] : hostReferences(key, value)) {
            add(hosts.get(reference.host), `environment ${key}`, written.from, reference.protocol, reference.port);
        }
    }
    const command = fact.service.node('command');
    if (command) {
        const reader = command.layer.reader;
        const words = reader.isSeq(command.value) ? reader.items(command.value).map((item) => reader.text(item) ?? '') : [reader.text(command.value) ?? ''];
        for (const reference of commandHosts(words.map((word) => interpolate(word).text))) {
            add(hosts.get(reference.host), 'command', command.from, reference.protocol, reference.port);
        }
    }
    for (const link of fact.service.list('links')) {
        const name = (link.layer.reader.text(link.value) ?? '').split(':')[0];
        add(hosts.get(name.toLowerCase()), 'links', link.from);
    }
    for (const [name, written] of fact.service.names('depends_on')) {
        add(name, 'depends_on', written.from, undefined, undefined, 'depends_on orders start-up; taken as a use of it');
    }
    return [...found.values()];
}

/**
 * Calls to a service of several containers are spread over them by the
 * platform (Docker's DNS answers with every container of the service), not
 * pinned to one: said as the caller's own `routing`.
 */
function spreadOver(target: ServiceFacts, from: Provenance): ImportedProperty[] {
    const replicas = replicasOf(target.service)[0]?.value;
    const several = replicas === undefined ? false : typeof replicas === 'number' ? replicas > 1 : true;
    return several ? [{ key: 'routing', value: { word: 'round_robin' }, from, note: 'Docker\'s DNS spreads calls over the service\'s containers' }] : [];
}

function networksOf(project: ComposeProject, facts: readonly ServiceFacts[]): ImportedNetwork[] {
    const used = new Set(facts.map(({ service }) => firstNetwork(service)).filter((name): name is string => name !== undefined));
    const names = new NameTable();
    return [...used].map((name) => {
        const declared = project.networks.get(name);
        return {
            name: names.nameOf(`${name}-network`),
            sourceName: name,
            exposure: 'private' as const,
            hosts: 1,
            from: declared?.from ?? facts[0].service.from,
            description: `Compose network ${name}${declared?.internal ? ' (internal: no route out)' : ''}`
        };
    });
}

/** A published port on an entry-point kind: users (or anything outside the host) come in there. */
function entryConnections(components: readonly ImportedComponent[], facts: readonly ServiceFacts[]): ImportedConnection[] {
    return components.filter((component) => ENTRY_KINDS.has(component.kind)).flatMap((component) => {
        const fact = facts.find((candidate) => candidate.name === component.name);
        const ports = fact ? publishedPorts(fact.service) : [];
        if (ports.length === 0) {
            return [];
        }
        return [{
            source: 'Users',
            target: component.name,
            evidence: `ports ${ports.map((port) => port.text).join(', ')} published`,
            properties: [],
            from: ports[0].from
        }];
    });
}
