import { expect } from 'chai';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { type CursorWorkspace, textDocumentOf, workspaceWithCursor } from './editor-workspace.js';

async function complete(files: string | Readonly<Record<string, string>>): Promise<CompletionItem[]> {
    const workspace: CursorWorkspace = await workspaceWithCursor(files);
    const provider = workspace.services.lsp.CompletionProvider;
    if (!provider) {
        throw new Error('no completion provider');
    }
    const list = await provider.getCompletion(workspace.document, { textDocument: textDocumentOf(workspace.document), position: workspace.position });
    return list?.items ?? [];
}

function labels(items: readonly CompletionItem[]): string[] {
    return items.map((item) => item.label);
}

function item(items: readonly CompletionItem[], label: string): CompletionItem {
    const found = items.find((candidate) => candidate.label === label);
    if (!found) {
        throw new Error(`no item '${label}' among ${labels(items).join(', ')}`);
    }
    return found;
}

function documentation(completion: CompletionItem): string {
    return (completion.documentation as MarkupContent | undefined)?.value ?? '';
}

/** Items in the order an editor shows them. */
function sorted(items: readonly CompletionItem[]): string[] {
    return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((completion) => completion.label);
}

describe('completion', () => {
    describe('where a member may start', () => {
        it('offers component kinds, groups, settings blocks and transaction, documented from the schema', async () => {
            const items = await complete('architecture Shop {\n  <|>\n}\n');
            expect(labels(items)).to.include.members(['database', 'service', 'queue', 'network', 'system', 'requirements', 'deployment', 'transaction']);
            expect(documentation(item(items, 'database'))).to.contain('system of record');
            expect(documentation(item(items, 'network'))).to.contain('trust boundary');
        });

        it('offers no property keys or top-level keywords in an architecture body', async () => {
            const items = await complete('architecture Shop {\n  <|>\n}\n');
            expect(labels(items)).to.not.include.members(['replicas', 'architecture', 'import', 'true', 'false']);
        });

        it('offers the design\'s component names, which may start a connection', async () => {
            const items = await complete('architecture Shop {\n  service Api\n  database Db\n  <|>\n}\n');
            expect(labels(items)).to.include.members(['Api', 'Db']);
        });

        it('offers both the group\'s keys and member keywords inside a network', async () => {
            const items = await complete('architecture Shop {\n  network private {\n    <|>\n  }\n}\n');
            expect(labels(items)).to.include.members(['exposure', 'cidr', 'service', 'database']);
            expect(labels(items)).to.not.include('replicas');
        });
    });

    describe('property keys', () => {
        it('offers the keys of the component\'s kind with their documentation', async () => {
            const items = await complete('architecture Shop {\n  database Db {\n    <|>\n  }\n}\n');
            expect(labels(items)).to.include.members(['engine', 'replicas', 'zones', 'backup', 'shards', 'replication', 'encryption']);
            expect(labels(items)).to.not.include.members(['eviction', 'partitions', 'service', 'database']);
            const replicas = documentation(item(items, 'replicas'));
            expect(replicas).to.contain('Number of running instances');
            expect(replicas).to.contain('Default: `1`');
            expect(replicas).to.contain('Unit: count');
        });

        it('documents allowed values, units with an example, and defaults', async () => {
            const items = await complete('architecture Shop {\n  cache Hot {\n    <|>\n  }\n}\n');
            const eviction = documentation(item(items, 'eviction'));
            expect(eviction).to.contain('`lru`: Least recently used.');
            expect(eviction).to.contain('`none`: Nothing: writes fail when memory is full.');
            expect(documentation(item(items, 'ttl'))).to.contain('Unit: duration, written like 200ms');
        });

        it('leaves out keys already written, before and after the cursor', async () => {
            const items = await complete('architecture Shop {\n  database Db {\n    engine: postgres\n    <|>\n    zones: 2\n  }\n}\n');
            expect(labels(items)).to.include('replicas');
            expect(labels(items)).to.not.include.members(['engine', 'zones']);
        });

        it('offers the keys of a nested block, not of the component', async () => {
            const items = await complete('architecture Shop {\n  database Db {\n    backup: { mode: pitr, <|> }\n  }\n}\n');
            expect(labels(items)).to.include.members(['interval', 'retention', 'offsite']);
            expect(labels(items)).to.not.include.members(['mode', 'replicas', 'engine']);
        });

        it('offers autoscale\'s keys inside autoscale', async () => {
            const items = await complete('architecture Shop {\n  service Api { autoscale: { <|> } }\n}\n');
            expect(labels(items)).to.include.members(['min', 'max', 'metric']);
        });

        it('offers connection keys in a connection block, inside a component and at the top level', async () => {
            const outgoing = await complete('architecture Shop {\n  database Db\n  service Api {\n    -> Db { <|> }\n  }\n}\n');
            const chain = await complete('architecture Shop {\n  database Db\n  service Api\n  Api -> Db : sql {\n    <|>\n  }\n}\n');
            for (const items of [outgoing, chain]) {
                expect(labels(items)).to.include.members(['protocol', 'tls', 'mode', 'access', 'read_from']);
                expect(labels(items)).to.not.include('replicas');
            }
        });

        it('offers the keys of a settings block and of a transaction', async () => {
            const deployment = await complete('architecture Shop {\n  deployment {\n    <|>\n  }\n}\n');
            expect(labels(deployment)).to.include.members(['pipeline', 'strategy', 'rto', 'regions']);
            const transaction = await complete('architecture Shop {\n  transaction Pay {\n    <|>\n  }\n}\n');
            expect(labels(transaction)).to.include.members(['consistency', 'protocol', 'writes']);
        });

        it('inserts `key: ` and asks for the values, or only the key before an existing colon', async () => {
            const fresh = item(await complete('architecture Shop {\n  cache Hot { <|> }\n}\n'), 'eviction');
            expect(fresh.textEdit?.newText).to.equal('eviction: ');
            expect(fresh.command?.command).to.equal('editor.action.triggerSuggest');
            const beforeColon = item(await complete('architecture Shop {\n  cache Hot { evi<|>: lru }\n}\n'), 'eviction');
            expect(beforeColon.textEdit?.newText).to.equal('eviction');
        });
    });

    describe('values', () => {
        it('offers enum values with their descriptions', async () => {
            const items = await complete('architecture Shop {\n  database Db {\n    backup: { mode: <|> }\n  }\n}\n');
            expect(labels(items)).to.have.members(['none', 'snapshot', 'continuous', 'pitr']);
            expect(documentation(item(items, 'pitr'))).to.contain('Point-in-time recovery');
        });

        it('offers the purposes a design may state, with what each changes', async () => {
            const items = await complete('architecture Shop {\n  requirements { purpose: <|> }\n}\n');
            expect(labels(items)).to.have.members(['production', 'demo', 'sample', 'benchmark', 'poc', 'teaching']);
            expect(documentation(item(items, 'benchmark'))).to.contain('operational and hardening practices are not judged');
        });

        it('completes a value being typed', async () => {
            const items = await complete('architecture Shop {\n  deployment { strategy: can<|> }\n}\n');
            expect(labels(items)).to.deep.equal(['canary']);
        });

        it('offers suggested words, and leaves out list items already written', async () => {
            const items = await complete('architecture Shop {\n  deployment { tests: [unit, <|>] }\n}\n');
            expect(labels(items)).to.include.members(['integration', 'e2e', 'load']);
            expect(labels(items)).to.not.include('unit');
        });

        it('offers true and false for a boolean, and nothing else', async () => {
            const items = await complete('architecture Shop {\n  service Api { stateless: <|> }\n}\n');
            expect(labels(items)).to.have.members(['true', 'false']);
        });

        it('offers engine ids, those serving the component\'s kind first, with their facts', async () => {
            const database = sorted(await complete('architecture Shop {\n  database Db { engine: <|> }\n}\n'));
            expect(database.indexOf('postgres')).to.be.lessThan(database.indexOf('alb'));
            expect(database.indexOf('cassandra')).to.be.lessThan(database.indexOf('kafka'));
            const cacheItems = await complete('architecture Shop {\n  cache Hot { engine: <|> }\n}\n');
            const cache = sorted(cacheItems);
            expect(cache.indexOf('redis')).to.be.lessThan(cache.indexOf('postgres'));
            expect(documentation(item(cacheItems, 'memcached'))).to.contain('Memcached').and.to.contain('`eviction`: lru');
        });

        it('still knows the slot when the text after the cursor is broken', async () => {
            const items = await complete('architecture Shop {\n  queue Jobs {\n    delivery: <|>\n');
            expect(labels(items)).to.have.members(['at_most_once', 'at_least_once', 'exactly_once']);
        });
    });

    describe('component names', () => {
        const files = {
            'shop.arch': 'architecture Shop {\n  database Orders\n  cache Hot\n  service Api {\n    -> <|>\n  }\n}\n',
            'shop-more.arch': 'architecture Shop {\n  queue Jobs "background jobs"\n}\n',
            'billing.arch': 'architecture Billing {\n  database Ledger\n}\n'
        };

        it('offers the own design\'s names plain (from every file) and other designs\' qualified, not the source', async () => {
            const items = await complete(files);
            expect(labels(items)).to.include.members(['Orders', 'Hot', 'Jobs', 'Billing.Ledger']);
            expect(labels(items)).to.not.include.members(['Api', 'Ledger', 'Shop.Orders']);
            expect(item(items, 'Jobs').detail).to.equal('queue "background jobs"');
            expect(documentation(item(items, 'Orders'))).to.contain('`database`');
        });

        it('offers names after `->` in a connection chain, without the source', async () => {
            const items = await complete('architecture Shop {\n  service Api\n  database Db\n  Api -> <|>\n}\n');
            expect(labels(items)).to.include('Db');
            expect(labels(items)).to.not.include('Api');
        });

        it('offers names in a transaction\'s writes list, after a comma too', async () => {
            const items = await complete('architecture Shop {\n  database Orders\n  database Ledger\n  transaction Pay { writes: [Orders, <|>] }\n}\n');
            expect(labels(items)).to.include('Ledger');
        });

        it('offers a design\'s names after its prefix', async () => {
            const items = await complete({ ...files, 'shop.arch': 'architecture Shop {\n  service Api {\n    -> Billing.<|>\n  }\n}\n' });
            expect(labels(items)).to.deep.equal(['Ledger']);
        });
    });

    describe('connection shorthand', () => {
        it('offers the shorthand vocabulary after `:`, with what each word sets', async () => {
            const items = await complete('architecture Shop {\n  database Db\n  service Api { -> Db : <|> }\n}\n');
            expect(labels(items)).to.include.members(['https', 'sql', 'tls', 'async', 'reads', 'lock']);
            expect(documentation(item(items, 'sql'))).to.contain('`protocol: sql`');
            expect(documentation(item(items, 'async'))).to.contain('mode: async');
        });

        it('leaves out words already written', async () => {
            const items = await complete('architecture Shop {\n  database Db\n  service Api\n  Api -> Db : sql, <|>\n}\n');
            expect(labels(items)).to.include('tls');
            expect(labels(items)).to.not.include('sql');
        });
    });

    describe('in an extend', () => {
        it('offers the design\'s components to extend, the keyword documented', async () => {
            expect(labels(await complete('architecture Shop {\n  database Db\n  cache Sessions\n  extend <|>\n}\n'))).to.include.members(['Db', 'Sessions']);
            expect(documentation(item(await complete('architecture Shop {\n  database Db\n  <|>\n}\n'), 'extend'))).to.contain('declared elsewhere');
        });

        it('offers the keys and engines of the kind it extends', async () => {
            const keys = labels(await complete('architecture Shop {\n  database Db\n  extend Db {\n    <|>\n  }\n}\n'));
            expect(keys).to.include.members(['engine', 'backup', 'replicas']);
            expect(keys).to.not.include('ttl');
            const engines = labels(await complete('architecture Shop {\n  database Db\n  extend Db { engine: <|> }\n}\n'));
            expect(engines).to.include('postgres');
        });
    });

    describe('inside a journey', () => {
        it('offers the journey\'s keys, and component names after an arrow', async () => {
            expect(labels(await complete('architecture Shop {\n  client Web\n  service Api\n  journey J {\n    <|>\n  }\n}\n'))).to.include.members(['availability', 'latency_p99']);
            expect(labels(await complete('architecture Shop {\n  client Web\n  service Api\n  journey J {\n    Web -> <|>\n  }\n}\n'))).to.include('Api');
        });
    });

    describe('inside defaults', () => {
        it('offers the component kinds and connection, leaving out kinds already written', async () => {
            const items = await complete('architecture Shop {\n  defaults {\n    database { replicas: 2 }\n    <|>\n  }\n}\n');
            expect(labels(items)).to.include.members(['service', 'cache', 'connection']);
            expect(labels(items)).to.not.include('database');
            expect(labels(items)).to.not.include('replicas');
            expect(item(items, 'connection').insertText).to.equal('connection {\n\t$0\n}');
        });

        it('offers the kind\'s keys inside a kind\'s entry, and a connection\'s inside connection', async () => {
            const service = await complete('architecture Shop {\n  network Private {\n    defaults { service { replicas: 2, <|> } }\n  }\n}\n');
            expect(labels(service)).to.include.members(['timeout', 'zones', 'autoscale']);
            expect(labels(service)).to.not.include('replicas');
            expect(labels(service)).to.not.include('eviction');
            const connection = await complete('architecture Shop {\n  defaults { connection { <|> } }\n}\n');
            expect(labels(connection)).to.include.members(['tls', 'auth', 'timeout']);
        });

        it('offers engine ids for engine inside a kind\'s entry', async () => {
            const items = await complete('architecture Shop {\n  defaults { database { engine: <|> } }\n}\n');
            expect(labels(items)).to.include('postgres');
        });
    });

    it('offers nothing where a new name is written', async () => {
        expect(await complete('architecture Shop {\n  service Api\n  database <|>\n}\n')).to.deep.equal([]);
        expect(await complete('architecture Shop {\n  service Api\n  transaction <|>\n}\n')).to.deep.equal([]);
    });

    it('offers nothing inside a comment or a string', async () => {
        expect(await complete('architecture Shop {\n  // a comm<|>\n}\n')).to.deep.equal([]);
        expect(await complete('architecture Shop "a ti<|>tle" {\n}\n')).to.deep.equal([]);
    });
});
