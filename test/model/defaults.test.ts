import { expect } from 'chai';
import { balancedByMesh, meshOf } from '../../src/model/mesh.js';
import { instanceCountStated, isRedundant, maxInstances, minInstances, replicaCount } from '../../src/model/component-facts.js';
import type { Component, Connection, Design } from '../../src/model/design.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

function component(design: Design, name: string): Component {
    const found = design.components.find((candidate) => candidate.name === name);
    if (!found) {
        throw new Error(`no component ${name}`);
    }
    return found;
}

function connection(design: Design, id: string): Connection {
    const found = design.connections.find((candidate) => candidate.id === id);
    if (!found) {
        throw new Error(`no connection ${id}`);
    }
    return found;
}

async function designOf(text: string, name = 'Shop'): Promise<Design> {
    const workspace = await buildWorkspace(text);
    expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
    return workspace.design(name);
}

describe('defaults blocks and network decisions', () => {
    it('resolves a property: own over the innermost group\'s defaults, over outer groups\', over the design\'s, over engine facts', async () => {
        const design = await designOf([
            'architecture Shop {',
            '  defaults { service { replicas: 3, timeout: 2s, zones: 2 } database { backup: { interval: 1d }, replication: sync } }',
            '  system Core {',
            '    defaults { service { replicas: 4 } }',
            '    network Private {',
            '      defaults { service { timeout: 5s } }',
            '      service Inner',
            '      service Own { timeout: 1s }',
            '    }',
            '    service Middle',
            '  }',
            '  service Top',
            '  database Db { engine: redis }',
            '}'
        ].join('\n'));
        const inner = component(design, 'Inner');
        expect(inner.properties.number('timeout')).to.equal(5);
        expect(inner.properties.entry('timeout')).to.include({ source: 'inherited', from: 'defaults of network Private' });
        expect(inner.properties.number('replicas')).to.equal(4);
        expect(inner.properties.entry('replicas')?.from).to.equal('defaults of system Core');
        expect(inner.properties.number('zones')).to.equal(2);
        expect(inner.properties.entry('zones')?.from).to.equal('defaults of design Shop');
        expect(component(design, 'Own').properties.entry('timeout')).to.include({ value: 1, source: 'design' });
        expect(component(design, 'Middle').properties.toJSON()).to.deep.equal({ replicas: 4, timeout: 2, zones: 2 });
        expect(component(design, 'Top').properties.toJSON()).to.deep.equal({ replicas: 3, timeout: 2, zones: 2 });
        // The design's default is over the engine's fact (Redis replicates asynchronously).
        const db = component(design, 'Db');
        expect(db.properties.entry('replication')).to.include({ value: 'sync', source: 'inherited' });
        expect(db.properties.entry('backup')?.location?.range.start.line).to.equal(1);
        expect(design.defaults.service?.number('replicas')).to.equal(3);
    });

    it('applies defaults written after the component, and an engine named in defaults', async () => {
        const design = await designOf('architecture Shop {\n  database Db\n  defaults { database { engine: postgres } }\n}');
        const db = component(design, 'Db');
        expect(db.engine?.id).to.equal('postgres');
        expect(db.properties.entry('engine')?.source).to.equal('inherited');
    });

    it('checks a defaults entry\'s keys against its kind and suggests a kind for a misspelt one', async () => {
        const workspace = await buildWorkspace('architecture Shop {\n  defaults { servce { replicas: 2 } database { replicas: 2, backupp: daily } connection { tls: maybe } }\n}');
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.include('Unknown kind \'servce\'. Did you mean \'service\'? Kinds: client, external, dns, cdn, loadbalancer, gateway, service, worker, function, database, cache, queue, storage, search, coordinator, idp, monitoring, logging, connection.');
        expect(messages.some((message) => message.startsWith('Unknown property \'backupp\' for a database. Did you mean \'backup\'?'))).to.equal(true);
        expect(messages.some((message) => message.startsWith('\'tls\' expects'))).to.equal(true);
    });

    it('reports a default set twice for one scope', async () => {
        const workspace = await buildWorkspace({
            'a.arch': 'architecture Shop {\n  defaults { service { replicas: 2 } }\n}',
            'b.arch': 'architecture Shop {\n  defaults { service { replicas: 3 } }\n}'
        });
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.include('\'service.replicas\' is already set in another \'defaults\' block of design Shop.');
        expect(workspace.design('Shop').defaults.service?.number('replicas')).to.equal(2);
    });

    it('applies connection defaults to connections with both ends in the scope', async () => {
        const design = await designOf([
            'architecture Shop {',
            '  defaults { connection { timeout: 3s } }',
            '  network Private {',
            '    defaults { connection { timeout: 1s, retries: 2 } }',
            '    service A',
            '    service B',
            '  }',
            '  client Web',
            '  Web -> A',
            '  A -> B',
            '  A -> Other.X',
            '}',
            'architecture Other {\n  service X\n}'
        ].join('\n'));
        expect(connection(design, 'A->B').properties.toJSON()).to.deep.equal({ timeout: 1, retries: 2 });
        expect(connection(design, 'A->B').properties.entry('retries')?.from).to.equal('defaults of network Private');
        expect(connection(design, 'Web->A').properties.toJSON()).to.deep.equal({ timeout: 3 });
        expect(connection(design, 'A->Other.X').properties.toJSON()).to.deep.equal({});
    });

    it('gives members of a network its zones, unless they set theirs', async () => {
        const design = await designOf('architecture Shop {\n  network Private {\n    zones: 3\n    service A\n    service B { zones: 1 }\n    system Inner {\n      database Db\n    }\n  }\n  service Outside\n}');
        expect(component(design, 'A').properties.entry('zones')).to.include({ value: 3, source: 'inherited', from: 'network Private' });
        expect(component(design, 'B').properties.number('zones')).to.equal(1);
        expect(component(design, 'Db').properties.number('zones')).to.equal(3);
        expect(component(design, 'Outside').properties.has('zones')).to.equal(false);
    });

    it('encrypts connections inside a network with tls: true, nested groups included, unless one says tls: false', async () => {
        const design = await designOf([
            'architecture Shop {',
            '  network Private {',
            '    tls: true',
            '    auth: jwt',
            '    service A',
            '    system Core {',
            '      service B',
            '      database Db',
            '    }',
            '  }',
            '  client Web',
            '  Web -> A : http',
            '  A -> B : http',
            '  B -> Db : sql',
            '  A -> Db { tls: false }',
            '}'
        ].join('\n'));
        expect(connection(design, 'Web->A').encrypted).to.equal(false);
        expect(connection(design, 'A->B').encrypted).to.equal(true);
        expect(connection(design, 'A->B').properties.entry('tls')).to.include({ source: 'inherited', from: 'network Private' });
        expect(connection(design, 'A->B').properties.string('auth')).to.equal('jwt');
        expect(connection(design, 'B->Db').encrypted).to.equal(true);
        expect(connection(design, 'A->Db').encrypted).to.equal(false);
        expect(connection(design, 'Web->A').properties.has('auth')).to.equal(false);
    });

    it('gives connections inside a meshed network mutual TLS and client-side load balancing', async () => {
        const design = await designOf([
            'architecture Shop {',
            '  network Cluster {',
            '    mesh: istio',
            '    service A',
            '    service B { replicas: 3 }',
            '  }',
            '  network Plain {',
            '    service C',
            '  }',
            '  A -> B',
            '  A -> C',
            '}'
        ].join('\n'));
        const inside = connection(design, 'A->B');
        expect(inside.encrypted).to.equal(true);
        expect(inside.properties.entry('auth')).to.include({ value: 'mtls', source: 'inherited', from: 'mesh of network Cluster' });
        expect(balancedByMesh(inside)).to.equal(true);
        expect(meshOf(component(design, 'A'))).to.include({ name: 'istio' });
        expect(meshOf(component(design, 'C'))).to.equal(undefined);
        const across = connection(design, 'A->C');
        expect(across.encrypted).to.equal(false);
        expect(balancedByMesh(across)).to.equal(false);
    });

    it('lets a network\'s own tls and auth win over what its mesh implies', async () => {
        const design = await designOf('architecture Shop {\n  network N {\n    mesh: true\n    auth: jwt\n    service A\n    service B\n  }\n  A -> B\n}');
        const hop = connection(design, 'A->B');
        expect(hop.properties.string('auth')).to.equal('jwt');
        expect(hop.encrypted).to.equal(true);
        expect(meshOf(component(design, 'A'))).to.include({ name: 'mesh' });
    });

    it('makes networks of one name in several blocks and files one boundary with merged properties', async () => {
        const workspace = await buildWorkspace({
            'a.arch': 'architecture Shop {\n  network Private {\n    zones: 3\n    service A\n  }\n}',
            'b.arch': 'architecture Shop {\n  network Private {\n    tls: true\n    zones: 2\n    service B\n  }\n  A -> B\n}'
        });
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.deep.equal(['\'zones\' is already set on network Private in another block of design Shop.']);
        const design = workspace.design('Shop');
        expect(design.groups.map((group) => `${group.kind} ${group.name}`)).to.deep.equal(['network Private']);
        const [group] = design.groups;
        expect(group.properties.toJSON()).to.deep.equal({ zones: 3, tls: true });
        expect(component(design, 'A').group).to.equal(group);
        expect(component(design, 'B').group).to.equal(group);
        expect(component(design, 'B').properties.number('zones')).to.equal(3);
        expect(connection(design, 'A->B').encrypted).to.equal(true);
    });
});

describe('replicas: many', () => {
    it('is several instances whose count is not stated', async () => {
        const design = await designOf('architecture Shop {\n  service Fleet { replicas: many }\n  service Scaled { replicas: many, autoscale: { min: 2, max: 10 } }\n  service One\n  service Three { replicas: 3 }\n}');
        const fleet = component(design, 'Fleet');
        expect(fleet.properties.get('replicas')).to.equal('many');
        expect(replicaCount(fleet)).to.equal(2);
        expect(minInstances(fleet)).to.equal(2);
        expect(maxInstances(fleet)).to.equal(2);
        expect(isRedundant(fleet)).to.equal(true);
        expect(instanceCountStated(fleet)).to.equal(false);
        expect(instanceCountStated(component(design, 'Scaled'))).to.equal(true);
        expect(instanceCountStated(component(design, 'One'))).to.equal(true);
        expect(replicaCount(component(design, 'One'))).to.equal(1);
        expect(replicaCount(component(design, 'Three'))).to.equal(3);
    });

    it('accepts no other word, and no count below one', async () => {
        const workspace = await buildWorkspace('architecture Shop {\n  service A { replicas: lots }\n  service B { replicas: 0 }\n}');
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.have.length(2);
        expect(messages[0]).to.match(/^'replicas' expects a whole number \(e\.g\. 3\), or many/);
    });
});
