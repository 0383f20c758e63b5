/**
 * The Kubernetes resources of a set of manifests, each with its reader and
 * place: workloads (and the pod template inside each), Services, Ingresses
 * and Gateway API routes, HorizontalPodAutoscalers and NetworkPolicies.
 * ConfigMaps and Secrets are known by name only; their values are never
 * read. A kind the import does not use is reported once per kind, at its
 * first place.
 */
import type { Document, Node as YamlNode } from 'yaml';
import type { ImportProblem, Provenance } from '../imported-system.js';
import { offsetsOf, YamlReader } from '../yaml/yaml-nodes.js';
import type { YamlFile } from '../yaml/yaml-source.js';

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** Kinds read for what they say about workloads, or known and of no use to the design. */
const USED_KINDS = new Set(['Service', 'Ingress', 'HTTPRoute', 'GRPCRoute', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'PodDisruptionBudget', 'ConfigMap', 'Secret']);
const IGNORED_KINDS = new Set(['Namespace', 'ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'LimitRange', 'ResourceQuota', 'CustomResourceDefinition', 'Gateway', 'GatewayClass', 'PriorityClass', 'PodSecurityPolicy', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'IngressClass', 'BackendConfig', 'FrontendConfig', 'ServiceMonitor', 'VirtualService', 'DestinationRule', 'PeerAuthentication', 'AuthorizationPolicy', 'ServiceEntry', 'Sidecar', 'EnvoyFilter']);

export interface Resource {
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly file: YamlFile;
    readonly reader: YamlReader;
    readonly node: YamlNode;
    readonly from: Provenance;
}

export interface Workload extends Resource {
    readonly kind: WorkloadKind;
    /** The pod spec (`spec.template.spec`, or `spec.jobTemplate.spec.template.spec` for a CronJob). */
    readonly pod: YamlNode | undefined;
    /** The pod template's labels, which Services select. */
    readonly labels: ReadonlyMap<string, string>;
}

export interface Resources {
    readonly workloads: readonly Workload[];
    readonly byKind: ReadonlyMap<string, readonly Resource[]>;
    readonly problems: readonly ImportProblem[];
}

export function collectResources(files: readonly { file: YamlFile; documents: readonly Document.Parsed[] }[]): Resources {
    const resources: Resource[] = [];
    const problems: ImportProblem[] = [];
    const unknownKinds = new Set<string>();
    for (const { file, documents } of files) {
        for (const document of documents) {
            const reader = new YamlReader(document);
            for (const node of itemsOf(reader, document.contents ?? undefined)) {
                const resource = resourceOf(file, reader, node);
                if (reader.text(reader.get(node, 'kind')) === 'Kustomization' || /(^|\/)kustomization\.ya?ml$/i.test(file.uri)) {
                    problems.push(problemAt(file, reader.get(node, 'kind') ?? reader.get(node, 'resources') ?? node, 'import/not-followed', 'info', 'A kustomization is not applied: its patches and generators are left out, and the files beside it are read as they are. Run `kubectl kustomize` and import the output to review what it builds.'));
                } else if (!resource) {
                    if (reader.isMap(node)) {
                        problems.push(problemAt(file, node, 'import/schema', 'error', 'Not a Kubernetes resource: it needs `apiVersion`, `kind` and `metadata.name`.'));
                    }
                } else if ((WORKLOAD_KINDS as readonly string[]).includes(resource.kind) || USED_KINDS.has(resource.kind)) {
                    resources.push(resource);
                } else if (!IGNORED_KINDS.has(resource.kind) && !unknownKinds.has(resource.kind)) {
                    unknownKinds.add(resource.kind);
                    problems.push(problemAt(file, reader.get(node, 'kind') ?? node, 'import/not-followed', 'info', `Kind ${resource.kind} is not read by the import: what it adds is not in the design.`));
                }
            }
        }
    }
    const byKind = new Map<string, Resource[]>();
    for (const resource of resources) {
        byKind.set(resource.kind, [...(byKind.get(resource.kind) ?? []), resource]);
    }
    const workloads = resources.filter((resource): resource is Resource & { kind: WorkloadKind } => (WORKLOAD_KINDS as readonly string[]).includes(resource.kind)).map(withPod);
    return { workloads, byKind, problems };
}

/** A document's resources: itself, or the items of a `List`. */
function itemsOf(reader: YamlReader, root: YamlNode | undefined): YamlNode[] {
    if (root === undefined) {
        return [];
    }
    const kind = reader.text(reader.get(root, 'kind'));
    return kind === 'List' || (kind?.endsWith('List') === true && reader.isSeq(reader.get(root, 'items'))) ? reader.items(reader.get(root, 'items')) : [root];
}

function resourceOf(file: YamlFile, reader: YamlReader, node: YamlNode): Resource | undefined {
    const kind = reader.text(reader.get(node, 'kind'));
    const metadata = reader.get(node, 'metadata');
    const name = reader.text(reader.get(metadata, 'name'));
    if (kind === undefined || name === undefined || reader.text(reader.get(node, 'apiVersion')) === undefined) {
        return undefined;
    }
    const namespace = reader.text(reader.get(metadata, 'namespace')) ?? 'default';
    const [start, end] = offsetsOf(reader.get(metadata, 'name'));
    return { kind, name, namespace, file, reader, node, from: { uri: file.uri, range: file.rangeOf(start, end), key: `${kind}/${name}` } };
}

function withPod(resource: Resource & { kind: WorkloadKind }): Workload {
    const { reader, node } = resource;
    const template = resource.kind === 'Pod' ? node : resource.kind === 'CronJob'
        ? reader.get(reader.get(reader.get(reader.get(node, 'spec'), 'jobTemplate'), 'spec'), 'template')
        : reader.get(reader.get(node, 'spec'), 'template');
    const pod = reader.get(template, 'spec');
    const labels = new Map(reader.entries(reader.get(reader.get(template, 'metadata'), 'labels')).map((entry) => [entry.key, reader.text(entry.value) ?? '']));
    return { ...resource, pod, labels };
}

export function problemAt(file: YamlFile, node: YamlNode, rule: ImportProblem['rule'], severity: ImportProblem['severity'], message: string): ImportProblem {
    const [start, end] = offsetsOf(node);
    return { uri: file.uri, range: file.rangeOf(start, end), rule, severity, message };
}

/** Where a node of a resource is, with a key path for the comment. */
export function placeOf(resource: Resource, node: YamlNode | undefined, key: string): Provenance {
    if (node === undefined) {
        return resource.from;
    }
    const [start, end] = offsetsOf(node);
    return { uri: resource.file.uri, range: resource.file.rangeOf(start, end), key: `${resource.kind}/${resource.name} ${key}` };
}
