import { expect } from 'chai';
import { COMPONENT_KINDS, GROUP_KINDS, SETTINGS_KINDS } from '../../src/model/design.js';
import { propertySchema, suggestCompoundName } from '../../src/properties/property-schema.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

async function diagnosticsOf(body: string): Promise<string[]> {
    return describeDiagnostics(languageDiagnostics((await buildWorkspace(`architecture P {\n${body}\n}`)).diagnostics()));
}

describe('properties schema', () => {
    const schema = propertySchema();

    it('describes every component kind of the language', () => {
        expect(schema.componentKinds()).to.have.members([...COMPONENT_KINDS]);
    });

    it('merges common keys into each kind and keeps kind-specific ones apart', () => {
        const database = schema.bag('kind.database');
        const cache = schema.bag('kind.cache');
        expect(database?.keys.has('replicas')).to.equal(true);
        expect(database?.keys.has('backup')).to.equal(true);
        expect(database?.keys.has('eviction')).to.equal(false);
        expect(cache?.keys.get('eviction')?.enum).to.include('lru');
        expect(cache?.keys.get('ttl')?.unit).to.equal('duration');
    });

    it('gives every key a description', () => {
        const bagIds = [...COMPONENT_KINDS.map((kind) => `kind.${kind}` as const), ...GROUP_KINDS.map((kind) => `group.${kind}` as const),
            ...SETTINGS_KINDS.map((kind) => `settings.${kind}` as const), 'connection', 'transaction'] as const;
        const undocumented = bagIds.flatMap((id) => [...(schema.bag(id)?.keys.values() ?? [])]
            .filter((spec) => !spec.description).map((spec) => `${id}.${spec.key}`));
        expect(undocumented).to.deep.equal([]);
    });

    it('suggests a known compound name for a typo of two edits at most, not for another product\'s word', () => {
        expect(suggestCompoundName('cloudwatc', ['cloudwatch'])).to.equal('cloudwatch');
        expect(suggestCompoundName('azure_blob_storge', ['azure_blob_storage'])).to.equal('azure_blob_storage');
        // Round 25: Amazon CloudSearch was asked whether it meant CloudWatch (three edits apart).
        expect(suggestCompoundName('cloudsearch', ['cloudwatch'])).to.equal(undefined);
        expect(suggestCompoundName('elastic-search', ['elasticsearch'])).to.equal('elasticsearch');
    });

    it('finds nested specs by path', () => {
        expect(schema.specAt('kind.database', ['backup', 'mode'])?.enum).to.deep.equal(['none', 'snapshot', 'continuous', 'pitr']);
        expect(schema.specAt('kind.service', ['autoscale', 'max'])?.types).to.deep.equal(['integer']);
        expect(schema.specAt('kind.service', ['nope'])).to.equal(undefined);
    });
});

describe('property validation in the editor', () => {
    it('warns about an unknown key with a did-you-mean', async () => {
        expect(await diagnosticsOf('  service S { replica: 2 }')).to.deep.equal([
            "2:15 meta/unknown-property Unknown property 'replica' for a service. Did you mean 'replicas'?"
        ]);
    });

    it('names the kind that owns a key used on the wrong kind', async () => {
        expect(await diagnosticsOf('  database D { eviction: lru }')).to.deep.equal([
            "2:16 meta/unknown-property Unknown property 'eviction' for a database. It is a property of cache."
        ]);
    });

    it('takes `product` on the components that run code, not on a store (whose engine names its product)', async () => {
        expect(await diagnosticsOf('  service S { product: "Mastodon" }\n  worker W { product: "Sidekiq" }\n  function F { product: "Nextcloud" }\n  database D { product: "PostgreSQL" }\n  service T { product: 4 }')).to.deep.equal([
            "5:16 meta/unknown-property Unknown property 'product' for a database. It is a property of service, worker, function.",
            `6:24 meta/invalid-value 'product' expects a name or a "string".`
        ]);
    });

    it('reports a value outside an enum, naming what is allowed', async () => {
        expect(await diagnosticsOf('  cache C { eviction: lru2 }')).to.deep.equal([
            "2:23 meta/invalid-value 'eviction' expects one of lru, lfu, fifo, random, ttl_only, none. Did you mean 'lru'?"
        ]);
    });

    it('reports wrong types with what the key accepts', async () => {
        expect(await diagnosticsOf('  service S { replicas: two, stateless: maybe }')).to.deep.equal([
            "2:25 meta/invalid-value 'replicas' expects a whole number (e.g. 3), or many.",
            "2:41 meta/invalid-value 'stateless' expects true or false."
        ]);
    });

    it('checks units against what a key measures', async () => {
        expect(await diagnosticsOf('  service S { timeout: 2, zones: 2s }\n  requirements { availability: 99 }')).to.deep.equal([
            "2:24 meta/invalid-value 'timeout' expects a duration (200ms, 30s, 5m, 1h, 7d, 2w, 1y), not '2'.",
            "2:34 meta/invalid-value 'zones' expects a count (3, 10k, 1.5M, 2B), not '2s'.",
            "3:32 meta/invalid-value 'availability' expects a percent (99.9%, or a fraction such as 0.9), not '99'."
        ]);
    });

    it('checks ranges, in the unit the value is written in', async () => {
        expect(await diagnosticsOf('  service S { replicas: 0 }')).to.deep.equal(["2:25 meta/invalid-value 'replicas' must be at least 1."]);
        expect(await diagnosticsOf('  service S { availability: 101% }\n  cache C { hit_ratio: 100.5% }\n  requirements { availability: 250% }')).to.deep.equal([
            "2:29 meta/invalid-value 'availability' must be at most 100%.",
            "3:24 meta/invalid-value 'hit_ratio' must be at most 100%.",
            "4:32 meta/invalid-value 'availability' must be at most 100%."
        ]);
        expect(await diagnosticsOf('  cache C { hit_ratio: 1.5 }')).to.deep.equal([
            "2:24 meta/invalid-value 'hit_ratio' expects a percent (99.9%, or a fraction such as 0.9), not '1.5'."
        ]);
    });

    it('validates nested blocks, settings, groups, connections and transactions', async () => {
        const body = `  database D { backup: { mode: weekly, offsite: yes } }
  network N { exposure: open }
  requirements { peak_rps: fast }
  service A
  A -> D { acces: reads }
  transaction T { writes: [D], protocol: 2pc }`;
        expect(await diagnosticsOf(body)).to.deep.equal([
            "2:32 meta/invalid-value 'backup.mode' expects one of none, snapshot, continuous, pitr.",
            "2:49 meta/invalid-value 'backup.offsite' expects true or false.",
            "3:25 meta/invalid-value 'exposure' expects one of public, private.",
            "4:28 meta/invalid-value 'peak_rps' expects a number such as 3, 10k, 1.5M.",
            "6:12 meta/unknown-property Unknown property 'acces' for a connection. Did you mean 'access'?",
            "7:42 meta/invalid-value Unknown unit 'pc' in '2pc'. Units: count k M B; duration ms s m h d w y; size KB MB GB TB PB KiB MiB GiB TiB; percent %."
        ]);
    });

    it('reports a key set twice in one block', async () => {
        expect(await diagnosticsOf('  service S { replicas: 2, replicas: 3 }')).to.deep.equal([
            "2:28 meta/duplicate-name 'replicas' is set twice; the first value is used."
        ]);
    });

    it('reports a settings key set in two blocks of one design, across files', async () => {
        const workspace = await buildWorkspace({
            'a.arch': 'architecture D {\n  requirements { peak_rps: 10k }\n}',
            'b.arch': 'architecture D {\n  requirements { peak_rps: 20k, availability: 99.9% }\n}'
        });
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics('a.arch')))).to.deep.equal([]);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics('b.arch')))).to.deep.equal([
            "2:18 meta/duplicate-name 'requirements.peak_rps' is already set in another 'requirements' block of design D."
        ]);
        expect(workspace.design('D').settings.requirements?.properties.number('peak_rps')).to.equal(10_000);
        expect(workspace.design('D').settings.requirements?.properties.number('availability')).to.equal(0.999);
    });
});
