/** A Compose project read into a design: what becomes a component, a connection and a property, and where each came from. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCompose } from '../../src/import/load-compose.js';
import { emitDesign } from '../../src/import/emit-design.js';
import type { ImportedSystem } from '../../src/import/imported-system.js';
import { buildWorkspace, languageDiagnostics, describeDiagnostics } from '../helpers/workspace.js';

const SHOP = path.resolve(import.meta.dirname, '../fixtures/import/compose/shop');

function component(system: ImportedSystem, name: string): { kind: string; properties: Record<string, unknown> } {
    const found = system.components.find((candidate) => candidate.name === name);
    if (!found) {
        throw new Error(`no component ${name}`);
    }
    return { kind: found.kind, properties: Object.fromEntries(found.properties.map((property) => [property.key, property.value])) };
}

function edges(system: ImportedSystem): string[] {
    return system.connections.map((connection) => `${connection.source}->${connection.target} (${connection.evidence})`);
}

async function importFiles(files: Record<string, string>): Promise<ImportedSystem> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-compose-'));
    for (const [name, text] of Object.entries(files)) {
        fs.writeFileSync(path.join(folder, name), text);
    }
    return loadCompose(Object.keys(files).map((name) => path.join(folder, name)));
}

describe('Compose import', () => {
    let shop: ImportedSystem;
    before(async () => {
        shop = await loadCompose([path.join(SHOP, 'compose.yaml'), path.join(SHOP, 'compose.override.yaml')]);
    });

    it('makes a component of every service, its kind and engine from the image, `service` for what is built', () => {
        expect(shop.problems).to.deep.equal([]);
        expect(shop.components.map((item) => `${item.kind} ${item.name}`)).to.deep.equal([
            'client Users', 'service Web', 'service Api', 'worker Worker', 'database Db', 'cache Redis', 'queue Rabbit', 'search Search'
        ]);
        expect(component(shop, 'Db').properties.engine).to.deep.equal({ word: 'postgres' });
        expect(component(shop, 'Search').properties.engine).to.deep.equal({ word: 'elasticsearch' });
    });

    it('finds each connection from evidence: URLs, host keys, and nothing invented', () => {
        expect(edges(shop)).to.deep.equal([
            'Users->Web (ports 8080:80 published)',
            'Web->Api (environment API_URL)',
            'Api->Db (environment DATABASE_URL)',
            'Api->Redis (environment REDIS_HOST)',
            'Api->Rabbit (environment AMQP_URL)',
            'Api->Search (environment SEARCH_URL)',
            'Worker->Rabbit (environment BROKER)',
            'Worker->Db (environment PGHOST)'
        ]);
        expect(shop.connections.find((item) => item.target === 'Db' && item.source === 'Api')?.properties.map((property) => property.value)).to.deep.equal([{ word: 'sql' }]);
    });

    it('merges the override: a later file wins for a value and adds to the environment', () => {
        expect(component(shop, 'Api').properties.replicas).to.equal(4);
        expect(shop.connections.find((item) => item.target === 'Search')?.from.uri).to.match(/compose\.override\.yaml$/);
    });

    it('reads the facts the review needs: volumes under a store\'s data, published ports (not loopback), plain secrets, health checks', () => {
        expect(component(shop, 'Db').properties).to.deep.include({ volume: { word: 'ephemeral' }, published: [5432], plain_secrets: ['POSTGRES_PASSWORD'] });
        expect(component(shop, 'Rabbit').properties.volume).to.deep.equal({ word: 'persistent' });
        expect(component(shop, 'Search').properties).to.not.have.property('published');
        expect(component(shop, 'Api').properties).to.deep.include({ health_check: true, plain_secrets: ['DATABASE_URL', 'AMQP_URL', 'JWT_SECRET'] });
    });

    it('says calls to a service of several containers are spread by the platform', () => {
        const call = shop.connections.find((item) => item.target === 'Api');
        expect(call?.properties.map((property) => [property.key, property.value])).to.deep.include(['routing', { word: 'round_robin' }]);
    });

    it('keeps the provenance of each fact: file, line and key', () => {
        const db = shop.components.find((item) => item.name === 'Db');
        expect(db?.from.key).to.equal('services.db');
        expect(db?.from.range.start.line).to.equal(27);
        const url = shop.connections.find((item) => item.evidence === 'environment DATABASE_URL');
        expect(url?.from).to.include({ key: 'services.api.environment.DATABASE_URL' });
        expect(url?.from.range.start.line).to.equal(14);
    });

    it('writes a design that parses with no language error', async () => {
        const emitted = emitDesign(shop, (uri) => path.basename(uri));
        const workspace = await buildWorkspace(emitted.text);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        expect(emitted.lines).to.have.length(emitted.text.split('\n').length - 1);
    });

    it('takes depends_on, links, network aliases and command arguments as evidence; depends_on alone is marked inferred', async () => {
        const system = await importFiles({ 'compose.yaml': [
            'services:',
            '  app:',
            '    image: acme/app',
            '    depends_on: [migrate]',
            '    links: ["cache:kv"]',
            '    command: ["--store", "mongodb://docs:27017/app"]',
            '    environment: { SEARCH_HOST: es }',
            '  migrate: { image: acme/migrate }',
            '  cache: { image: memcached }',
            '  docs: { image: mongo:7 }',
            '  search:',
            '    image: opensearchproject/opensearch',
            '    networks: { default: { aliases: [es] } }',
            ''
        ].join('\n') });
        expect(edges(system)).to.deep.equal(['App->Search (environment SEARCH_HOST)', 'App->Docs (command)', 'App->Cache (links)', 'App->Migrate (depends_on)']);
        expect(system.connections.find((item) => item.target === 'Migrate')?.inferred).to.equal('depends_on orders start-up; taken as a use of it');
        expect(system.connections.find((item) => item.target === 'Cache')?.inferred).to.equal(undefined);
    });

    it('reads variables without an environment: defaults taken, an unset variable names nothing', async () => {
        const system = await importFiles({ 'compose.yaml': 'services:\n  app:\n    image: acme/app\n    environment:\n      DB_URL: postgres://${DB_HOST:-db}/app\n      CACHE_URL: redis://${CACHE_HOST}:6379\n  db: { image: "postgres:${PG:-16}" }\n  cache: { image: redis }\n' });
        expect(edges(system)).to.deep.equal(['App->Db (environment DB_URL)']);
        expect(component(system, 'Db').kind).to.equal('database');
    });

    it('regression (round 15): writes the one container of a Kafka service that states no scale, as a design that leaves the count out is read as a cluster', async () => {
        const system = await importFiles({ 'compose.yaml': 'services:\n  broker: { image: "bitnami/kafka:3.7" }\n  scaled: { image: "bitnami/kafka:3.7", deploy: { replicas: 3 } }\n  db: { image: postgres }\n' });
        expect(component(system, 'Broker').properties.replicas).to.equal(1);
        expect(component(system, 'Scaled').properties.replicas).to.equal(3);
        expect(component(system, 'Db').properties).to.not.have.property('replicas');
    });

    it('reports what the Compose schema rejects at its key, and a base service that is not there', async () => {
        const system = await importFiles({ 'compose.yaml': 'services:\n  app:\n    image: acme/app\n    replicaz: 3\n    extends: { service: base }\n' });
        expect(system.problems.map((problem) => [problem.rule, problem.range.start.line, problem.message])).to.deep.equal([
            ['import/schema', 3, 'Not a valid Compose file: `services.app` has no key `replicaz`.'],
            ['import/not-followed', 4, "`extends` is not followed: no service 'base' in this file; the service is read as this file writes it."]
        ]);
    });

    it('survives hostile and broken input with a message: an alias bomb, a file that is not Compose, an empty file', async () => {
        const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)},*${String.fromCharCode(97 + index)}]`), 'services: {}', ''].join('\n');
        const exploded = await importFiles({ 'compose.yaml': bomb });
        expect(exploded.problems[0].message).to.match(/^This Compose file cannot be read: .*alias/i);
        const list = await importFiles({ 'compose.yaml': '- just\n- a list\n' });
        expect(list.problems[0].message).to.match(/^Not a valid Compose file: the file must be object/);
        const empty = await importFiles({ 'compose.yaml': '' });
        expect(empty.components).to.deep.equal([]);
    });
});
