import { expect } from 'chai';
import { indexOf } from '../../src/model/design-index.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

describe('design model', () => {
    it('merges same-name blocks of several files into one design, and keeps other designs apart', async () => {
        const workspace = await buildWorkspace({
            'edge.arch': 'architecture Shop {\n  client Web\n  gateway Gw\n  Web -> Gw : https\n  Gw -> Orders : grpcs\n}',
            'orders.arch': 'architecture Shop {\n  service Orders { -> Db : sql, tls }\n  database Db { engine: postgres }\n}\narchitecture Other {\n  service Orders\n}'
        });
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        const shop = workspace.design('Shop');
        expect(shop.components.map((component) => component.name)).to.deep.equal(['Web', 'Gw', 'Orders', 'Db']);
        expect(shop.connections.map((connection) => connection.id)).to.deep.equal(['Web->Gw', 'Gw->Orders', 'Orders->Db']);
        expect(shop.files.map((file) => file.replace(/^.*\//, ''))).to.deep.equal(['edge.arch', 'orders.arch']);
        expect(workspace.design('Other').components.map((component) => component.name)).to.deep.equal(['Orders']);
    });

    it('resolves Design.Name to a component of another design, marked foreign', async () => {
        const workspace = await buildWorkspace({
            'a.arch': 'architecture Payments {\n  service Api\n}',
            'b.arch': 'architecture Shop {\n  service Checkout { -> Payments.Api : grpcs }\n}'
        });
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        const [connection] = workspace.design('Shop').connections;
        expect(connection.id).to.equal('Checkout->Payments.Api');
        expect(connection.target.foreign).to.equal(true);
        expect(connection.target.design).to.equal('Payments');
        expect(workspace.design('Shop').components.map((component) => component.name)).to.deep.equal(['Checkout']);
    });

    it('puts explicit properties over engine facts and keeps engine information', async () => {
        const workspace = await buildWorkspace('architecture E {\n  cache C { engine: redis, eviction: lru }\n  database D { engine: DynamoDB }\n}');
        const [cache, database] = workspace.design('E').components;
        expect(cache.properties.string('eviction')).to.equal('lru');
        expect(cache.properties.entry('eviction')?.source).to.equal('design');
        expect(cache.properties.string('replication')).to.equal('async');
        expect(cache.properties.entry('replication')?.source).to.equal('engine');
        expect(cache.engine?.known).to.equal(true);
        expect(database.engine?.ha).to.equal(true);
        expect(database.properties.string('consistency')).to.equal('eventual');
    });

    it('normalises values with units', async () => {
        const workspace = await buildWorkspace('architecture U {\n  requirements { peak_rps: 40k, availability: 99.99%, latency_p99: 200ms, payload: 1KB }\n  cache C { ttl: 24h, max_memory: 64MB }\n}');
        const design = workspace.design('U');
        expect(design.settings.requirements?.properties.toJSON()).to.deep.equal({ peak_rps: 40_000, availability: 0.9999, latency_p99: 0.2, payload: 1000 });
        expect(design.components[0].properties.toJSON()).to.deep.equal({ ttl: 86_400, max_memory: 64e6 });
    });

    it('derives connection mode, access and encryption', async () => {
        const text = `architecture M {
  service A
  service B
  queue Q
  worker W
  database D
  A -> B : http
  A -> Q
  Q -> W
  A -> B : kafka
  A -> D { protocol: sql, tls: true, access: writes }
  A -> D : reads, writes
  A -> B : grpcs, sync
}`;
        const connections = (await buildWorkspace(text)).design('M').connections;
        expect(connections.map((connection) => `${connection.id} ${connection.mode} ${connection.access ?? '-'} ${connection.encrypted}`)).to.deep.equal([
            'A->B sync - false',
            'A->Q async - false',
            'Q->W async - false',
            'A->B async - false',
            'A->D sync writes true',
            'A->D sync read_write false',
            'A->B sync - true'
        ]);
    });

    it('records source locations with name ranges', async () => {
        const workspace = await buildWorkspace('architecture L {\n  service Api "API" {\n    replicas: 2\n  }\n  database Db\n  Api -> Db\n}');
        const design = workspace.design('L');
        const api = design.components[0];
        expect(api.location.uri).to.match(/test\.arch$/);
        expect(api.location.nameRange).to.deep.equal({ start: { line: 1, character: 10 }, end: { line: 1, character: 13 } });
        expect(api.location.range.start.line).to.equal(1);
        expect(api.location.range.end.line).to.equal(3);
        expect(api.properties.location('replicas')?.nameRange.start).to.deep.equal({ line: 2, character: 4 });
        expect(design.connections[0].location.nameRange).to.deep.equal({ start: { line: 5, character: 2 }, end: { line: 5, character: 11 } });
        expect(design.location.nameRange).to.deep.equal({ start: { line: 0, character: 13 }, end: { line: 0, character: 14 } });
    });

    it('indexes components by name and kind and connections in and out', async () => {
        const workspace = await buildWorkspace('architecture I {\n  service A\n  service B\n  database D\n  A -> D\n  B -> D\n  A -> B\n}');
        const design = workspace.design('I');
        const index = indexOf(design);
        const database = index.component('D');
        expect(database?.kind).to.equal('database');
        expect(index.ofKind('service').map((component) => component.name)).to.deep.equal(['A', 'B']);
        expect(index.incoming(database!).map((connection) => connection.source.name)).to.deep.equal(['A', 'B']);
        expect(index.outgoing(index.component('A')!).map((connection) => connection.target.name)).to.deep.equal(['D', 'B']);
        expect(indexOf(design)).to.equal(index);
    });

    it('is immutable', async () => {
        const design = (await buildWorkspace('architecture F {\n  service A\n}')).design('F');
        expect(Object.isFrozen(design)).to.equal(true);
        expect(Object.isFrozen(design.components)).to.equal(true);
        expect(Object.isFrozen(design.components[0])).to.equal(true);
    });

    it('skips what does not parse instead of failing', async () => {
        const workspace = await buildWorkspace('architecture B {\n  servce X\n  service A { -> Missing }\n  A -> \n}');
        const design = workspace.design('B');
        expect(design.components.map((component) => component.name)).to.deep.equal(['A']);
        expect(design.connections).to.deep.equal([]);
    });
});
