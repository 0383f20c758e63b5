/**
 * LikeC4 (https://likec4.dev, also built on Langium) on the equivalent model
 * of each generated design: `likec4 validate --no-layout` (this version's
 * spelling of "skip the layout check"), whole process, beside our `check` of
 * the same design. LikeC4 is installed on first use into .cache/likec4 (not
 * a devDependency: only the bench needs it). When it cannot be installed or
 * run, the bench says so and goes on.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import { generateDesign } from '../design-generator/design-generator.js';
import { nodeForServer } from '../../test/server/lsp-child.js';
import type { CaseResult, Plan, Sample } from './bench-types.js';
import { expectExit, runNodeChild } from './child-process.js';
import { measureGeneratedCheck, ROOT } from './cli-check.js';
import { writeDesign } from './design-files.js';
import { likec4Model } from './likec4-model.js';
import { failed, measureCase, round } from './stats.js';

export const LIKEC4_VERSION = '1.59.4';
const FOLDER = path.join(ROOT, '.cache', 'likec4');
const BIN = path.join(FOLDER, 'node_modules', 'likec4', 'bin', 'likec4.mjs');
const CASE = 'likec4-validate';

function installLikeC4(): void {
    if (fs.existsSync(BIN)) {
        return;
    }
    fs.mkdirSync(FOLDER, { recursive: true });
    execFileSync('npm', ['install', '--prefix', FOLDER, '--no-save', '--no-audit', '--no-fund', `likec4@${LIKEC4_VERSION}`], { stdio: 'pipe', timeout: 600_000 });
}

/** Writes the LikeC4 model of the generated design of `n` components into its own folder (LikeC4 validates a folder). */
async function writeModel(plan: Plan, n: number): Promise<string> {
    const generated = generateDesign({ components: n });
    const analysis = await analyzeFiles(writeDesign(plan.workDir, `likec4-source-${n}`, generated));
    const design = analysis.designs.find((candidate) => candidate.name === 'Generated');
    if (!design || design.components.length !== generated.components || design.connections.length !== generated.connections) {
        throw new Error(`the generated design of ${n} components did not build as generated`);
    }
    const folder = path.join(plan.workDir, 'likec4', String(n));
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'model.c4'), likec4Model(design));
    return folder;
}

async function validateOnce(plan: Plan, folder: string): Promise<Sample> {
    const output = path.join(plan.workDir, 'likec4-output.txt');
    const run = await runNodeChild(nodeForServer(), BIN, ['validate', '--no-layout', folder], { cwd: folder, stdoutFile: output, rssFile: path.join(plan.workDir, 'likec4-rss.txt') });
    // A model LikeC4 finds invalid would time its error path: that is no comparison.
    expectExit({ ...run, stderr: `${fs.readFileSync(output, 'utf8').slice(-2000)}${run.stderr}` }, [0], 'likec4 validate');
    return { wallMs: run.wallMs, rssMb: run.rssMb };
}

/** LikeC4's time over ours at the same size. */
function withSpeedup(result: CaseResult, ours: CaseResult | undefined): CaseResult {
    if (!ours?.wall_ms || result.wall_ms === null) {
        return result;
    }
    return { ...result, archlens_ms: ours.wall_ms, speedup: round(result.wall_ms / ours.wall_ms, 2) };
}

export async function benchLikeC4(plan: Plan): Promise<void> {
    const sizes = plan.sizes(CASE, [100, 1000, 5000, 20_000], [100, 1000]).filter((n) => n <= plan.likec4.maxSize);
    if (!plan.likec4.enabled || sizes.length === 0) {
        return;
    }
    try {
        installLikeC4();
    } catch (error) {
        sizes.forEach((n) => plan.report(failed(CASE, n, `LikeC4 could not be installed (npm install likec4@${LIKEC4_VERSION}): ${error instanceof Error ? error.message : String(error)}`)));
        return;
    }
    for (const n of sizes) {
        try {
            const folder = await writeModel(plan, n);
            const result = await measureCase(CASE, n, plan.runs(n), () => validateOnce(plan, folder));
            const ours = plan.find('check', n) ?? plan.report(await measureGeneratedCheck(plan, n));
            plan.report(withSpeedup(result, ours));
        } catch (error) {
            plan.report(failed(CASE, n, error));
        }
    }
}
