import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import type { LangiumDocument } from 'langium';
import type { MarkupContent } from 'vscode-languageserver';
import { engineDocumentation } from '../../../src/language/lsp/property-documentation.js';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';
import { documentNamed, positionOf, textDocumentOf } from './editor-workspace.js';
import { readSpecExample } from '../../helpers/spec-examples.js';


async function hover(workspace: TestWorkspace, document: LangiumDocument, needle: string, shift = 0, occurrence = 0): Promise<string | undefined> {
    const provider = workspace.services.lsp.HoverProvider;
    if (!provider) {
        throw new Error('no hover provider');
    }
    const result = await provider.getHoverContent(document, { textDocument: textDocumentOf(document), position: positionOf(document, needle, shift, occurrence) });
    return (result?.contents as MarkupContent | undefined)?.value;
}

describe('hover', () => {
    let workspace: TestWorkspace;
    let shortener: LangiumDocument;

    before(async () => {
        workspace = await buildWorkspace({ 'url-shortener.arch': readSpecExample('url-shortener.arch') });
        shortener = documentNamed(workspace, 'url-shortener.arch');
    });

    it('describes a property key: meaning, what it accepts, unit and default', async () => {
        const text = await hover(workspace, shortener, 'replicas: 3', 2);
        expect(text).to.contain('**replicas**');
        expect(text).to.contain('Number of running instances');
        expect(text).to.contain('Accepts a whole number');
        expect(text).to.contain('Default: `1`');
    });

    it('describes a key of a nested block by its path, with its unit', async () => {
        const text = await hover(workspace, shortener, 'retention: 7d', 1);
        expect(text).to.contain('**backup.retention**');
        expect(text).to.contain('How long backups are kept');
        expect(text).to.contain('Unit: duration');
    });

    it('says what requirements { purpose } changes in the review', async () => {
        const local = await buildWorkspace('architecture A {\n  requirements { purpose: demo }\n}\n');
        const key = await hover(local, local.documents[0], 'purpose', 1);
        expect(key).to.contain('**purpose**');
        expect(key).to.contain('the rules that judge the absence of such a practice do not run');
        expect(await hover(local, local.documents[0], 'demo', 1)).to.contain('operational and hardening practices are not judged');
    });

    it('describes an allowed value by its enumDescription', async () => {
        expect(await hover(workspace, shortener, 'pitr', 1)).to.contain('Point-in-time recovery');
        expect(await hover(workspace, shortener, 'canary', 1)).to.contain('Shift a small share of traffic');
    });

    it('describes an engine: title, kinds, facts, notes and sources', async () => {
        const text = await hover(workspace, shortener, 'postgres', 2);
        expect(text).to.contain('**PostgreSQL** (`postgres`), serves: database');
        expect(text).to.contain('`replication`: async');
        expect(text).to.contain('`topology`: single_leader');
        expect(text).to.contain('Patroni');
        expect(text).to.contain('<https://www.postgresql.org/docs/current/warm-standby.html>');
    });

    it('shows design text as text: a title or an engine holding HTML, links or images renders none of them', async () => {
        const local = await buildWorkspace('architecture A {\n  database Db "<img src=x onerror=alert(1)> [x](https://e.example) ![i](https://e.example/i.png)" { engine: "`x` <b>b</b>" }\n}\n');
        const text = await hover(local, local.documents[0], 'Db "', 0);
        // The component's own paragraph: the findings under it link to their rules' pages.
        const html = new MarkdownIt({ html: true }).render((text ?? '').split('\n\n')[0]);
        expect(html).to.not.match(/<img|<a |<b>/);
        expect(html).to.contain('<strong>Db</strong> &quot;&lt;img src=x onerror=alert(1)&gt; [x](https://e.example) ![i](https://e.example/i.png)&quot;: <code>database</code>');
        expect(html).to.contain('Engine: <code>`x` &lt;b&gt;b&lt;/b&gt;</code> (not in the knowledge base)');
    });

    it('shows an engine a workspace describes in .archlens.json as text, its sources as plain web links only', () => {
        const text = engineDocumentation('evil', {
            title: '<img src=x onerror=alert(1)>', kinds: ['database'], notes: '[x](javascript:alert(1))\n# heading', replication: '<script>',
            sources: ['https://example.com/ok', 'javascript:alert(1)', 'https://x.example/a> <img src=x>']
        });
        const html = new MarkdownIt({ html: true }).render(text);
        expect(html).to.not.match(/<img|<script|<h1|href="javascript|href="https:\/\/x\.example/);
        expect(html).to.contain('<a href="https://example.com/ok">https://example.com/ok</a>');
    });

    it('says so when an engine is not in the knowledge base', async () => {
        const local = await buildWorkspace('architecture A {\n  database Db { engine: fancydb }\n}\n');
        expect(await hover(local, local.documents[0], 'fancydb', 1)).to.contain('not in the engine knowledge base');
    });

    it('describes a declared component from the design model', async () => {
        const text = await hover(workspace, shortener, 'Urls {', 1);
        expect(text).to.contain('**Urls**: `database`');
        expect(text).to.contain('Engine: PostgreSQL (`postgres`)');
        expect(text).to.contain('replicas: 3 · zones: 3');
        expect(text).to.contain('Connections: 1 incoming, 0 outgoing');
    });

    it('lists what a component inherits, with where each value is stated', async () => {
        const inheriting = await buildWorkspace({
            'shop.arch': 'architecture Shop {\n  defaults { service { timeout: 2s, replicas: 3 } }\n  network Private {\n    zones: 3\n    service Api\n  }\n}'
        });
        const document = documentNamed(inheriting, 'shop.arch');
        const text = await hover(inheriting, document, 'Api', 1);
        expect(text).to.contain('replicas: 3 (inherited) · zones: 3 (inherited)');
        expect(text).to.contain('Inherited: timeout: 2s (defaults of design Shop) · replicas: 3 (defaults of design Shop) · zones: 3 (network Private)');
    });

    it('documents a key inside defaults as a default of its kind, and the defaults keyword and kinds', async () => {
        const inheriting = await buildWorkspace({
            'shop.arch': 'architecture Shop {\n  network Private {\n    defaults { service { replicas: 3 } connection { tls: true } }\n  }\n}'
        });
        const document = documentNamed(inheriting, 'shop.arch');
        const key = await hover(inheriting, document, 'replicas: 3', 2);
        expect(key).to.contain('**replicas**');
        expect(key).to.contain('Number of running instances');
        expect(key).to.contain('A default: every service in network Private inherits it unless it sets `replicas` itself.');
        expect(await hover(inheriting, document, 'tls: true', 1)).to.contain('every connection with both ends in network Private inherits it');
        expect(await hover(inheriting, document, 'defaults', 2)).to.contain('**defaults**: values every component of a kind');
        expect(await hover(inheriting, document, 'service {', 2)).to.contain('**defaults: service**: values every service in network Private inherits');
    });

    it('describes the journey keyword and a journey\'s keys from the schema', async () => {
        const journeys = await buildWorkspace({ 'shop.arch': 'architecture Shop {\n  client Web\n  service Api\n  journey Browse {\n    Web -> Api\n    availability: 99.9%\n  }\n}' });
        const document = documentNamed(journeys, 'shop.arch');
        expect(await hover(journeys, document, 'journey', 2)).to.contain('**journey**: A user journey');
        expect(await hover(journeys, document, 'availability', 2)).to.contain('Availability target of this journey');
        expect(await hover(journeys, document, 'Web -> Api', 8)).to.contain('**Api**: `service`');
    });

    it('describes a referenced component, engine facts marked as such', async () => {
        const api = await hover(workspace, shortener, 'Lb -> Api', 7);
        expect(api).to.contain('**Api**: `service`');
        expect(api).to.contain('Connections: 1 incoming, 3 outgoing');
        const hot = await hover(workspace, shortener, '-> Hot', 4);
        expect(hot).to.contain('**Hot**: `cache`');
        expect(hot).to.contain('capacity_rps: 100k (engine) · latency: 1ms (engine)');
    });

    it('describes a component of another design through its qualified reference', async () => {
        const files = await buildWorkspace({
            'shop.arch': 'architecture Shop {\n  service Api { -> Billing.Ledger : sql }\n}\n',
            'billing.arch': 'architecture Billing {\n  database Ledger "the books" { replicas: 2 }\n  service Post { -> Ledger }\n}\n'
        });
        const text = await hover(files, documentNamed(files, 'shop.arch'), 'Billing.Ledger', 9);
        expect(text).to.contain('**Ledger** "the books": `database`');
        expect(text).to.contain('replicas: 2');
        expect(text).to.contain('Connections: 1 incoming, 0 outgoing');
    });

    it('describes kind, group and settings keywords from the schema', async () => {
        expect(await hover(workspace, shortener, 'database Urls', 2)).to.contain('**database**: A system of record');
        expect(await hover(workspace, shortener, 'network private', 2)).to.contain('**network**: A network segment and trust boundary');
        expect(await hover(workspace, shortener, 'deployment {', 2)).to.contain('**deployment**: How the design is built');
    });

    it('describes a connection shorthand word', async () => {
        expect(await hover(workspace, shortener, 'kafka, tls, async', 13)).to.contain('`mode: async`');
        expect(await hover(workspace, shortener, 'redis, tls, reads', 1)).to.contain('`protocol: redis`');
    });

    it('has nothing to say on punctuation or in comments', async () => {
        expect(await hover(workspace, shortener, '{ min', 0)).to.equal(undefined);
        expect(await hover(workspace, shortener, 'A reviewed design', 3)).to.equal(undefined);
    });

    it('shows a component\'s estimates with their derivations', async () => {
        const text = await hover(workspace, shortener, 'database Urls', 10);
        expect(text).to.contain('**Estimates**');
        expect(text).to.contain('- Load at peak: **4.36k rps (3.96k/s reads, 396/s writes)** — Api: 3.96k/s reads + 396/s writes (reads × (1 − 90% Hot hits)) = 4.36k/s');
        expect(text).to.contain('- Capacity: **120k rps** — 4 shards × 3 replicas × 10k/s (PostgreSQL default) = 120k/s');
        expect(text).to.contain('- Write capacity: **40k/s writes** — 4 shard leaders × 10k/s (PostgreSQL default) = 40k/s');
        expect(text).to.contain('- Utilisation: **3.6%** — 4.36k/s ÷ 120k/s = 3.6%');
        expect(text).to.contain('- Availability: **99.999988%** — 1 − (1 − 99.5%)^3 = 99.999988% (database default; automatic failover)');
    });

    it('lists under each figure the parts that were assumed, with the property that settles them', async () => {
        const text = await hover(workspace, shortener, 'database Urls', 10);
        expect(text).to.contain('- Availability: **99.999988%** — 1 − (1 − 99.5%)^3 = 99.999988% (database default; automatic failover)\n  - _assumed:_ one database instance is available 99.5% of the time (the database default); state availability on Urls');
        expect(text).not.to.contain('- Capacity: **120k rps** — 4 shards × 3 replicas × 10k/s (PostgreSQL default) = 120k/s\n  - _assumed:_');
    });

    it('shows no estimates for a client, which only sends load', async () => {
        expect(await hover(workspace, shortener, 'client Browser', 8)).not.to.contain('Estimates');
    });

    it('shows on requirements what the design reaches against them', async () => {
        const text = await hover(workspace, shortener, 'requirements', 1);
        expect(text).to.contain('**Estimates for UrlShortener**');
        expect(text).to.contain('- Availability (weakest client path): **99.98%** (target 99.95%: reached) — Edge 99.99% × Lb 99.99% × Api 99.999988% × Urls 99.999988% = 99.98%');
        expect(text).to.contain('- Latency (slowest synchronous path): **36ms** (p99 budget 200ms: within) — Edge 20ms + Lb 1ms + Api 10ms + Urls 5ms = 36ms');
        expect(text).to.contain('(RPO 5m: met)');
    });

    it('says on requirements when a target is not reached, with the whiteboard figures', async () => {
        const local = await buildWorkspace('architecture A {\n  requirements { daily_active: 10M, requests_per_user: 20, read_ratio: 4, payload: 1KB, availability: 99.9%, latency_p99: 10ms }\n  client U\n  service Api\n  database Db\n  U -> Api -> Db\n}\n');
        const text = await hover(local, local.documents[0], 'requirements', 1);
        expect(text).to.contain('(target 99.9%: not reached)');
        expect(text).to.contain('(p99 budget 10ms: over)');
        expect(text).to.contain('- Average requests: **2.31k rps** — 10M daily actives × 20 requests ÷ 86,400 s = 2.31k/s');
        expect(text).to.contain('- Peak requests: **4.63k rps** — 2.31k/s average × 2 peak factor = 4.63k/s');
        expect(text).to.contain('- Storage per year: **14.6 TB**');
    });
});
