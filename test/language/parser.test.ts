import { expect } from 'chai';
import { COMPONENT_KINDS } from '../../src/model/design.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

async function diagnosticsOf(text: string): Promise<string[]> {
    return describeDiagnostics(languageDiagnostics((await buildWorkspace(text)).diagnostics()));
}

describe('parser: valid constructs', () => {
    it('parses the whole-design example of language.md without any diagnostic', async () => {
        const text = `
// Comments: line and /* block */.
architecture UrlShortener "URL shortener" {
  requirements {
    users: 100M
    peak_rps: 40k          // requests per second at peak
    read_ratio: 100
    availability: 99.99%
    latency_p99: 200ms
  }
  client Browser "Web and mobile users"
  cdn Edge { engine: cloudfront }
  loadbalancer Lb {
    engine: alb
    replicas: 2
    zones: 2
  }
  network private {
    service Api {
      replicas: 3
      zones: 3
      autoscale: { min: 3, max: 30, metric: cpu }
      stateless: true
      auth: jwt
      -> Hot : reads
      -> Urls : sql, reads, writes
      -> Clicks : async
    }
    cache Hot { engine: redis, eviction: lru, ttl: 24h, replicas: 2, hit_ratio: 90% }
    database Urls {
      engine: postgres
      replicas: 2
      replication: async
      failover: auto
      shards: 4
      backup: { mode: pitr, retention: 7d }
      encryption: at_rest
    }
    queue Clicks { engine: kafka, partitions: 12, replicas: 3 }
    worker Analytics { replicas: 2 }
  }
  monitoring Metrics { engine: prometheus, alerts: pagerduty }
  logging Logs { engine: elasticsearch }
  Browser -> Edge : https
  Edge -> Lb : https
  Lb -> Api : http
  Clicks -> Analytics : async
  deployment {
    pipeline: github_actions
    tests: [unit, integration, e2e]
    strategy: canary
    rollback: automatic
    regions: [us_east, us_west]
    mode: active_passive
    rto: 15m
    rpo: 1m
  }
}`;
        expect(await diagnosticsOf(text)).to.deep.equal([]);
    });

    it('parses imports, several architecture blocks and a file with nothing in it', async () => {
        expect(await diagnosticsOf('')).to.deep.equal([]);
        expect(await diagnosticsOf('// only a comment\n')).to.deep.equal([]);
        expect(await diagnosticsOf('architecture A { service S }\narchitecture B "Bee" { service S }')).to.deep.equal([]);
    });

    it('parses every component kind, with and without a title and a body', async () => {
        const kinds = [...COMPONENT_KINDS];
        const body = kinds.map((kind, index) => `  ${kind} K${index} "Title ${index}" { description: "a ${kind}" }\n  ${kind} Bare${index}`).join('\n');
        const workspace = await buildWorkspace(`architecture Kinds {\n${body}\n}`);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        expect(workspace.design('Kinds').components.map((component) => component.kind)).to.include.members(kinds);
        expect(workspace.design('Kinds').components).to.have.length(kinds.length * 2);
    });

    it('parses nested system and network groups with properties', async () => {
        const text = `architecture G {
  system Orders "Order context" {
    owner: orders_team
    network dmz { exposure: public
      gateway Gw
    }
    network data {
      database Db
    }
  }
  Gw -> Db
}`;
        const workspace = await buildWorkspace(text);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        const db = workspace.design('G').components.find((component) => component.name === 'Db');
        expect(db?.group?.name).to.equal('data');
        expect(db?.group?.exposure).to.equal('private');
        expect(db?.group?.parent?.name).to.equal('Orders');
        const gw = workspace.design('G').components.find((component) => component.name === 'Gw');
        expect(gw?.group?.exposure).to.equal('public');
    });

    it('parses chains, inline connections, shorthand, labels and blocks', async () => {
        const text = `architecture C {
  client U
  gateway G
  service A { -> B : grpcs, reads "fetch profile" { timeout: 2s, retries: 2 } }
  service B
  queue Q
  U -> G -> A : https "user traffic"
  A -> Q { mode: async }
}`;
        const workspace = await buildWorkspace(text);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        const connections = workspace.design('C').connections;
        expect(connections.map((connection) => connection.id)).to.deep.equal(['A->B', 'U->G', 'G->A', 'A->Q']);
        const ab = connections[0];
        expect(ab.protocol).to.equal('grpcs');
        expect(ab.access).to.equal('reads');
        expect(ab.label).to.equal('fetch profile');
        expect(ab.properties.number('timeout')).to.equal(2);
        expect(ab.properties.number('retries')).to.equal(2);
        expect(connections[1].label).to.equal('user traffic');
        expect(connections[1].protocol).to.equal('https');
        expect(connections[2].protocol).to.equal('https');
    });

    it('parses transactions with references in writes', async () => {
        const text = `architecture T {
  database Orders
  database Payments
  transaction PlaceOrder "Place an order" {
    writes: [Orders, Payments]
    consistency: strong
    protocol: saga
  }
}`;
        const workspace = await buildWorkspace(text);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        const [transaction] = workspace.design('T').transactions;
        expect(transaction.writes.map((store) => store.name)).to.deep.equal(['Orders', 'Payments']);
        expect(transaction.properties.string('protocol')).to.equal('saga');
    });

    it('accepts keywords as property keys and words', async () => {
        const text = `architecture K {
  deployment { tests: [unit, integration, e2e, load], mode: single }
  testing { load: true, stress: true }
  service S { consistency: strong }
  database D
  S -> D : sync, writes
}`;
        expect(await diagnosticsOf(text)).to.deep.equal([]);
    });

    it('accepts commas, newlines and trailing commas between properties and list items', async () => {
        const text = `architecture P {
  service S { replicas: 2, zones: 2, tags: [a, b,], }
  service T {
    replicas: 2
    zones: 2
  }
}`;
        expect(await diagnosticsOf(text)).to.deep.equal([]);
    });

    it('reads escaped quotes in strings', async () => {
        const workspace = await buildWorkspace('architecture S { service Api "The \\"main\\" API \\\\ v2" }');
        expect(workspace.design('S').components[0].title).to.equal('The "main" API \\ v2');
    });
});

describe('parser: errors and recovery', () => {
    it('reports one syntax error for a typo and keeps parsing the rest of the file', async () => {
        const text = `architecture R {
  service A { replicas 3 }
  service B { replicas: 2 }
  database D { engine: postgres }
  B -> D : sql
}`;
        const workspace = await buildWorkspace(text);
        const diagnostics = describeDiagnostics(languageDiagnostics(workspace.diagnostics()));
        expect(diagnostics).to.deep.equal(["2:24 syntax Expected ':' but found '3'."]);
        const design = workspace.design('R');
        expect(design.components.map((component) => component.name)).to.deep.equal(['A', 'B', 'D']);
        expect(design.connections.map((connection) => connection.id)).to.deep.equal(['B->D']);
    });

    it('reads every keyword spelt like a name as a key, except writes; true and false stay booleans', async () => {
        const workspace = await buildWorkspace('architecture K {\n  service S { service: 1, system: 2, transaction: 3, architecture: 4, requirements: 5, stateless: true }\n}');
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => `${String(diagnostic.code)} ${diagnostic.message}`);
        expect(messages.filter((message) => message.startsWith('syntax'))).to.deep.equal([]);
        for (const key of ['service', 'system', 'transaction', 'architecture', 'requirements']) {
            expect(messages.some((message) => message.startsWith(`meta/unknown-property Unknown property '${key}'`)), key).to.equal(true);
        }
        expect(workspace.design('K').components[0].properties.get('stateless')).to.equal(true);
        expect(await diagnosticsOf('architecture K {\n  service S { writes: 1 }\n}')).to.include("2:15 syntax Expected '}' but found 'writes'.");
    });

    it('names what may follow a connection\'s colon', async () => {
        expect(await diagnosticsOf('architecture R {\n  service A\n  service B\n  A -> B : ,\n}')).to.include("4:12 syntax Unexpected ',': expected a name or 'writes'.");
    });

    it('reports a missing closing brace at the end of the file', async () => {
        const diagnostics = await diagnosticsOf('architecture R {\n  service A\n');
        expect(diagnostics).to.deep.equal(["2:12 syntax Expected '}' but found the end of the file."]);
    });

    it('reports unexpected top-level text', async () => {
        const diagnostics = await diagnosticsOf('service A');
        expect(diagnostics).to.have.length(1);
        expect(diagnostics[0]).to.match(/^1:1 syntax Unexpected 'service'/);
    });

    it('reports an unknown kind with a suggestion and the list of kinds', async () => {
        const diagnostics = await diagnosticsOf('architecture R {\n  servce Api\n}');
        expect(diagnostics).to.have.length(1);
        expect(diagnostics[0]).to.match(/^2:3 syntax Unknown kind 'servce'\. Did you mean 'service'\? Kinds: client, external/);
    });

    it('reports an unknown shorthand word with the vocabulary', async () => {
        const diagnostics = await diagnosticsOf('architecture R {\n  service A\n  service B\n  A -> B : htps, reads\n}');
        expect(diagnostics).to.deep.equal([
            "4:12 syntax Unknown connection word 'htps'. Did you mean 'https'? After ':' use: http, https, grpc, grpcs, tcp, sql, amqp, kafka, ws, wss, redis, smtp, tls, sync, async, reads, writes, lock."
        ]);
    });

    it('reports unresolved references in connections and writes, with a suggestion', async () => {
        const text = `architecture R {
  service Api
  database Orders
  Api -> Ordrs
  transaction T { writes: [Orders, Nope] }
}`;
        expect(await diagnosticsOf(text)).to.deep.equal([
            "4:10 meta/unresolved-reference Unknown component 'Ordrs' in design R. Did you mean 'Orders'?",
            "5:36 meta/unresolved-reference Unknown component 'Nope' in design R."
        ]);
    });

    it('reports duplicate component names on both declarations, even across files', async () => {
        const workspace = await buildWorkspace({
            'a.arch': 'architecture Shop {\n  service Api\n}',
            'b.arch': 'architecture Shop {\n  database Api\n}'
        });
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics('a.arch')))).to.deep.equal(["2:11 meta/duplicate-name Duplicate component name 'Api' in design Shop."]);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics('b.arch')))).to.deep.equal(["2:12 meta/duplicate-name Duplicate component name 'Api' in design Shop."]);
        expect(workspace.diagnostics('a.arch')[0].relatedInformation?.[0].location.uri).to.match(/b\.arch$/);
    });

    it('reports a transaction without writes', async () => {
        expect(await diagnosticsOf('architecture R {\n  transaction T { consistency: strong }\n}')).to.deep.equal([
            "2:15 meta/invalid-value Transaction 'T' needs 'writes: [Store, …]' naming the stores it writes."
        ]);
    });

    it('reports an import that does not exist', async () => {
        const diagnostics = await diagnosticsOf('import "nowhere.arch"\narchitecture R { service A }');
        expect(diagnostics).to.have.length(1);
        expect(diagnostics[0]).to.match(/^1:8 meta\/unresolved-reference Cannot find 'nowhere\.arch'/);
    });

    it('labels every diagnostic with source archlens', async () => {
        const workspace = await buildWorkspace('architecture R {\n  servce A\n  service B { replica: 2 }\n  B -> C\n}');
        const diagnostics = workspace.diagnostics();
        expect(languageDiagnostics(diagnostics)).to.have.length(3);
        expect(diagnostics.length).to.be.greaterThan(3); // review findings too
        expect(diagnostics.every((diagnostic) => diagnostic.source === 'archlens')).to.equal(true);
    });
});
