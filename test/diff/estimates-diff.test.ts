/** The estimates `archlens diff` says a change moved (availability, latency, utilisation from WATCHED_SHARE up, data loss), read from real designs on both sides. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import { type EstimateMove, estimateMoves, WATCHED_SHARE } from '../../src/diff/estimates-diff.js';
import { diffDesigns, renameMap } from '../../src/diff/model-diff.js';
import type { DesignEstimates } from '../../src/estimates/estimate-design.js';
import type { Design } from '../../src/model/design.js';
import { useTempFolder } from '../helpers/temp-folder.js';

/**
 * Every figure stated, so nothing rests on a default: Api 1,000/s over 3 ×
 * 1,000/s (33.3%), Db 1,000/s over 2 × 5,000/s (10%), the path 99.9999%
 * available and 15ms long, Db losing up to an hour.
 */
const SHOP = [
    'architecture Shop {',
    '  requirements { peak_rps: 1000 }',
    '  client Web',
    '  service Api { replicas: 3, stateless: true, availability: 99.9%, capacity_rps: 1000, latency: 10ms }',
    '  database Db { replicas: 2, failover: auto, availability: 99.9%, capacity_rps: 5000, latency: 5ms, backup: { mode: snapshot, interval: 1h } }',
    '  Web -> Api : https',
    '  Api -> Db : sql',
    '}',
    ''
].join('\n');

const PATH = '(Web → Api → Db)';
const TWO_REGIONS = '  deployment { regions: ["eu-west-1", "eu-central-1"] }\n  client Web';

describe('estimates diff', () => {
    const folder = useTempFolder('archlens-estimates-diff-');
    let written = 0;

    interface Side {
        readonly estimates: DesignEstimates;
        readonly design: Design;
    }

    /** One design read from its own file, as `archlens check` reads it, and its estimates. */
    async function sideOf(text: string): Promise<Side> {
        const file = path.join(folder(), `side-${written++}.arch`);
        fs.writeFileSync(file, text);
        const analysis = await analyzeFiles([file], { cwd: folder() });
        expect(analysis.findings.filter((finding) => finding.rule === 'syntax' || finding.rule.startsWith('meta/')), 'language findings').to.deep.equal([]);
        expect(analysis.designs).to.have.length(1);
        const [design] = analysis.designs;
        return { design, estimates: analysis.services.design.EstimateService.estimatesFor(design) };
    }

    /** The moves from `base` to `head`, through the renames the model diff finds unless `renamed` is given. */
    async function movesOf(head: string, base: string = SHOP, renamed?: ReadonlyMap<string, string>): Promise<EstimateMove[]> {
        const before = await sideOf(base);
        const after = await sideOf(head);
        const renames = renamed ?? renameMap(diffDesigns([before.design], [after.design])[0]);
        return estimateMoves(before.estimates, after.estimates, renames);
    }

    it('reports no move between two readings of the same design', async () => {
        expect(await movesOf(SHOP)).to.deep.equal([]);
    });

    it('reports no move when only the layout changed', async () => {
        const reordered = SHOP.replace('  Web -> Api : https\n  Api -> Db : sql\n', '  Api -> Db : sql\n\n  // the entry\n  Web -> Api : https\n');
        expect(await movesOf(reordered)).to.deep.equal([]);
    });

    describe('availability and latency of the paths', () => {
        it('moves the weakest path availability, for the worse, when a store loses its replica', async () => {
            const moves = await movesOf(SHOP.replace('replicas: 2, failover', 'replicas: 1, failover'));
            // Db at 20% of its capacity stays under the watched share: availability is the only move.
            expect(moves).to.deep.equal([{ measure: 'availability', label: `availability of the weakest client path ${PATH}`, before: '99.9999%', after: '99.9%', worse: true, assumed: false }]);
        });

        it('moves it when a component states a lower availability', async () => {
            const moves = await movesOf(SHOP.replace('availability: 99.9%, capacity_rps: 5000', 'availability: 99%, capacity_rps: 5000'));
            expect(moves).to.deep.equal([{ measure: 'availability', label: `availability of the weakest client path ${PATH}`, before: '99.9999%', after: '99.99%', worse: true, assumed: false }]);
        });

        it('marks a rise in availability as not worse', async () => {
            const moves = await movesOf(SHOP, SHOP.replace('replicas: 2, failover', 'replicas: 1, failover'));
            expect(moves.map((move) => [move.measure, move.before, move.after, move.worse])).to.deep.equal([['availability', '99.9%', '99.9999%', false]]);
        });

        it('moves the slowest path latency when a component on it is slower', async () => {
            const moves = await movesOf(SHOP.replace('latency: 5ms', 'latency: 50ms'));
            expect(moves).to.deep.equal([{ measure: 'latency', label: `latency of the slowest synchronous path ${PATH}`, before: '15ms', after: '60ms', worse: true, assumed: false }]);
        });

        it('names the head path when the weakest path changed', async () => {
            const audit = SHOP.replace('  Web -> Api', '  service Audit { capacity_rps: 1200, availability: 99.9%, latency: 1ms }\n  Api -> Audit : https\n  Web -> Api');
            const moves = await movesOf(audit);
            const availability = moves.find((move) => move.measure === 'availability');
            expect(availability?.label).to.equal('availability of the weakest client path (Web → Api → Audit)');
            expect([availability?.before, availability?.after, availability?.worse]).to.deep.equal(['99.9999%', '99.9%', true]);
        });
    });

    describe('data loss', () => {
        it('moves a store\'s data-loss window when its backups are taken less often', async () => {
            const moves = await movesOf(SHOP.replace('interval: 1h', 'interval: 1d'));
            expect(moves).to.deep.equal([{ measure: 'data-loss', element: 'Db', label: 'Db: data lost in a disaster', before: 'up to 1h', after: 'up to 1d', worse: true, assumed: false }]);
        });

        it('moves it to everything when a store loses its last backup (regression: the move was dropped)', async () => {
            const moves = await movesOf(SHOP.replace(', backup: { mode: snapshot, interval: 1h }', ''));
            expect(moves).to.deep.equal([{ measure: 'data-loss', element: 'Db', label: 'Db: data lost in a disaster', before: 'up to 1h', after: 'everything (nothing to recover from)', worse: true, assumed: false }]);
        });

        it('marks point-in-time recovery instead of hourly snapshots as not worse', async () => {
            const moves = await movesOf(SHOP.replace('mode: snapshot, interval: 1h', 'mode: pitr'));
            expect(moves).to.deep.equal([{ measure: 'data-loss', element: 'Db', label: 'Db: data lost in a disaster', before: 'up to 1h', after: 'up to 5m', worse: false, assumed: false }]);
        });

        it('moves it to seconds when the deployment gains a second region for an asynchronously replicated store', async () => {
            const replicated = SHOP.replace('backup:', 'replication: async, backup:');
            const moves = await movesOf(replicated.replace('  client Web', TWO_REGIONS), replicated);
            expect(moves.map((move) => [move.measure, move.element, move.before, move.after, move.worse])).to.deep.equal([['data-loss', 'Db', 'up to 1h', 'seconds', false]]);
        });
    });

    describe('utilisation and the watched share', () => {
        it('is watched from half of the capacity', () => {
            expect(WATCHED_SHARE).to.equal(0.5);
        });

        it('does not report a share that stays under the watched share on both sides', async () => {
            // Db from 10% to 20% of its capacity.
            expect(await movesOf(SHOP.replace('capacity_rps: 5000', 'capacity_rps: 2500'))).to.deep.equal([]);
        });

        it('reports a share that reaches the watched share exactly', async () => {
            const moves = await movesOf(SHOP.replace('capacity_rps: 5000', 'capacity_rps: 1000'));
            expect(moves).to.deep.equal([{ measure: 'utilisation', element: 'Db', label: 'Db: share of capacity at peak', before: '10%', after: '50%', worse: true, assumed: false }]);
        });

        it('reports a share that crosses the watched share, both ways', async () => {
            const fuller = SHOP.replace('capacity_rps: 5000', 'capacity_rps: 600');
            expect(await movesOf(fuller)).to.deep.equal([{ measure: 'utilisation', element: 'Db', label: 'Db: share of capacity at peak', before: '10%', after: '83.3%', worse: true, assumed: false }]);
            expect(await movesOf(SHOP, fuller)).to.deep.equal([{ measure: 'utilisation', element: 'Db', label: 'Db: share of capacity at peak', before: '83.3%', after: '10%', worse: false, assumed: false }]);
        });

        it('reports the utilisation of components sorted by name', async () => {
            // Twice the peak: Api from 33.3% to 66.7%, Db from 10% to 20% (not watched); then Db at 1,000/s too: 20% to 100%.
            const moves = await movesOf(SHOP.replace('peak_rps: 1000', 'peak_rps: 2000').replace('capacity_rps: 5000', 'capacity_rps: 1000'));
            expect(moves.filter((move) => move.measure === 'utilisation').map((move) => [move.element, move.before, move.after])).to.deep.equal([['Api', '33.3%', '66.7%'], ['Db', '10%', '100%']]);
        });
    });

    describe('renamed components', () => {
        const RENAMED = SHOP.replace('database Db', 'database Store').replace('Api -> Db', 'Api -> Store');

        it('pairs a renamed component\'s readings under its head name', async () => {
            // Six times the peak over ten times the Api replicas: only the renamed store passes half of its capacity.
            const head = RENAMED.replace('peak_rps: 1000', 'peak_rps: 6000').replace('replicas: 3', 'replicas: 30');
            const moves = await movesOf(head);
            expect(moves).to.deep.equal([{ measure: 'utilisation', element: 'Store', label: 'Store: share of capacity at peak', before: '10%', after: '60%', worse: true, assumed: false }]);
        });

        it('pairs a renamed store\'s data loss under its head name', async () => {
            const base = SHOP.replace('backup:', 'replication: async, backup:');
            const head = RENAMED.replace('backup:', 'replication: async, backup:').replace('  client Web', TWO_REGIONS);
            const moves = await movesOf(head, base);
            expect(moves.map((move) => [move.measure, move.element, move.label, move.before, move.after])).to.deep.equal([['data-loss', 'Store', 'Store: data lost in a disaster', 'up to 1h', 'seconds']]);
        });

        it('does not pair them without the rename', async () => {
            const head = RENAMED.replace('interval: 1h', 'interval: 1d').replace('capacity_rps: 5000', 'capacity_rps: 600');
            expect(await movesOf(head, SHOP, new Map())).to.deep.equal([]);
            const moves = await movesOf(head, SHOP, new Map([['Db', 'Store']]));
            expect(moves.map((move) => [move.measure, move.element, move.before, move.after])).to.deep.equal([['utilisation', 'Store', '10%', '83.3%'], ['data-loss', 'Store', 'up to 1h', 'up to 1d']]);
        });
    });

    describe('components on one side only', () => {
        const AUDITED = SHOP.replace('  Web -> Api', '  service Audit { capacity_rps: 1200, availability: 99.9%, latency: 1ms }\n  Api -> Audit : https\n  Web -> Api');

        it('gives no utilisation move for an added component, even one past the watched share', async () => {
            const after = await sideOf(AUDITED);
            const audit = [...after.estimates.components].find(([component]) => component.name === 'Audit');
            expect(audit?.[1].utilisation?.value).to.be.greaterThan(WATCHED_SHARE);
            const moves = await movesOf(AUDITED);
            expect(moves.filter((move) => move.measure === 'utilisation' || move.element === 'Audit')).to.deep.equal([]);
        });

        it('gives no utilisation move for a removed component', async () => {
            const moves = await movesOf(SHOP, AUDITED);
            expect(moves.map((move) => move.measure)).to.deep.equal(['availability']);
        });

        it('gives no data-loss move for an added store', async () => {
            const withArchive = SHOP.replace('  Web -> Api', '  storage Archive { backup: { mode: snapshot, interval: 6h } }\n  Api -> Archive : https\n  Web -> Api');
            const after = await sideOf(withArchive);
            expect(after.estimates.dataLoss.map(({ store }) => store.name)).to.deep.equal(['Db', 'Archive']);
            const moves = await movesOf(withArchive);
            expect(moves.filter((move) => move.measure === 'data-loss')).to.deep.equal([]);
        });

        it('reports every figure as new against a missing base, and as gone against a missing head', async () => {
            const { estimates } = await sideOf(SHOP);
            expect(estimateMoves(undefined, estimates).map((move) => [move.measure, move.before, move.after, move.worse])).to.deep.equal([
                ['availability', undefined, '99.9999%', false],
                ['latency', undefined, '15ms', false]
            ]);
            expect(estimateMoves(estimates, undefined).map((move) => [move.measure, move.before, move.after])).to.deep.equal([
                ['availability', '99.9999%', undefined],
                ['latency', '15ms', undefined]
            ]);
        });
    });

    describe('figures resting on defaults', () => {
        it('says a data-loss window rests on a default when the backup interval is left out', async () => {
            const moves = await movesOf(SHOP.replace(', interval: 1h', ''));
            expect(moves).to.deep.equal([{ measure: 'data-loss', element: 'Db', label: 'Db: data lost in a disaster', before: 'up to 1h', after: 'up to 1d', worse: true, assumed: true }]);
        });

        it('says the path availability rests on a default when a component stops stating its own', async () => {
            const moves = await movesOf(SHOP.replace('availability: 99.9%, capacity_rps: 1000', 'capacity_rps: 1000'));
            expect(moves).to.deep.equal([{ measure: 'availability', label: `availability of the weakest client path ${PATH}`, before: '99.9999%', after: '99.99989%', worse: true, assumed: true }]);
        });

        it('says so when only the base rested on a default', async () => {
            const moves = await movesOf(SHOP, SHOP.replace(', interval: 1h', ''));
            expect(moves.map((move) => [move.measure, move.before, move.after, move.worse, move.assumed])).to.deep.equal([['data-loss', 'up to 1d', 'up to 1h', false, true]]);
        });
    });
});
