/**
 * Optimisations keep the results: the full JSON review of a generated
 * 300-component design and of every sample must equal what the code gave
 * before any performance work (test/fixtures/golden/findings.json, written by
 * commit 45aefe1's CLI; since then, deliberate changes: weakest links of
 * equal availability are named in path order, where rounding used to pick;
 * a single-instance cache that only holds locks says no lock can be taken; availabilities past 99.999999% show their digits instead of `>99.999999%`;
 * a design that does not say how it releases is asked about its pipeline (info), rollback is asked only of in-place strategies, and a declared
 * storage growth no store is sized for is one question;
 * findings list their related locations, `basis` and `assumptions`;
 * the scale and perf rules of the review-quality work: overloads on assumed figures are questions, fixed front services one autoscaling finding, autoscaled fleets balanced by their platform;
 * the availability rules report one finding per decision (zones, timeouts, health checks of self-managed proxies), judge retried writes to third
 * parties, and slo-unreachable names its weakest links by availability);
 * the security rules ask where secrets live only of designs that state a secret, ask for MFA where administrators or staff sign in, and read
 * network policies, stores that accept only TLS and TLS-terminating edges;
 * triggers from a table's stream or a bucket's events are asked for an on-failure destination, and a re-runnable
 * job nothing hands work to is not a single point of failure; an idempotent writer of its own stores is not asked about
 * dual writes; a self-run proxy that does not mention health checks is asked (info), and the question about private
 * stores says why it is asked; a design with no monitoring is told its logs are not gathered either;
 * the eleventh round: a stampede is asked of fleets of five or more readers, an undeclared health check only where another
 * proxy declares one, capacity counts each active region, and hot partitions and storage retention are asked where stated;
 * the twelfth round: a fixed front fleet's sizing is asked once, by scale/no-autoscaling, not again as an assumed overload;
 * the thirteenth round: an overload resting on an engine's planning figure and a count the design never wrote is a question,
 * and an unstated deployment strategy is not read as releases that take the service down;
 * the fourteenth round: a count left out is said to be read as one instance and asked for, and a path's availability
 * miss resting only on components with no written count is not asked again;
 * the fifteenth round: stores whose data is unclassified are asked about encryption only in designs that state sensitive data;
 * the sixteenth round: a single instance whose count is left out is a warning under a high target, never an error;
 * the seventeenth round: for the code the team runs, such a count is an info question, and object storage naming no engine
 * is the platform's replicated service; the twenty-seventh round: a search index written beside other stores is a copy,
 * not a second record, in the dual-write question).
 * A deliberate change of findings regenerates it:
 *   node dist/cli.cjs check test/fixtures/golden/generated-300.arch samples --format json > test/fixtures/golden/findings.json
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden/findings.json');

describe('findings before and after the performance work', function () {
    this.timeout(30_000);

    it('are the same, finding for finding, on a generated design and the samples', async () => {
        const result = await runCli(['check', 'test/fixtures/golden/generated-300.arch', 'samples', '--format', 'json'], ROOT);
        const now = JSON.parse(result.stdout) as { findings: unknown[] };
        const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as { findings: unknown[] };
        expect(now.findings.length).to.equal(golden.findings.length);
        expect(now).to.deep.equal(golden);
    });
});
