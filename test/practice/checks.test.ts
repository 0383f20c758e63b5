/** Each kind of rubric check, on small designs: what meets it, what does not, and the evidence shown. */
import { expect } from 'chai';
import { reviewText } from '../../src/practice/analyze-text.js';
import { type CheckContext, evaluate, rulesNamedBy } from '../../src/practice/checks.js';
import type { Check } from '../../src/practice/prompt.js';

async function contextOf(body: string, requirements = ''): Promise<CheckContext> {
    const reviewed = await reviewText(`architecture T {\n${requirements ? `  requirements { ${requirements} }\n` : ''}${body}\n}\n`, 'file:///practice-checks/t.arch');
    if (!reviewed) {
        throw new Error('no design');
    }
    return reviewed;
}

async function met(check: Check, body: string, requirements = ''): Promise<boolean> {
    return evaluate(check, await contextOf(body, requirements)).met;
}

const CACHED = `
  client Web
  service Api { replicas: 2 }
  cache Hot { engine: redis, eviction: lru }
  database Db { engine: postgres }
  Web -> Api : https
  Api -> Hot : redis
  Api -> Db : sql`;

describe('practice checks', () => {
    describe('component', () => {
        it('is met by a component of the kind, and shows its line', async () => {
            const result = evaluate({ component: { kind: ['cache'] } }, await contextOf(CACHED));
            expect(result.met).to.equal(true);
            expect(result.evidence).to.deep.include({ kind: 'line', uri: 'file:///practice-checks/t.arch', line: 4, text: 'cache Hot' });
        });

        it('reads facts: reached from a client over any connection, not a component drawn apart', async () => {
            expect(await met({ component: { kind: ['cache'], where: [{ fact: 'reached' }] } }, CACHED)).to.equal(true);
            expect(await met({ component: { kind: ['cache'], where: [{ fact: 'reached' }] } }, `${CACHED}\n  cache Orphan`.replace('Api -> Hot : redis', ''))).to.equal(false);
        });

        it('reaches a worker that reads from, or pulls from a queue, what the requests reach, whichever way the arrow points', async () => {
            const check: Check = { component: { kind: ['worker'], where: [{ fact: 'reached' }] } };
            const flow = 'client Web\n  service Api\n  storage Logs\n  Web -> Api : https\n  Api -> Logs : writes';
            expect(await met(check, `${flow}\n  worker Rollup\n  Rollup -> Logs : reads`)).to.equal(true);
            expect(await met(check, `${flow}\n  queue Jobs\n  Api -> Jobs : async\n  worker Sender\n  Sender -> Jobs`)).to.equal(true);
            expect(await met(check, `${flow}\n  worker Backfill\n  Backfill -> Logs : writes`)).to.equal(false);
        });

        it('tells background work (reached, off the synchronous request path) from the request path', async () => {
            const body = 'client Web\n  service Api\n  storage Raw\n  worker Transcoder\n  Web -> Api : https\n  Api -> Raw : writes\n  Transcoder -> Raw : reads';
            expect(await met({ component: { kind: ['worker'], where: [{ fact: 'background' }] } }, body)).to.equal(true);
            expect(await met({ component: { kind: ['service'], where: [{ fact: 'background' }] } }, body)).to.equal(false);
        });

        it('reads the instance count: redundant, autoscaling, and one instance when left out', async () => {
            expect(await met({ component: { kind: ['service'], where: [{ fact: 'redundant' }] } }, CACHED)).to.equal(true);
            expect(await met({ component: { kind: ['database'], where: [{ fact: 'redundant' }] } }, CACHED)).to.equal(false);
            expect(await met({ component: { kind: ['service'], where: [{ fact: 'autoscales' }] } }, 'service Api { autoscale: { min: 2, max: 8, metric: cpu } }')).to.equal(true);
        });

        it('counts a clustered engine with no count, and a managed engine whose offerings are clusters, as redundant', async () => {
            expect(await met({ component: { kind: ['database'], where: [{ fact: 'redundant' }] } }, 'database Events { engine: cassandra }')).to.equal(true);
            expect(await met({ component: { kind: ['database'], where: [{ fact: 'redundant' }] } }, 'database Events { engine: cassandra, replicas: 1 }')).to.equal(false);
        });

        it('reads a component as spanning zones when it states zones or regions, or the design runs in several regions', async () => {
            const check: Check = { component: { kind: ['cache'], where: [{ fact: 'multi-zone' }] } };
            expect(await met(check, 'cache Hot { zones: 3 }')).to.equal(true);
            expect(await met(check, 'cache Hot')).to.equal(false);
            expect(await met(check, 'cache Hot\n  deployment { regions: [eu, us] }')).to.equal(true);
        });

        it('reads a store as transactional when it says so, its engine has transactions, or its model is relational', async () => {
            const check: Check = { component: { kind: ['database'], where: [{ fact: 'transactional' }] } };
            expect(await met(check, 'database Db { model: relational }')).to.equal(true);
            expect(await met(check, 'database Db { engine: postgres }')).to.equal(true);
            expect(await met(check, 'database Db { model: relational, transactions: false }')).to.equal(false);
            expect(await met(check, 'database Db { model: key_value }')).to.equal(false);
            expect(await met(check, 'database Db')).to.equal(false);
        });

        it('tests properties: at least, one of, set', async () => {
            expect(await met({ component: { kind: ['database'], where: [{ property: 'shards', atLeast: 2 }] } }, 'database Db { shards: 4 }')).to.equal(true);
            expect(await met({ component: { kind: ['database'], where: [{ property: 'shards', atLeast: 8 }] } }, 'database Db { shards: 4 }')).to.equal(false);
            expect(await met({ component: { kind: ['cache'], where: [{ property: 'eviction', oneOf: ['lru', 'lfu'] }] } }, CACHED)).to.equal(true);
            expect(await met({ component: { kind: ['cache'], where: [{ property: 'ttl' }] } }, CACHED)).to.equal(false);
        });

        it('with every, needs all components of the kinds to meet it, and names the one that does not', async () => {
            const check: Check = { component: { kind: ['service', 'database'], where: [{ fact: 'redundant' }], every: true } };
            const result = evaluate(check, await contextOf(CACHED));
            expect(result.met).to.equal(false);
            expect(result.evidence.map((evidence) => ('text' in evidence ? evidence.text : ''))).to.deep.equal(['database Db lacks several instances']);
            expect(await met(check, 'service Api { replicas: 2 }\n  database Db { replicas: 3 }')).to.equal(true);
            expect(await met(check, 'client Web')).to.equal(false);
        });
    });

    describe('connection, setting, transaction', () => {
        it('matches connections by kinds at each end, mode and properties', async () => {
            const body = 'service Api\n  queue Events\n  Api -> Events : kafka, async';
            expect(await met({ connection: { from: ['service'], to: ['queue'], mode: 'async' } }, body)).to.equal(true);
            expect(await met({ connection: { to: ['database'] } }, body)).to.equal(false);
            expect(await met({ connection: { where: [{ property: 'tls' }] } }, 'service A -> B : https\n  service B')).to.equal(false);
        });

        it('tests the component a connection starts from, and says so when missed', async () => {
            const check: Check = { connection: { from: ['worker'], to: ['external'], fromWhere: [{ property: 'schedule' }] } };
            expect(await met(check, 'worker Settle { schedule: "nightly" }\n  external Psp\n  Settle -> Psp')).to.equal(true);
            const missed = evaluate(check, await contextOf('worker Payout\n  external Psp\n  Payout -> Psp'));
            expect(missed.met).to.equal(false);
            expect(missed.evidence).to.deep.equal([{ kind: 'note', text: 'no connection from a worker (with schedule) to an external' }]);
        });

        it('reads a settings block and shows the property that meets it', async () => {
            const context = await contextOf('service Api\n  deployment { regions: [eu, us], mode: active_active }');
            const result = evaluate({ setting: { block: 'deployment', where: [{ property: 'regions', atLeast: 2 }] } }, context);
            expect(result.met).to.equal(true);
            expect(result.evidence[0]).to.include({ kind: 'line', text: 'deployment { regions: [eu, us] }' });
            expect(evaluate({ setting: { block: 'testing', where: [{ property: 'load' }] } }, context).met).to.equal(false);
        });

        it('finds a transaction by protocol and the kinds it writes', async () => {
            const body = 'database Orders\n  database Payments\n  transaction Checkout { writes: [Orders, Payments], protocol: saga }';
            expect(await met({ transaction: { where: [{ property: 'protocol', oneOf: ['saga', '2pc'] }], writes: ['database'] } }, body)).to.equal(true);
            expect(await met({ transaction: { where: [{ property: 'protocol', oneOf: ['2pc'] }] } }, body)).to.equal(false);
        });
    });

    describe('noFinding', () => {
        it('is missed when the review shows the gap at warning or above, with the finding as evidence', async () => {
            const result = evaluate({ noFinding: { rules: ['dr/no-backup'] } }, await contextOf(CACHED));
            expect(result.met).to.equal(false);
            expect(result.evidence[0]).to.have.property('kind', 'finding');
        });

        it('is met when the gap is closed, and not by a design with nothing to judge', async () => {
            expect(await met({ noFinding: { rules: ['dr/no-backup'], needs: ['database'] } }, CACHED.replace('database Db { engine: postgres }', 'database Db { engine: postgres, backup: { mode: pitr, retention: 7d } }'))).to.equal(true);
            expect(await met({ noFinding: { rules: ['dr/no-backup'], needs: ['database'] } }, 'client Web')).to.equal(false);
        });

        it('loses no point to a finding that rests on an assumption', async () => {
            const context = await contextOf(CACHED);
            const assumed = context.findings.map((finding) => ({ ...finding, basis: 'assumed' as const }));
            expect(evaluate({ noFinding: { rules: ['dr/no-backup'] } }, { ...context, findings: assumed }).met).to.equal(true);
        });
    });

    describe('estimate', () => {
        it('holds the weakest client path to the design\'s availability target', async () => {
            const redundant = 'client Web\n  service Api { replicas: 3 }\n  Web -> Api : https';
            expect(await met({ estimate: { availability: 'target' } }, redundant, 'availability: 99%')).to.equal(true);
            expect(await met({ estimate: { availability: 'target' } }, redundant)).to.equal(false);
            expect(await met({ estimate: { availability: 0.999 } }, 'client Web\n  service Api\n  Web -> Api : https')).to.equal(false);
        });

        it('checks stated capacities against the peak, and needs a peak', async () => {
            const body = (capacity: string) => `client Web\n  service Api { replicas: 2, capacity_rps: ${capacity} }\n  Web -> Api : https`;
            expect(await met({ estimate: { capacityCoversPeak: true } }, body('1k'), 'peak_rps: 1k')).to.equal(true);
            expect(await met({ estimate: { capacityCoversPeak: true } }, body('100'), 'peak_rps: 1k')).to.equal(false);
            expect(await met({ estimate: { capacityCoversPeak: true } }, body('1k'))).to.equal(false);
        });
    });

    describe('combinators', () => {
        it('any, all and not combine checks; all shows what failed', async () => {
            const context = await contextOf(CACHED);
            const cache: Check = { component: { kind: ['cache'] } };
            const queue: Check = { component: { kind: ['queue'] } };
            expect(evaluate({ any: [queue, cache] }, context).met).to.equal(true);
            const all = evaluate({ all: [cache, queue] }, context);
            expect(all.met).to.equal(false);
            expect(all.evidence).to.deep.equal([{ kind: 'note', text: 'no queue' }]);
            expect(evaluate({ not: queue }, context).met).to.equal(true);
        });

        it('names the rules of every noFinding part, at any depth', () => {
            expect(rulesNamedBy({ any: [{ noFinding: { rules: ['a/b'] } }, { not: { all: [{ noFinding: { rules: ['c/d', 'e/f'] } }] } }] })).to.deep.equal(['a/b', 'c/d', 'e/f']);
        });
    });
});
