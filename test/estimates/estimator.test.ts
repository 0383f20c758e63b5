/** Hand-computed cases for each estimate. */
import { expect } from 'chai';
import { DEFAULT_ESTIMATE_SETTINGS, type EstimateSettings } from '../../src/estimates/estimate-defaults.js';
import { type DesignEstimates, estimateDesign } from '../../src/estimates/estimate-design.js';
import { parseConfig } from '../../src/config/load-config.js';
import { exactRate, percent, rate, share } from '../../src/estimates/figure.js';
import { bytes } from '../../src/estimates/whiteboard.js';
import { asDesign } from '../helpers/rule-tester.js';
import { buildWorkspace } from '../helpers/workspace.js';

async function estimate(body: string, settings: EstimateSettings = DEFAULT_ESTIMATE_SETTINGS): Promise<DesignEstimates> {
    return estimateDesign((await buildWorkspace(asDesign(body))).design('T'), settings);
}

function of(estimates: DesignEstimates, name: string) {
    const entry = [...estimates.components].find(([component]) => component.name === name);
    if (!entry) {
        throw new Error(`no estimate for ${name}`);
    }
    return entry[1];
}

describe('load', () => {
    it('splits the peak into reads and writes at the client and follows a chain', async () => {
        const estimates = await estimate('requirements { peak_rps: 40k, read_ratio: 100 }\nclient U\nloadbalancer Lb\nservice Api\ndatabase Db\nU -> Lb -> Api -> Db');
        const db = of(estimates, 'Db');
        expect(db.load?.reads).to.be.closeTo(40_000 * 100 / 101, 1e-6);
        expect(db.load?.writes).to.be.closeTo(40_000 / 101, 1e-6);
        expect(db.load?.total.value).to.be.closeTo(40_000, 1e-6);
        expect(of(estimates, 'Lb').load?.total.derivation).to.equal('U: 39.6k/s reads + 396/s writes = 40k/s');
    });

    it('sends only cache misses on to the database (cache-aside)', async () => {
        const estimates = await estimate('requirements { peak_rps: 40k, read_ratio: 100 }\nclient U\nservice Api\ncache Hot { hit_ratio: 90% }\ndatabase Db\nU -> Api\nApi -> Hot : reads\nApi -> Db');
        const db = of(estimates, 'Db');
        expect(db.load?.reads).to.be.closeTo(40_000 * 100 / 101 * 0.1, 1e-6); // 3.96k/s, as in rules.md
        expect(db.load?.writes).to.be.closeTo(40_000 / 101, 1e-6);
        expect(db.load?.total.derivation).to.equal('Api: 3.96k/s reads + 396/s writes (reads × (1 − 90% Hot hits)) = 4.36k/s');
        expect(of(estimates, 'Hot').load?.reads).to.be.closeTo(39_603.96, 0.01);
        expect(of(estimates, 'Hot').load?.writes).to.equal(0);
    });

    it('uses the default hit ratio for a cache that states none', async () => {
        const estimates = await estimate('requirements { peak_rps: 10k }\nclient U\nservice Api\ncache C\ndatabase Db\nU -> Api\nApi -> C : reads\nApi -> Db : reads');
        expect(of(estimates, 'Db').load?.reads).to.be.closeTo(10_000 * 0.2, 1e-6);
    });

    it('passes a CDN\'s misses on to what is behind it', async () => {
        const estimates = await estimate('requirements { peak_rps: 10k, read_ratio: 9 }\nclient U\ncdn Edge { hit_ratio: 70% }\nservice Origin\nU -> Edge -> Origin');
        const origin = of(estimates, 'Origin');
        expect(origin.load?.reads).to.be.closeTo(9_000 * 0.3, 1e-6);
        expect(origin.load?.writes).to.be.closeTo(1_000, 1e-6);
    });

    it('hands messages through a queue to every consumer, without adding latency', async () => {
        const estimates = await estimate('requirements { peak_rps: 2k, read_ratio: 1 }\nclient U\nservice Api\nqueue Q\nworker W1\nworker W2\ndatabase Db\nU -> Api -> Q\nQ -> W1\nQ -> W2\nW1 -> Db : writes');
        expect(of(estimates, 'Q').load?.writes).to.be.closeTo(2_000, 1e-6);
        expect(of(estimates, 'W1').load?.writes).to.be.closeTo(2_000, 1e-6);
        expect(of(estimates, 'W2').load?.writes).to.be.closeTo(2_000, 1e-6);
        expect(of(estimates, 'Db').load?.writes).to.be.closeTo(2_000, 1e-6);
        expect(estimates.latency?.path.map((component) => component.name)).to.deep.equal(['Api']);
    });

    it('shares a balancer\'s requests among its targets, and respects a stated rps', async () => {
        const estimates = await estimate('requirements { peak_rps: 9k }\nclient U\nloadbalancer Lb\nservice A\nservice B\nservice C\nU -> Lb\nLb -> A\nLb -> B\nLb -> C { rps: 1k }');
        expect(of(estimates, 'C').load?.total.value).to.be.closeTo(1_000, 1e-6);
        expect(of(estimates, 'A').load?.total.value).to.be.closeTo(4_000, 1e-6);
        expect(of(estimates, 'B').load?.total.value).to.be.closeTo(4_000, 1e-6);
    });

    it('shares reads among the routes that carry reads and writes among those that carry writes', async () => {
        const estimates = await estimate('requirements { peak_rps: 11k, read_ratio: 10 }\nclient U\ngateway Gw\nservice Feed\nservice Search\nservice Ingest\nU -> Gw\nGw -> Feed : reads\nGw -> Search : reads\nGw -> Ingest : writes');
        expect(of(estimates, 'Feed').load?.reads).to.be.closeTo(5_000, 1e-6);
        expect(of(estimates, 'Feed').load?.writes).to.equal(0);
        expect(of(estimates, 'Ingest').load?.writes).to.be.closeTo(1_000, 1e-6);
        expect(of(estimates, 'Ingest').load?.reads).to.equal(0);
        expect(of(estimates, 'Feed').load?.total.derivation).to.equal('Gw: 5k/s reads (reads ÷ 2, writes ÷ 1 routes) = 5k/s');
    });

    it('carries what the access says: reads only, writes only', async () => {
        const estimates = await estimate('requirements { peak_rps: 11k, read_ratio: 10 }\nclient U\nservice Api\ndatabase R\ndatabase W\nU -> Api\nApi -> R : reads\nApi -> W : writes');
        expect(of(estimates, 'R').load).to.deep.include({ writes: 0 });
        expect(of(estimates, 'R').load?.reads).to.be.closeTo(10_000, 1e-6);
        expect(of(estimates, 'W').load).to.deep.include({ reads: 0 });
        expect(of(estimates, 'W').load?.writes).to.be.closeTo(1_000, 1e-6);
    });

    it('takes a stated rps on a route as writes or reads by its access, and shares the rest', async () => {
        const estimates = await estimate('requirements { peak_rps: 11k, read_ratio: 10 }\nclient U\ngateway Gw\nservice Socket\nservice Api\nU -> Gw\nGw -> Socket { access: writes, rps: 600 }\nGw -> Api');
        expect(of(estimates, 'Socket').load).to.deep.include({ reads: 0, writes: 600 });
        expect(of(estimates, 'Api').load?.reads).to.be.closeTo(10_000, 1e-6);
        expect(of(estimates, 'Api').load?.writes).to.be.closeTo(400, 1e-6);
    });

    it('takes a stated rps on a caller\'s connection over what reaches the caller (batching, filtering)', async () => {
        const estimates = await estimate('requirements { peak_rps: 20k, read_ratio: 1 }\nclient U\nservice Api\nqueue Q\nworker Batcher\ndatabase Db\nU -> Api -> Q\nQ -> Batcher\nBatcher -> Db { access: writes, rps: 500 }');
        expect(of(estimates, 'Batcher').load?.writes).to.be.closeTo(20_000, 1e-6);
        expect(of(estimates, 'Db').load).to.deep.include({ reads: 0, writes: 500 });
        expect(of(estimates, 'Db').load?.total.derivation).to.equal('Batcher: 500/s writes (stated rps) = 500/s');
    });

    it('counts a cycle\'s load once', async () => {
        const estimates = await estimate('requirements { peak_rps: 1k }\nclient U\nservice A\nservice B\nU -> A -> B -> A');
        expect(of(estimates, 'B').load?.total.value).to.be.closeTo(1_000, 1e-6);
    });
});

describe('capacity', () => {
    it('multiplies replicas, or the autoscale maximum, by one instance\'s capacity', async () => {
        const estimates = await estimate('requirements { peak_rps: 10k }\nclient U\nservice A { replicas: 3, capacity_rps: 2k }\nservice B { autoscale: { min: 2, max: 10 }, capacity_rps: 500 }\nU -> A -> B');
        expect(of(estimates, 'A').capacity?.value).to.equal(6_000);
        expect(of(estimates, 'A').utilisation?.value).to.be.closeTo(10_000 / 6_000, 1e-9);
        expect(of(estimates, 'A').capacity?.derivation).to.equal('3 replicas × 2k/s (stated) = 6k/s');
        expect(of(estimates, 'B').capacity?.derivation).to.equal('10 autoscale max × 500/s (stated) = 5k/s');
    });

    it('takes capacity from the engine, else the kind, and none for elastic managed services', async () => {
        const estimates = await estimate('requirements { peak_rps: 1k }\nclient U\nservice Api\ncache C { engine: redis }\ndatabase D { engine: dynamodb }\nU -> Api\nApi -> C : reads\nApi -> D');
        expect(of(estimates, 'C').capacity?.derivation).to.equal('1 instance × 100k/s (Redis default) = 100k/s');
        expect(of(estimates, 'Api').capacity?.derivation).to.equal('1 instance × 1k/s (service default) = 1k/s');
        expect(of(estimates, 'D').capacity).to.equal(undefined);
    });

    it('gives a single-leader database the write capacity of its leaders', async () => {
        const estimates = await estimate('requirements { peak_rps: 1k }\nclient U\ndatabase D { engine: postgres, replicas: 3, shards: 2 }\nU -> D');
        expect(of(estimates, 'D').writeCapacity?.derivation).to.equal('2 shard leaders × 10k/s (PostgreSQL default) = 20k/s');
    });
    it('gives every shard its replicas: shards × replicas × one instance', async () => {
        const estimates = await estimate('requirements { peak_rps: 1k }\nclient U\ndatabase D { engine: postgres, replicas: 3, shards: 4 }\nU -> D');
        expect(of(estimates, 'D').capacity?.derivation).to.equal('4 shards × 3 replicas × 10k/s (PostgreSQL default) = 120k/s');
    });
});

describe('availability', () => {
    it('gives replicas with automatic failover 1 − (1 − a)ⁿ, and none without', async () => {
        const estimates = await estimate('client U\ndatabase A { availability: 99%, replicas: 2, failover: auto }\ndatabase B { availability: 99%, replicas: 2, failover: manual }\nU -> A\nU -> B');
        expect(of(estimates, 'A').availability.value).to.be.closeTo(0.9999, 1e-12);
        expect(of(estimates, 'A').availability.derivation).to.equal('1 − (1 − 99%)^2 = 99.99% (stated; automatic failover)');
        expect(of(estimates, 'B').availability.value).to.equal(0.99);
    });

    it('credits stateless replicas, and stateful ones only behind a balancer', async () => {
        const estimates = await estimate('client U\nloadbalancer Lb { engine: alb }\nservice S { replicas: 2 }\nservice Sticky { replicas: 2, stateless: false }\nservice Balanced { replicas: 2, stateless: false }\nU -> S\nU -> Sticky\nU -> Lb -> Balanced');
        expect(of(estimates, 'S').availability.value).to.be.closeTo(1 - 0.005 ** 2, 1e-12);
        expect(of(estimates, 'Sticky').availability.value).to.equal(0.995);
        expect(of(estimates, 'Balanced').availability.value).to.be.closeTo(1 - 0.005 ** 2, 1e-12);
    });

    it('judges a stateful component by the callers clients reach it through, not by an internal fan-out', async () => {
        const estimates = await estimate('client U\nloadbalancer Lb { engine: alb }\nservice Gateway { replicas: 3, stateless: false }\nqueue Q\nworker Fanout\nU -> Lb -> Gateway\nQ -> Fanout\nFanout -> Gateway');
        expect(of(estimates, 'Gateway').availability.value).to.be.closeTo(1 - 0.005 ** 3, 1e-12);
    });

    it('keeps a consensus cluster up while a majority of it is', async () => {
        const estimates = await estimate('client U\ncoordinator Three { replicas: 3, availability: 99% }\ncoordinator Two { replicas: 2, availability: 99% }\nU -> Three\nU -> Two');
        expect(of(estimates, 'Three').availability.value).to.be.closeTo(3 * 0.99 ** 2 * 0.01 + 0.99 ** 3, 1e-12);
        expect(of(estimates, 'Three').availability.derivation).to.equal('a majority (2 of 3) of 99% members up = 99.97% (stated; consensus)');
        // Two members need both: a two-node quorum is less available than one node.
        expect(of(estimates, 'Two').availability.value).to.be.closeTo(0.99 ** 2, 1e-12);
    });

    it('multiplies the regional part of a path by the regions of an active-active deployment', async () => {
        const design = 'client U\ncdn Edge { availability: 99.9% }\nservice Api { availability: 99% }\ndatabase Db { availability: 99% }\nU -> Edge -> Api -> Db';
        const single = await estimate(design);
        expect(single.availability?.value.value).to.be.closeTo(0.999 * 0.99 * 0.99, 1e-12);
        const twoRegions = await estimate(`${design}\ndeployment { regions: [us_east, eu_west], mode: active_active }`);
        expect(twoRegions.availability?.value.value).to.be.closeTo(0.999 * (1 - (1 - 0.99 * 0.99) ** 2), 1e-12);
        expect(twoRegions.availability?.value.derivation).to.equal('Edge 99.9% × (1 − (1 − Api 99% × Db 99% = 98%)^2 active regions = 99.96%) = 99.86%');
        const passive = await estimate(`${design}\ndeployment { regions: [us_east, eu_west], mode: active_passive }`);
        expect(passive.availability?.value.value).to.be.closeTo(0.999 * 0.99 * 0.99, 1e-12);
    });

    it('multiplies the components of a path and reports the weakest client path; a cache does not count', async () => {
        const estimates = await estimate('client U\nservice A { availability: 99.9% }\nservice B { availability: 99% }\ncache C { availability: 90% }\ndatabase D { availability: 99.5% }\nU -> A -> B -> D\nA -> C');
        expect(estimates.availability?.value.value).to.be.closeTo(0.999 * 0.99 * 0.995, 1e-12);
        expect(estimates.availability?.path.map((component) => component.name)).to.deep.equal(['A', 'B', 'D']);
        expect(estimates.availability?.value.derivation).to.equal('A 99.9% × B 99% × D 99.5% = 98.4%');
    });

    it('regression (round 23): leaves a replica fed by its primary off the request path; the primary does not wait on it', async () => {
        const estimates = await estimate('client U\nservice A { availability: 99.9% }\ndatabase Primary { availability: 99.5% }\ndatabase Replica { availability: 90% }\nU -> A -> Primary\nPrimary -> Replica "replication"');
        expect(estimates.availability?.path.map((component) => component.name)).to.deep.equal(['A', 'Primary']);
        expect(estimates.availability?.value.value).to.be.closeTo(0.999 * 0.995, 1e-12);
    });

    it('uses an engine\'s SLA as it stands (a managed service is redundant on its own)', async () => {
        const estimates = await estimate('client U\ndatabase D { engine: dynamodb }\nU -> D');
        expect(of(estimates, 'D').availability.derivation).to.equal('99.99% (Amazon DynamoDB default: the service is redundant on its own)');
    });
});

describe('latency', () => {
    it('adds the slowest synchronous path, with a cross-region round trip', async () => {
        const estimates = await estimate('client U\nservice A { latency: 10ms }\nservice B { latency: 30ms }\nservice C { latency: 5ms }\nU -> A\nA -> B { crosses_region: true }\nA -> C');
        expect(estimates.latency?.value.value).to.be.closeTo(0.12, 1e-12);
        expect(estimates.latency?.path.map((component) => component.name)).to.deep.equal(['A', 'B']);
        expect(estimates.latency?.value.derivation).to.equal('A 10ms + 80ms cross-region + B 30ms = 120ms');
    });

    it('survives a long chain without deep recursion', async () => {
        const chain = Array.from({ length: 3000 }, (_, index) => `service S${index} { latency: 1ms }`).join('\n');
        const links = Array.from({ length: 2999 }, (_, index) => `S${index} -> S${index + 1}`).join('\n');
        const estimates = await estimate(`client U\n${chain}\n${links}\nU -> S0`);
        expect(estimates.latency?.value.value).to.be.closeTo(3, 1e-9);
    });
});

describe('overrides', () => {
    it('take the component\'s own figures over the engine\'s and the kind\'s', async () => {
        const estimates = await estimate('client U\ndatabase D { engine: postgres, latency: 2ms, availability: 99.9%, capacity_rps: 3k }\nU -> D');
        expect(of(estimates, 'D').latency.derivation).to.equal('2ms (stated)');
        expect(of(estimates, 'D').availability.value).to.equal(0.999);
    });

    it('take the defaults from .archlens.json', async () => {
        const { config, problems } = parseConfig('{ "estimates": { "kinds": { "service": { "capacity_rps": "2k", "latency": "25ms" } }, "cross_region_latency": "150ms", "cache_hit_ratio": "50%" } }');
        expect(problems).to.deep.equal([]);
        const estimates = await estimate('requirements { peak_rps: 4k }\nclient U\nservice A\nservice B\ncache C\ndatabase D\nU -> A\nA -> B { crosses_region: true }\nA -> C : reads\nA -> D : reads', config.estimates);
        expect(of(estimates, 'A').capacity?.value).to.equal(2_000);
        expect(estimates.latency?.value.value).to.be.closeTo(0.025 + 0.15 + 0.025, 1e-12);
        expect(of(estimates, 'D').load?.reads).to.be.closeTo(2_000, 1e-9);
    });

    it('report a wrong unit in the config estimates', () => {
        const { problems } = parseConfig('{ "estimates": { "kinds": { "service": { "latency": "5k" } } } }');
        expect(problems.map((problem) => problem.message)).to.deep.equal(["estimates.kinds.service.latency expects a duration (200ms, 30s, 5m, 1h, 7d, 2w, 1y), not '5k'."]);
    });
});

describe('whiteboard figures', () => {
    it('derive average and peak requests, storage and bandwidth from daily actives', async () => {
        const estimates = await estimate('requirements { daily_active: 10M, requests_per_user: 20, read_ratio: 9, payload: 1KB }\nclient U');
        const board = estimates.whiteboard;
        expect(board.averageRps?.value).to.be.closeTo(10e6 * 20 / 86_400, 1e-6);
        expect(board.averageRps?.derivation).to.equal('10M daily actives × 20 requests ÷ 86,400 s = 2.31k/s');
        expect(board.peakRps?.value).to.be.closeTo(2 * 10e6 * 20 / 86_400, 1e-6);
        expect(board.requestsPerMonth?.derivation).to.equal('2.31k/s × 2.5M s/month ≈ 5.79B requests');
        expect(board.writesPerSecond?.value).to.be.closeTo(10e6 * 20 / 86_400 / 10, 1e-6);
        expect(board.storagePerYear?.derivation).to.equal('231/s writes × 1 KB × 86,400 s × 365 = 7.3 TB');
        expect(board.egress?.value).to.be.closeTo(2 * 10e6 * 20 / 86_400 * 0.9 * 1000, 1e-3);
    });

    it('take a stated storage growth per day', async () => {
        const estimates = await estimate('requirements { storage_growth: 10GB }\nclient U');
        expect(estimates.whiteboard.storagePerYear?.derivation).to.equal('10 GB/day × 365 = 3.65 TB');
    });
});

describe('data loss', () => {
    it('takes the best recovery source of each store', async () => {
        const estimates = await estimate('client U\ndatabase A { engine: postgres, backup: { mode: snapshot, interval: 6h } }\ndatabase B { replication: sync, backup: { mode: pitr } }\ndatabase C { backup: { mode: pitr } }\nU -> A\nU -> B\nU -> C\ndeployment { regions: [a, b], mode: active_passive }');
        const loss = Object.fromEntries(estimates.dataLoss.map(({ store, loss: figure }) => [store.name, figure.value]));
        expect(loss).to.deep.equal({ A: 1, B: 0, C: 300 });
    });
});

describe('figures as text', () => {
    it('never rounds an availability below 100% up to 100%', () => {
        expect(percent(0.995)).to.equal('99.5%');
        expect(percent(0.999999875)).to.equal('99.999988%');
        expect(percent(1)).to.equal('100%');
        expect(percent(1 - 1e-16)).to.equal('>99.9999999999999%');
    });

    it('shows an availability with the digits it needs, however many nines', () => {
        expect(percent(1 - 1.5e-10)).to.equal('99.999999985%');
        expect(percent(0.999999999)).to.equal('99.9999999%');
        expect(percent(1e-9)).to.equal('1 × 10⁻⁷%');
    });

    it('shows huge and tiny figures without exponents', () => {
        expect([rate(3e30), rate(1e-7), share(3e21), bytes(3e21), bytes(2.5e15), bytes(500)]).to.deep.equal(['3 × 10³⁰/s', '1 × 10⁻⁷/s', '3 × 10²³%', '3 × 10²¹ B', '2.5 PB', '500 B']);
        expect([exactRate(30_000), exactRate(3e30), exactRate(2e-7)]).to.deep.equal(['30,000/s', '3 × 10³⁰/s', '2 × 10⁻⁷/s']);
    });
});

describe('the load model follows the design', () => {
    it('relieves a service behind a cache\'s miss path, not only stores', async () => {
        const estimates = await estimate('requirements { peak_rps: 10k }\nclient U\nservice Front\ncache Hot { hit_ratio: 90% }\nservice Catalog\nU -> Front\nFront -> Hot : reads\nFront -> Catalog : reads');
        expect(of(estimates, 'Catalog').load?.reads).to.be.closeTo(1_000, 1e-6);
        expect(of(estimates, 'Catalog').load?.total.derivation).to.equal('Front: 1k/s reads (reads × (1 − 90% Hot hits)) = 1k/s');
    });

    it('sends a route with no access what its target uses: writes to a write path, reads to the readers', async () => {
        const estimates = await estimate('requirements { peak_rps: 101k, read_ratio: 100 }\nclient U\nloadbalancer Lb\nservice Reads\nservice Writes\nservice Search\ndatabase Db\nU -> Lb\nLb -> Reads\nLb -> Writes\nLb -> Search\nReads -> Db : reads\nSearch -> Db : reads\nWrites -> Db : writes');
        expect(of(estimates, 'Writes').load).to.deep.include({ reads: 0 });
        expect(of(estimates, 'Writes').load?.writes).to.be.closeTo(1_000, 1e-6);
        expect(of(estimates, 'Reads').load?.reads).to.be.closeTo(50_000, 1e-6);
        expect(of(estimates, 'Reads').load?.writes).to.equal(0);
    });

    it('multiplies a connection\'s load by its calls, and its writes by its fan-out', async () => {
        const estimates = await estimate('requirements { peak_rps: 100, read_ratio: 1 }\nclient U\nservice Page\nservice Items\nworker Fan\ndatabase Feeds\nU -> Page\nPage -> Items { access: reads, calls: 20 }\nPage -> Fan : async\nFan -> Feeds { access: writes, fanout: 300 }');
        expect(of(estimates, 'Items').load?.reads).to.be.closeTo(50 * 20, 1e-6);
        expect(of(estimates, 'Feeds').load?.writes).to.be.closeTo(100 * 300, 1e-6);
    });

    it('leaves managed elastic engines without a capacity', async () => {
        const estimates = await estimate('requirements { peak_rps: 1M }\nclient U\nloadbalancer Lb { engine: alb }\nfunction Fn { engine: lambda }\nqueue Q { engine: sqs }\nstorage S { engine: s3 }\ndatabase D { engine: dynamodb }\nU -> Lb -> Fn\nFn -> Q\nFn -> S\nFn -> D');
        for (const name of ['Lb', 'Fn', 'Q', 'S', 'D']) {
            expect(of(estimates, name).capacity, name).to.equal(undefined);
        }
    });

    it('derives a database\'s writes from its writes only', async () => {
        const estimates = await estimate('requirements { peak_rps: 2k, read_ratio: 1 }\nclient U\nservice Api\ndatabase Db\nU -> Api -> Db');
        expect(of(estimates, 'Db').load?.writeFigure.derivation).to.equal('Api: 1k/s = 1k/s');
    });
});

describe('stated, engine fact or assumed', () => {
    it('marks each figure with what it rests on', async () => {
        const estimates = await estimate('requirements { peak_rps: 1k }\nclient U\nservice Api { capacity_rps: 2k, latency: 5ms, availability: 99.9% }\ndatabase Db { engine: postgres }\nU -> Api -> Db');
        expect(of(estimates, 'Api').capacity?.basis).to.equal(undefined);
        expect(of(estimates, 'Api').assumptions).to.deep.equal([]);
        expect(of(estimates, 'Db').capacity?.basis).to.equal('engine');
        expect(of(estimates, 'Db').availability.basis).to.equal('assumed');
        expect(of(estimates, 'Db').availability.assumptions).to.deep.equal([{ element: 'Db', text: 'one database instance is available 99.5% of the time (the database default)', settle: 'availability' }]);
    });

    it('lists every assumption of the design once: peak factor, even split, hit ratio', async () => {
        const estimates = await estimate('requirements { daily_active: 8.64M, requests_per_user: 10 }\nclient U\nloadbalancer Lb { engine: alb }\nservice A { capacity_rps: 1k, latency: 1ms, availability: 99.9% }\nservice B { capacity_rps: 1k, latency: 1ms, availability: 99.9% }\ncache C { engine: redis, availability: 99.9% }\ndatabase D { engine: postgres, availability: 99.9% }\nU -> Lb\nLb -> A\nLb -> B\nA -> C : reads\nA -> D : reads');
        expect(estimates.assumptions.map((assumption) => assumption.settle)).to.have.members(['peak_rps', 'rps', 'hit_ratio']);
        expect(of(estimates, 'D').load?.total.assumptions?.map((assumption) => assumption.text)).to.deep.equal([
            'the peak is 2 × the daily average (the default peak factor)',
            'Lb splits its requests evenly over its 2 routes',
            'C serves 80% of the reads (the default hit ratio)'
        ]);
    });
});

describe('data loss assumptions', () => {
    it('records a snapshot interval that is not given as an assumption settled by backup.interval', async () => {
        const estimates = await estimate('client U\nservice Api\ndatabase Db { backup: { mode: snapshot } }\nU -> Api -> Db');
        expect(estimates.dataLoss[0].loss.assumptions).to.deep.equal([{ element: 'Db', text: 'Db takes a snapshot once a day (no interval given)', settle: 'backup.interval' }]);
        expect(estimates.assumptions).to.deep.include({ element: 'Db', text: 'Db takes a snapshot once a day (no interval given)', settle: 'backup.interval' });
    });
});
