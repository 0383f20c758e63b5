/**
 * Services and the workloads behind them: a Service's selector picks the pod
 * templates of its namespace whose labels it names. A host in a workload's
 * settings names a Service by its name or a cluster DNS form
 * (`cart.shop.svc.cluster.local`). Manifests that state no namespace but
 * define one Service name twice are meant for different namespaces (applied
 * with `-n`): the Service is then taken from the caller's own file, or from
 * the file named after the namespace the host names, as a guess.
 */
import type { ConnectionProtocol } from '../../model/design.js';
import { protocolOfPort } from '../images/image-catalog.js';
import type { WorkloadFacts } from './k8s-facts.js';
import { fileNameOf } from '../users-client.js';
import type { Resource, Resources } from './k8s-resources.js';

export interface ServiceTarget {
    readonly service: Resource;
    readonly workloads: readonly WorkloadFacts[];
}

export interface Resolved {
    readonly targets: readonly ServiceTarget[];
    /** Set when the choice between Services of one name is a guess. */
    readonly guess?: string;
}

export class ServiceDirectory {
    private readonly byName = new Map<string, ServiceTarget[]>();

    constructor(resources: Resources, facts: readonly WorkloadFacts[]) {
        const services = resources.byKind.get('Service') ?? [];
        for (const service of services) {
            const twins = services.filter((other) => other.name === service.name && other.namespace === service.namespace);
            const selector = service.reader.entries(service.reader.get(service.reader.get(service.node, 'spec'), 'selector')).map((entry) => [entry.key, service.reader.text(entry.value) ?? ''] as const);
            const picked = selector.length === 0 ? [] : facts.filter(({ workload }) => workload.namespace === service.namespace
                && (twins.length === 1 || workload.file === service.file)
                && selector.every(([key, value]) => workload.labels.get(key) === value));
            const key = service.name.toLowerCase();
            this.byName.set(key, [...(this.byName.get(key) ?? []), { service, workloads: picked }]);
        }
    }

    all(): ServiceTarget[] {
        return [...this.byName.values()].flat();
    }

    named(name: string): readonly ServiceTarget[] {
        return this.byName.get(name.toLowerCase()) ?? [];
    }

    /** The Services a host in `caller`'s settings names. */
    resolve(host: string, caller: WorkloadFacts): Resolved {
        const labels = host.toLowerCase().split('.');
        const clusterForm = labels.length === 1 || labels.length === 2 || labels[2] === 'svc';
        const candidates = clusterForm ? this.named(labels[0]) : this.named(host);
        const namespace = clusterForm && labels.length >= 2 ? labels[1] : undefined;
        if (candidates.length <= 1) {
            return { targets: candidates.filter((candidate) => namespace === undefined || candidate.service.namespace === namespace || !statesNamespace(candidate.service)) };
        }
        const declared = candidates.filter((candidate) => namespace !== undefined && candidate.service.namespace === namespace);
        if (declared.length > 0) {
            return { targets: declared };
        }
        const byFile = candidates.filter((candidate) => namespace !== undefined && fileStem(candidate.service) === namespace.replace(/[^a-z0-9]/g, ''));
        if (byFile.length > 0) {
            return { targets: byFile, guess: `the manifests state no namespace; ${fileNameOf(byFile[0].service.file.uri)} is taken as namespace ${namespace}` };
        }
        const sameFile = candidates.filter((candidate) => candidate.service.file === caller.workload.file);
        return sameFile.length > 0 ? { targets: sameFile } : { targets: candidates, guess: `${candidates.length} Services are named ${labels[0]}: each is taken as a target` };
    }
}

function statesNamespace(service: Resource): boolean {
    return service.reader.get(service.reader.get(service.node, 'metadata'), 'namespace') !== undefined;
}

function fileStem(service: Resource): string {
    return fileNameOf(service.file.uri).replace(/\.ya?ml$/i, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The protocol a Service port's `appProtocol`, name or number says (`grpc`, `http-web`, 5432). */
export function portProtocol(target: ServiceTarget, port: number | undefined): ConnectionProtocol | undefined {
    const reader = target.service.reader;
    const ports = reader.items(reader.get(reader.get(target.service.node, 'spec'), 'ports'));
    const chosen = ports.find((item) => port === undefined || reader.number(reader.get(item, 'port')) === port) ?? ports[0];
    const name = (reader.text(reader.get(chosen, 'appProtocol')) ?? reader.text(reader.get(chosen, 'name')) ?? '').toLowerCase();
    const named = (['grpc', 'https', 'http', 'redis', 'amqp', 'kafka'] as const).find((protocol) => name === protocol || name.startsWith(`${protocol}-`));
    return named ?? protocolOfPort(port ?? reader.number(reader.get(chosen, 'port')) ?? 0);
}
