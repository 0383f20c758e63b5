/** The design model diff (pr-review.md, "archlens diff"): what a change added, removed, renamed and changed, built from real `.arch` text. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import { type DesignDiff, diffDesigns, renameMap } from '../../src/diff/model-diff.js';
import type { Design } from '../../src/model/design.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const SHOP = [
    'architecture Shop {',
    '  requirements { peak_rps: 1000 }',
    '  client Web',
    '  service Api "Shop API" { replicas: 2 }',
    '  database Db { engine: postgres }',
    '  Web -> Api : https',
    '  Api -> Db : sql',
    '}',
    ''
].join('\n');

describe('design model diff', () => {
    const folder = useTempFolder('archlens-model-diff-', { perTest: true });
    let written = 0;

    async function designsOf(text: string): Promise<readonly Design[]> {
        // A file per side: nothing read for one side can stand in for the other.
        const file = path.join(folder(), `side-${written++}.arch`);
        fs.writeFileSync(file, text);
        return (await analyzeFiles([file], { cwd: folder() })).designs;
    }

    async function diffOf(base: string, head: string): Promise<DesignDiff[]> {
        return diffDesigns(await designsOf(base), await designsOf(head));
    }

    async function shopDiff(head: string, base: string = SHOP): Promise<DesignDiff> {
        const diffs = await diffOf(base, head);
        const shop = diffs.find((diff) => diff.design === 'Shop');
        expect(shop, 'the Shop design').to.not.equal(undefined);
        return shop as DesignDiff;
    }

    function expectNothingElse(diff: DesignDiff, except: readonly string[]): void {
        const lists: Record<string, readonly unknown[]> = {
            'components.added': diff.components.added,
            'components.removed': diff.components.removed,
            'components.renamed': diff.components.renamed,
            'components.changed': diff.components.changed,
            'connections.added': diff.connections.added,
            'connections.removed': diff.connections.removed,
            'connections.changed': diff.connections.changed,
            settings: diff.settings
        };
        for (const [name, list] of Object.entries(lists)) {
            if (!except.includes(name)) {
                expect(list, name).to.deep.equal([]);
            }
        }
    }

    describe('unchanged designs', () => {
        it('reports identical designs as unchanged', async () => {
            const diff = await shopDiff(SHOP);
            expect(diff.status).to.equal('unchanged');
            expectNothingElse(diff, []);
        });

        it('ignores reformatting, reordering, comments and moved lines', async () => {
            const lines = SHOP.split('\n');
            const reordered = [lines[0], lines[6], lines[4], lines[5], lines[3], lines[2], lines[1], ...lines.slice(7)].join('\n');
            const reformatted = `// a comment\n\n${reordered.replace(/^ {2}/gm, '\t\t').replace(/ : /g, ':')}`;
            const diff = await shopDiff(reformatted);
            expect(diff.status).to.equal('unchanged');
            expectNothingElse(diff, []);
        });

        it('compares list and block values deeply, whatever order a block writes its keys in', async () => {
            const base = SHOP.replace('{ replicas: 2 }', '{ replicas: 2, autoscale: { min: 2, max: 6 }, data: [pii, payment] }');
            const head = SHOP.replace('{ replicas: 2 }', '{ data: [pii, payment], autoscale: { max: 6, min: 2 }, replicas: 2 }');
            expect((await shopDiff(head, base)).status).to.equal('unchanged');
        });
    });

    describe('components', () => {
        it('reports a component added and one removed, by name and kind', async () => {
            const head = SHOP.replace('  client Web\n', '  cache Sessions { engine: redis }\n').replace('  Web -> Api : https\n', '');
            const diff = await shopDiff(head);
            expect(diff.status).to.equal('changed');
            expect(diff.components.added).to.deep.equal([{ name: 'Sessions', kind: 'cache' }]);
            expect(diff.components.removed).to.deep.equal([{ name: 'Web', kind: 'client' }]);
            expect(diff.connections.removed).to.deep.equal([{ id: 'Web->Api', source: 'Web', target: 'Api' }]);
            expectNothingElse(diff, ['components.added', 'components.removed', 'connections.removed']);
        });

        it('reports a property changed from one value to another', async () => {
            const diff = await shopDiff(SHOP.replace('replicas: 2', 'replicas: 4'));
            expect(diff.components.changed).to.deep.equal([{ name: 'Api', kind: 'service', changes: [{ key: 'replicas', before: 2, after: 4 }] }]);
            expectNothingElse(diff, ['components.changed']);
        });

        it('reports a property added (no before) and one removed (no after)', async () => {
            const diff = await shopDiff(SHOP.replace('{ replicas: 2 }', '{ stateless: true }'));
            expect(diff.components.changed).to.deep.equal([
                { name: 'Api', kind: 'service', changes: [{ key: 'replicas', before: 2 }, { key: 'stateless', after: true }] }
            ]);
            expectNothingElse(diff, ['components.changed']);
        });

        it('does not report a value the component inherits from a defaults block, nor engine facts', async () => {
            const withDefaults = (replicas: number): string => SHOP.replace('  client Web\n', `  defaults { service { timeout: 2s, replicas: ${replicas} } }\n  service Search\n  client Web\n`);
            const diff = await shopDiff(withDefaults(5), withDefaults(3));
            expect(diff.status).to.equal('unchanged');
            // Switching the engine changes its facts, but only `engine` is reported.
            const engine = await shopDiff(SHOP.replace('engine: postgres', 'engine: mysql'));
            expect(engine.components.changed).to.deep.equal([{ name: 'Db', kind: 'database', changes: [{ key: 'engine', before: 'postgres', after: 'mysql' }] }]);
        });

        it('reports a change of kind, title and group as pseudo-keys before the properties', async () => {
            const head = SHOP.replace('  service Api "Shop API" { replicas: 2 }\n', '  system Core {\n    worker Api "Order API" { replicas: 3 }\n  }\n');
            const diff = await shopDiff(head);
            expect(diff.components.changed).to.deep.equal([{
                name: 'Api',
                kind: 'worker',
                changes: [
                    { key: 'kind', before: 'service', after: 'worker' },
                    { key: 'title', before: 'Shop API', after: 'Order API' },
                    { key: 'group', after: 'Core' },
                    { key: 'replicas', before: 2, after: 3 }
                ]
            }]);
        });

        it('ignores the components of other designs that a connection reaches', async () => {
            const other = 'architecture Payments {\n  external Stripe\n}\n';
            const base = `${other}${SHOP}`;
            const head = `${other}${SHOP.replace('  Api -> Db : sql\n', '  Api -> Db : sql\n  Api -> Payments.Stripe : https\n')}`;
            const diff = await shopDiff(head, base);
            expect(diff.connections.added).to.deep.equal([{ id: 'Api->Payments.Stripe', source: 'Api', target: 'Payments.Stripe' }]);
            expectNothingElse(diff, ['connections.added']);
        });
    });

    describe('connections', () => {
        it('reports a connection added and one removed', async () => {
            const head = SHOP.replace('  Web -> Api : https\n', '  Web -> Db : sql\n');
            const diff = await shopDiff(head);
            expect(diff.connections.added).to.deep.equal([{ id: 'Web->Db', source: 'Web', target: 'Db' }]);
            expect(diff.connections.removed).to.deep.equal([{ id: 'Web->Api', source: 'Web', target: 'Api' }]);
            expectNothingElse(diff, ['connections.added', 'connections.removed']);
        });

        it('reports a changed protocol, label and property of a connection', async () => {
            const head = SHOP.replace('Api -> Db : sql', 'Api -> Db : tcp "orders" { timeout: 1s }');
            const diff = await shopDiff(head);
            expect(diff.connections.changed).to.have.length(1);
            const [change] = diff.connections.changed;
            expect(change).to.include({ id: 'Api->Db', source: 'Api', target: 'Db' });
            expect(change?.changes.map((entry) => entry.key)).to.deep.equal(['label', 'protocol', 'timeout']);
            expect(change?.changes).to.deep.include({ key: 'protocol', before: 'sql', after: 'tcp' });
            expect(change?.changes).to.deep.include({ key: 'label', after: 'orders' });
            expectNothingElse(diff, ['connections.changed']);
        });

        it('reports the mode a queue at one end gives a connection, which no property states', async () => {
            const base = SHOP.replace('  Api -> Db : sql\n', '  service Jobs\n  Api -> Jobs\n');
            const diff = await shopDiff(base.replace('service Jobs', 'queue Jobs'), base);
            expect(diff.components.changed).to.deep.equal([{ name: 'Jobs', kind: 'queue', changes: [{ key: 'kind', before: 'service', after: 'queue' }] }]);
            expect(diff.connections.changed).to.deep.equal([{ id: 'Api->Jobs', source: 'Api', target: 'Jobs', changes: [{ key: 'mode', before: 'sync', after: 'async' }] }]);
        });
    });

    describe('renames', () => {
        it('reports an evident rename, with its connections following it', async () => {
            const diff = await shopDiff(SHOP.replace(/\bDb\b/g, 'Orders'));
            expect(diff.status).to.equal('changed');
            expect(diff.components.renamed).to.deep.equal([{ from: 'Db', to: 'Orders', kind: 'database' }]);
            expectNothingElse(diff, ['components.renamed']);
            expect([...renameMap(diff)]).to.deep.equal([['Db', 'Orders']]);
        });

        it('reports a renamed component whose connections change under its new name', async () => {
            const diff = await shopDiff(SHOP.replace(/\bDb\b/g, 'Orders').replace('Api -> Orders : sql', 'Api -> Orders : tcp'));
            expect(diff.components.renamed).to.deep.equal([{ from: 'Db', to: 'Orders', kind: 'database' }]);
            expect(diff.connections.changed).to.deep.equal([{ id: 'Api->Orders', source: 'Api', target: 'Orders', changes: [{ key: 'protocol', before: 'sql', after: 'tcp' }] }]);
            expectNothingElse(diff, ['components.renamed', 'connections.changed']);
        });

        it('reports two look-alike components renamed at once as removed and added', async () => {
            const base = SHOP.replace('  client Web\n', '  client Web\n  cache A { engine: redis }\n  cache B { engine: redis }\n');
            const diff = await shopDiff(base.replace('cache A', 'cache C').replace('cache B', 'cache D'), base);
            expect(diff.components.renamed).to.deep.equal([]);
            expect(diff.components.removed).to.deep.equal([{ name: 'A', kind: 'cache' }, { name: 'B', kind: 'cache' }]);
            expect(diff.components.added).to.deep.equal([{ name: 'C', kind: 'cache' }, { name: 'D', kind: 'cache' }]);
            expect(renameMap(diff).size).to.equal(0);
        });

        it('tells look-alike components apart by their connections', async () => {
            const base = SHOP.replace('  client Web\n', '  client Web\n  cache A { engine: redis }\n  cache B { engine: redis }\n  Api -> A : redis\n  Web -> B\n');
            const head = base.replace(/\bA\b/g, 'Carts').replace(/\bB\b/g, 'Pages');
            const diff = await shopDiff(head, base);
            expect(diff.components.renamed).to.deep.equal([{ from: 'A', to: 'Carts', kind: 'cache' }, { from: 'B', to: 'Pages', kind: 'cache' }]);
            expectNothingElse(diff, ['components.renamed']);
        });

        it('renames a component with nothing stated only when its connections are the same and there are some', async () => {
            const connected = await shopDiff(SHOP.replace(/\bWeb\b/g, 'Browser'));
            expect(connected.components.renamed).to.deep.equal([{ from: 'Web', to: 'Browser', kind: 'client' }]);
            expectNothingElse(connected, ['components.renamed']);
            const lonely = SHOP.replace('  Web -> Api : https\n', '');
            const unconnected = await shopDiff(lonely.replace(/\bWeb\b/g, 'Browser'), lonely);
            expect(unconnected.components.renamed).to.deep.equal([]);
            expect(unconnected.components.removed).to.deep.equal([{ name: 'Web', kind: 'client' }]);
            expect(unconnected.components.added).to.deep.equal([{ name: 'Browser', kind: 'client' }]);
        });

        it('does not take a component whose properties changed for a rename', async () => {
            const diff = await shopDiff(SHOP.replace(/\bDb\b/g, 'Orders').replace('engine: postgres', 'engine: mysql'));
            expect(diff.components.renamed).to.deep.equal([]);
            expect(diff.components.removed).to.deep.equal([{ name: 'Db', kind: 'database' }]);
            expect(diff.components.added).to.deep.equal([{ name: 'Orders', kind: 'database' }]);
            expect(diff.connections.removed.map((connection) => connection.id)).to.deep.equal(['Api->Db']);
            expect(diff.connections.added.map((connection) => connection.id)).to.deep.equal(['Api->Orders']);
        });
    });

    describe('designs and settings', () => {
        it('lists a design added or removed, with all its components, and sorts designs by name', async () => {
            const extra = 'architecture Analytics {\n  worker Etl\n  storage Lake\n  Etl -> Lake\n}\n';
            const added = await diffOf(SHOP, `${SHOP}${extra}`);
            expect(added.map((diff) => [diff.design, diff.status])).to.deep.equal([['Analytics', 'added'], ['Shop', 'unchanged']]);
            const [analytics] = added;
            expect(analytics?.components.added).to.deep.equal([{ name: 'Etl', kind: 'worker' }, { name: 'Lake', kind: 'storage' }]);
            expect(analytics?.connections.added).to.deep.equal([{ id: 'Etl->Lake', source: 'Etl', target: 'Lake' }]);
            const removed = await diffOf(`${SHOP}${extra}`, SHOP);
            expect(removed.map((diff) => [diff.design, diff.status])).to.deep.equal([['Analytics', 'removed'], ['Shop', 'unchanged']]);
            expect(removed[0]?.components.removed).to.deep.equal([{ name: 'Etl', kind: 'worker' }, { name: 'Lake', kind: 'storage' }]);
            expect(removed[0]?.components.added).to.deep.equal([]);
        });

        it('reports a settings change per block, in the normalised values of the model', async () => {
            const diff = await shopDiff(SHOP.replace('peak_rps: 1000', 'peak_rps: 2000, availability: 99.9%'));
            // `99.9%` is normalised to a fraction.
            expect(diff.settings).to.deep.equal([{ block: 'requirements', changes: [{ key: 'availability', after: 0.999 }, { key: 'peak_rps', before: 1000, after: 2000 }] }]);
            expectNothingElse(diff, ['settings']);
        });
    });
});
