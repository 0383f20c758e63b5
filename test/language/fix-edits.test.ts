import { expect } from 'chai';
import { fixEdits } from '../../src/language/fixes/fix-edits.js';
import { disableForFile, disableForLine } from '../../src/language/fixes/suppression-edits.js';
import type { Fix } from '../../src/review/fix.js';
import { applyWorkspaceEdit } from '../helpers/apply-edits.js';
import { buildWorkspace, describeDiagnostics, type TestWorkspace } from '../helpers/workspace.js';

async function applyFix(text: string, makeFix: (workspace: TestWorkspace) => Fix): Promise<string> {
    const workspace = await buildWorkspace(text);
    const design = workspace.design('T');
    const edit = fixEdits(makeFix(workspace), { documents: workspace.services.shared.workspace.LangiumDocuments, design });
    const fixed = applyWorkspaceEdit({ 'test.arch': text }, edit ?? {})['test.arch'];
    const after = await buildWorkspace(fixed);
    expect(describeDiagnostics(after.diagnostics().filter((diagnostic) => diagnostic.code === 'syntax' || String(diagnostic.code).startsWith('meta/unres')))).to.deep.equal([]);
    return fixed;
}

function component(workspace: TestWorkspace, name: string) {
    const found = workspace.design('T').components.find((candidate) => candidate.name === name);
    if (!found) {
        throw new Error(name);
    }
    return found;
}

describe('quick fix edits', () => {
    it('adds a property to a one-line block, keeping it on one line', async () => {
        const fixed = await applyFix('architecture T {\n  service Api { zones: 2 }\n}', (w) => ({ kind: 'set-properties', title: '', target: component(w, 'Api'), properties: [{ key: 'replicas', value: '2' }] }));
        expect(fixed).to.equal('architecture T {\n  service Api { zones: 2, replicas: 2 }\n}');
    });

    it('replaces one value and adds another in the same one-line block without overlapping edits', async () => {
        const fixed = await applyFix('architecture T {\n  deployment { regions: [us_east], pipeline: jenkins }\n}', () => ({
            kind: 'set-settings', title: '', settings: 'deployment', properties: [{ key: 'regions', value: '[us_east, us_west]' }, { key: 'mode', value: 'active_passive' }]
        }));
        expect(fixed).to.equal('architecture T {\n  deployment { regions: [us_east, us_west], pipeline: jenkins, mode: active_passive }\n}');
    });

    it('adds a property on its own line to a multi-line block', async () => {
        const fixed = await applyFix('architecture T {\n  service Api {\n    zones: 2\n  }\n}', (w) => ({ kind: 'set-properties', title: '', target: component(w, 'Api'), properties: [{ key: 'replicas', value: '2' }] }));
        expect(fixed).to.equal('architecture T {\n  service Api {\n    zones: 2\n    replicas: 2\n  }\n}');
    });

    it('opens a block on a component that has none, and replaces a written value', async () => {
        expect(await applyFix('architecture T {\n  service Api "The API"\n}', (w) => ({ kind: 'set-properties', title: '', target: component(w, 'Api'), properties: [{ key: 'replicas', value: '2' }] })))
            .to.equal('architecture T {\n  service Api "The API" { replicas: 2 }\n}');
        expect(await applyFix('architecture T {\n  service Api { replicas: 1 }\n}', (w) => ({ kind: 'set-properties', title: '', target: component(w, 'Api'), properties: [{ key: 'replicas', value: '3' }] })))
            .to.equal('architecture T {\n  service Api { replicas: 3 }\n}');
    });

    it('changes the protocol word of a shorthand, and adds tls to it', async () => {
        const text = 'architecture T {\n  client U\n  service Api\n  U -> Api : http, reads\n}';
        expect(await applyFix(text, (w) => ({ kind: 'set-properties', title: '', target: w.design('T').connections[0], properties: [{ key: 'protocol', value: 'https' }] })))
            .to.equal('architecture T {\n  client U\n  service Api\n  U -> Api : https, reads\n}');
        expect(await applyFix(text, (w) => ({ kind: 'set-properties', title: '', target: w.design('T').connections[0], properties: [{ key: 'tls', value: 'true' }] })))
            .to.equal('architecture T {\n  client U\n  service Api\n  U -> Api : http, reads, tls\n}');
        expect(await applyFix('architecture T {\n  client U\n  service Api { -> U }\n}', (w) => ({ kind: 'set-properties', title: '', target: w.design('T').connections[0], properties: [{ key: 'timeout', value: '2s' }] })))
            .to.equal('architecture T {\n  client U\n  service Api { -> U { timeout: 2s } }\n}');
    });

    it('sets a key in an existing settings block, or adds the block', async () => {
        expect(await applyFix('architecture T {\n  deployment { pipeline: jenkins }\n}', () => ({ kind: 'set-settings', title: '', settings: 'deployment', properties: [{ key: 'rollback', value: 'automatic' }] })))
            .to.equal('architecture T {\n  deployment { pipeline: jenkins, rollback: automatic }\n}');
        expect(await applyFix('architecture T {\n  service Api\n}', () => ({ kind: 'set-settings', title: '', settings: 'testing', properties: [{ key: 'load', value: 'true' }] })))
            .to.equal('architecture T {\n  service Api\n  testing { load: true }\n}');
    });

    it('adds a component after its neighbour with a unique name and connects the reader', async () => {
        const text = 'architecture T {\n  network private {\n    service Api\n    database Db\n  }\n  cache DbCache\n}';
        const fixed = await applyFix(text, (w) => ({
            kind: 'add-component', title: '', near: component(w, 'Db'),
            component: { kind: 'cache', name: 'DbCache', properties: [{ key: 'eviction', value: 'lru' }] },
            from: [{ source: component(w, 'Api'), shorthand: 'reads' }]
        }));
        expect(fixed).to.equal('architecture T {\n  network private {\n    service Api\n    database Db\n    cache DbCache2 { eviction: lru }\n    Api -> DbCache2 : reads\n  }\n  cache DbCache\n}');
    });

    it('points a connection at a new component instead (redirect), and declares a transaction', async () => {
        const text = 'architecture T {\n  service Api { -> Locks : redis, lock }\n  cache Locks\n  database A\n  database B\n}';
        expect(await applyFix(text, (w) => ({
            kind: 'redirect', title: '', connections: w.design('T').connections,
            component: { kind: 'coordinator', name: 'LockCoordinator', properties: [{ key: 'engine', value: 'etcd' }] }
        }))).to.equal('architecture T {\n  service Api { -> LockCoordinator : redis, lock }\n  cache Locks\n  coordinator LockCoordinator { engine: etcd }\n  database A\n  database B\n}');
        expect(await applyFix(text, (w) => ({
            kind: 'add-transaction', title: '', name: 'ApiWrites', near: component(w, 'Api'), writes: [component(w, 'A'), component(w, 'B')], properties: [{ key: 'protocol', value: 'outbox' }]
        }))).to.equal('architecture T {\n  service Api { -> Locks : redis, lock }\n  transaction ApiWrites { writes: [A, B], protocol: outbox }\n  cache Locks\n  database A\n  database B\n}');
    });

    it('puts a component between callers and their target: inline, chain end and chain middle', async () => {
        const text = 'architecture T {\n  client U\n  client V\n  service W { -> Api : https }\n  service Api\n  service C\n  U -> Api : https\n  V -> Api -> C\n}';
        const fixed = await applyFix(text, (w) => ({
            kind: 'insert-between', title: '',
            component: { kind: 'loadbalancer', name: 'ApiLb', properties: [] },
            connections: w.design('T').connections.filter((connection) => connection.target.name === 'Api')
        }));
        expect(fixed).to.equal('architecture T {\n  client U\n  client V\n  service W { -> ApiLb : https }\n  service Api\n  loadbalancer ApiLb { -> Api : https }\n  service C\n  U -> ApiLb : https\n  V -> ApiLb -> Api -> C\n}');
        const connections = (await buildWorkspace(fixed)).design('T').connections.map((connection) => connection.id);
        expect(connections).to.have.members(['W->ApiLb', 'ApiLb->Api', 'U->ApiLb', 'V->ApiLb', 'ApiLb->Api', 'Api->C']);
    });

    it('puts one component in front of several targets, keeping one connection per source', async () => {
        const text = 'architecture T {\n  client App\n  service A\n  service B { -> A }\n  App -> A : https\n  App -> B : https\n}';
        const fixed = await applyFix(text, (w) => ({
            kind: 'insert-between', title: '',
            component: { kind: 'gateway', name: 'Gw', properties: [{ key: 'replicas', value: '2' }] },
            connections: w.design('T').connections.filter((connection) => connection.source.name === 'App')
        }));
        expect(fixed).to.equal('architecture T {\n  client App\n  service A\n  gateway Gw {\n    replicas: 2\n    -> A : https\n    -> B : https\n  }\n  service B { -> A }\n  App -> Gw : https\n}');
    });

    it('moves a store into an existing private network, or wraps it in a new one', async () => {
        expect(await applyFix('architecture T {\n  network private {\n    service Api\n  }\n  database Db { engine: postgres }\n}', (w) => ({ kind: 'move-into-private-network', title: '', component: component(w, 'Db') })))
            .to.equal('architecture T {\n  network private {\n    service Api\n    database Db { engine: postgres }\n  }\n}');
        expect(await applyFix('architecture T {\n  database Db {\n    engine: postgres\n  }\n}', (w) => ({ kind: 'move-into-private-network', title: '', component: component(w, 'Db') })))
            .to.equal('architecture T {\n  network private {\n    database Db {\n      engine: postgres\n    }\n  }\n}');
    });

    describe('set-defaults', () => {
        const network = (w: TestWorkspace) => {
            const found = w.design('T').groups.find((group) => group.name === 'Private');
            if (!found) {
                throw new Error('Private');
            }
            return found;
        };

        it('creates the design\'s defaults block with the kind\'s entry', async () => {
            const fixed = await applyFix('architecture T {\n  service Api\n}', (w) => ({ kind: 'set-defaults', title: '', scope: w.design('T'), of: 'service', properties: [{ key: 'replicas', value: '3' }, { key: 'zones', value: '2' }] }));
            expect(fixed).to.equal('architecture T {\n  service Api\n  defaults { service { replicas: 3, zones: 2 } }\n}');
        });

        it('adds the kind\'s entry to an existing one-line or multi-line defaults block', async () => {
            expect(await applyFix('architecture T {\n  defaults { database { replicas: 2 } }\n}', (w) => ({ kind: 'set-defaults', title: '', scope: w.design('T'), of: 'connection', properties: [{ key: 'tls', value: 'true' }] })))
                .to.equal('architecture T {\n  defaults { database { replicas: 2 } connection { tls: true } }\n}');
            expect(await applyFix('architecture T {\n  defaults {\n    database { replicas: 2 }\n  }\n}', (w) => ({ kind: 'set-defaults', title: '', scope: w.design('T'), of: 'service', properties: [{ key: 'timeout', value: '2s' }] })))
                .to.equal('architecture T {\n  defaults {\n    database { replicas: 2 }\n    service { timeout: 2s }\n  }\n}');
        });

        it('adds keys to the kind\'s entry, replacing one already written', async () => {
            const fixed = await applyFix('architecture T {\n  defaults { service { replicas: 2, timeout: 5s } }\n}', (w) => ({ kind: 'set-defaults', title: '', scope: w.design('T'), of: 'service', properties: [{ key: 'replicas', value: '3' }, { key: 'zones', value: '3' }] }));
            expect(fixed).to.equal('architecture T {\n  defaults { service { replicas: 3, timeout: 5s, zones: 3 } }\n}');
        });

        it('writes a group\'s defaults inside the group, leaving the design\'s alone', async () => {
            const text = 'architecture T {\n  defaults { service { replicas: 2 } }\n  network Private {\n    service Api\n  }\n}';
            const fixed = await applyFix(text, (w) => ({ kind: 'set-defaults', title: '', scope: network(w), of: 'service', properties: [{ key: 'replicas', value: '3' }] }));
            expect(fixed).to.equal('architecture T {\n  defaults { service { replicas: 2 } }\n  network Private {\n    service Api\n    defaults { service { replicas: 3 } }\n  }\n}');
            const after = await buildWorkspace(fixed);
            expect(after.design('T').components[0].properties.entry('replicas')).to.include({ value: 3, from: 'defaults of network Private' });
        });
    });

    it('writes suppression comments with a reason placeholder that still counts as no reason', async () => {
        const workspace = await buildWorkspace('architecture T {\n    service Api\n}');
        const [document] = workspace.documents;
        const line = disableForLine(document, 'avail/single-point-of-failure', { start: { line: 1, character: 12 }, end: { line: 1, character: 15 } });
        const fixed = applyWorkspaceEdit({ 'test.arch': 'architecture T {\n    service Api\n}' }, { changes: { [document.uri.toString()]: [line, disableForFile('observe/no-monitoring')] } })['test.arch'];
        expect(fixed).to.equal('// archlens-disable observe/no-monitoring -- TODO: say why this risk is accepted\narchitecture T {\n    // archlens-disable-next-line avail/single-point-of-failure -- TODO: say why this risk is accepted\n    service Api\n}');
        const suppressions = (await buildWorkspace(fixed)).design('T').suppressions;
        expect(suppressions.map((suppression) => [suppression.rules, suppression.reason, suppression.targetLine])).to.deep.equal([
            [['observe/no-monitoring'], undefined, undefined],
            [['avail/single-point-of-failure'], undefined, 3]
        ]);
    });
});
