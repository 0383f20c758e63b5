/** Kubernetes manifests read into a design: workloads, Services, routes, autoscalers, probes, volumes and policies. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadKubernetes } from '../../src/import/load-kubernetes.js';
import { analyzeFiles } from '../../src/batch/analyze.js';
import { emitDesign } from '../../src/import/emit-design.js';
import type { ImportedSystem } from '../../src/import/imported-system.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

const SHOP = path.resolve(import.meta.dirname, '../fixtures/import/kubernetes/shop');

function properties(system: ImportedSystem, name: string): Record<string, unknown> {
    const found = system.components.find((component) => component.name === name);
    return Object.fromEntries((found?.properties ?? []).map((property) => [property.key, property.value]));
}

describe('Kubernetes import', () => {
    let shop: ImportedSystem;
    before(async () => {
        shop = await loadKubernetes([path.join(SHOP, 'app.yaml'), path.join(SHOP, 'data.yaml')], SHOP);
    });

    it('regression (round 15): writes the one pod of a Kafka StatefulSet that states no replicas, as a design that leaves the count out is read as a cluster', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-k8s-'));
        const file = path.join(folder, 'kafka.yaml');
        fs.writeFileSync(file, 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: kafka }\nspec:\n  selector: { matchLabels: { app: kafka } }\n  template:\n    metadata: { labels: { app: kafka } }\n    spec:\n      containers: [{ name: kafka, image: "apache/kafka:3.7.0" }]\n');
        const system = await loadKubernetes([file], folder);
        expect(properties(system, 'Kafka').replicas).to.equal(1);
    });

    it('reads the PodDisruptionBudget selecting a workload\'s pods, a percentage counted against its replicas, and the review names one that blocks drains', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-k8s-'));
        const file = path.join(folder, 'app.yaml');
        const deployment = (name: string, replicas: number): string => `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name} }\nspec:\n  replicas: ${replicas}\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name}, tier: web } }\n    spec:\n      containers: [{ name: ${name}, image: "ghcr.io/acme/${name}:1" }]\n`;
        const budget = (name: string, field: string, value: string): string => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: ${name}-pdb }\nspec:\n  ${field}: ${value}\n  selector: { matchLabels: { app: ${name} } }\n`;
        fs.writeFileSync(file, [deployment('api', 3), budget('api', 'minAvailable', '"50%"'), deployment('web', 2), budget('web', 'minAvailable', '2'), deployment('jobs', 2), budget('jobs', 'maxUnavailable', '1'), deployment('plain', 2)].join('---\n'));
        const system = await loadKubernetes([file], folder);
        const budgets = Object.fromEntries(system.components.map((component) => [component.name, component.properties.find((property) => property.key === 'disruption_budget')?.value]).filter(([, value]) => value !== undefined)
            .map(([name, value]) => [name, (value as { readonly block: readonly { readonly key: string; readonly value: unknown }[] }).block.map((entry) => `${entry.key}: ${String(entry.value)}`).join(', ')]));
        expect(budgets).to.deep.equal({ Api: 'min_available: 2', Web: 'min_available: 2', Jobs: 'max_unavailable: 1' });
        const analysis = await analyzeFiles([], { cwd: folder, imports: [{ format: 'kubernetes', files: [file], folder }] });
        expect(analysis.findings.filter((finding) => finding.rule === 'avail/blocking-disruption-budget').map((finding) => `${finding.element ?? ''} ${path.basename(finding.uri)}:${finding.range.start.line + 1}`)).to.deep.equal(['Web app.yaml:21']);
    });

    it('makes a component of every workload, a Job or CronJob a worker, items of a List included', () => {
        expect(shop.components.map((component) => `${component.kind} ${component.name}`)).to.deep.equal([
            'client Users', 'service Web', 'service OrdersV1', 'service OrdersV2', 'database OrdersDb', 'cache Cache', 'worker NightlyReport'
        ]);
        expect(properties(shop, 'NightlyReport')).to.deep.equal({ schedule: '0 2 * * *', resource_limits: false });
    });

    it('connects a caller to every workload behind the Service it names, in any DNS form, with the protocol the Service port says', () => {
        expect(shop.connections.map((connection) => `${connection.source}->${connection.target} ${connection.evidence}`)).to.deep.equal([
            'Users->Web Ingress shop',
            'Web->OrdersV1 env ORDERS_ADDR (Service orders)',
            'Web->OrdersV2 env ORDERS_ADDR (Service orders)',
            'OrdersV1->OrdersDb args (Service orders-db)',
            'OrdersV2->OrdersDb env DATABASE_URL (Service orders-db)',
            'NightlyReport->OrdersDb env DB_HOST (Service orders-db)'
        ]);
        expect(shop.connections[1].properties.map((property) => property.value)).to.deep.equal([{ word: 'grpc' }]);
    });

    it('reads replicas, autoscalers, probes, memory limits, zones, persistent claims, exposure and plain secrets (not secretKeyRef)', () => {
        expect(properties(shop, 'Web')).to.deep.include({ replicas: 3, zones: 2, published: [80], plain_secrets: ['SESSION_SECRET'], resource_limits: true });
        expect(properties(shop, 'Web').health_check).to.have.property('block');
        expect(properties(shop, 'OrdersV1')).to.deep.equal({ health_check: false, resource_limits: false });
        expect(JSON.stringify(properties(shop, 'OrdersV2').autoscale)).to.contain('"key":"max","value":10');
        expect(properties(shop, 'OrdersDb')).to.deep.include({ volume: { word: 'persistent' } });
    });

    it('makes each namespace a private network, denying by default under a NetworkPolicy that selects every pod', () => {
        expect(shop.networks.map((network) => [network.name, network.policy])).to.deep.equal([['ShopNamespace', 'default_deny']]);
    });

    it('reports a kind it does not read once, at its place, as info', () => {
        expect(shop.problems.map((problem) => [problem.rule, problem.severity, problem.range.start.line, problem.message])).to.deep.equal([
            ['import/not-followed', 'info', 66, 'Kind Widget is not read by the import: what it adds is not in the design.']
        ]);
    });

    it('writes a design that parses with no language error', async () => {
        const workspace = await buildWorkspace(emitDesign(shop, (uri) => path.basename(uri)).text);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
    });
});
