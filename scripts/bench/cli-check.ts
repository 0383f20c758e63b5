/**
 * Whole-process `archlens check FILE --format json` (dist/cli.cjs): Node's
 * start, reading, parsing, linking, the review and the JSON output, as CI
 * runs it. Generated designs at several sizes, one split over 20 files, and
 * the unusual shapes, each compared with the generated design of its size.
 */
import * as path from 'node:path';
import { generateDesign, type GeneratedDesign } from '../design-generator/design-generator.js';
import { generateShape, SHAPES } from '../design-generator/design-shapes.js';
import { nodeForServer } from '../../test/server/lsp-child.js';
import type { CaseResult, Plan, Sample } from './bench-types.js';
import { expectExit, runNodeChild } from './child-process.js';
import { writeDesign } from './design-files.js';
import { measureCase, round } from './stats.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.cjs');
/** `check` exits 1 when the review has an error finding: generated designs do. */
const CHECK_EXIT_CODES = [0, 1];
const SPLIT_FILES = 20;

/** One timed `archlens check` of `target` (a file or a folder). */
async function checkOnce(plan: Plan, target: string): Promise<Sample> {
    const run = await runNodeChild(nodeForServer(), CLI_BUNDLE, ['check', target, '--format', 'json'], {
        cwd: ROOT,
        stdoutFile: path.join(plan.workDir, 'check-output.json'),
        rssFile: path.join(plan.workDir, 'check-rss.txt')
    });
    expectExit(run, CHECK_EXIT_CODES, `archlens check ${path.relative(ROOT, target)}`);
    return { wallMs: run.wallMs, rssMb: run.rssMb };
}

async function measureCheck(plan: Plan, caseName: string, n: number, design: GeneratedDesign, asFolder = false): Promise<CaseResult> {
    const files = writeDesign(plan.workDir, `${caseName}-${n}`, design);
    const target = asFolder ? path.dirname(files[0]) : files[0];
    return measureCase(caseName, n, plan.runs(n), () => checkOnce(plan, target));
}

/** `check` of the generated design of `n` components (also for the LikeC4 comparison when `check` did not run at that size). */
export async function measureGeneratedCheck(plan: Plan, n: number): Promise<CaseResult> {
    return withGrowth(plan, await measureCheck(plan, 'check', n, generateDesign({ components: n })));
}

function withGrowth(plan: Plan, result: CaseResult): CaseResult {
    const base = plan.find('check', 1000)?.wall_ms;
    return result.n === 10_000 && base && result.wall_ms !== null ? { ...result, growth: round(result.wall_ms / base, 2) } : result;
}

/** The design's time over the generated design's time at the same size. */
export function againstGenerated(plan: Plan, result: CaseResult): CaseResult {
    const base = plan.find('check', result.n)?.wall_ms;
    return base && result.wall_ms !== null ? { ...result, ratio: round(result.wall_ms / base, 2) } : result;
}

export async function benchCheck(plan: Plan): Promise<void> {
    const warmUp = writeDesign(plan.workDir, 'warm-up', generateDesign({ components: 100 }));
    await checkOnce(plan, warmUp[0]).catch(() => undefined);
    for (const n of plan.sizes('check', [100, 1000, 5000, 10_000, 20_000, 50_000], [100, 1000])) {
        plan.report(await measureGeneratedCheck(plan, n));
    }
    for (const n of plan.sizes('check-split-20', [10_000], [1000])) {
        plan.report(await measureCheck(plan, 'check-split-20', n, generateDesign({ components: n, files: SPLIT_FILES }), true));
    }
    for (const shape of SHAPES) {
        for (const n of plan.sizes(`check-${shape}`, [1000, 10_000], [1000])) {
            plan.report(againstGenerated(plan, await measureCheck(plan, `check-${shape}`, n, generateShape(shape, n))));
        }
    }
}
