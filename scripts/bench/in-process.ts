/**
 * Steps timed inside this process on a design built once: the Mermaid text
 * (src/diagram generateDiagram) and the estimator (src/estimates
 * estimateDesign, uncached), and a practice score. One untimed run first, so that the median is of
 * warm code, as in a server that has run before.
 */
import { analyzeFiles } from '../../src/batch/analyze.js';
import { generateDiagram } from '../../src/diagram/generate-diagram.js';
import { DEFAULT_ESTIMATE_SETTINGS } from '../../src/estimates/estimate-defaults.js';
import { estimateDesign } from '../../src/estimates/estimate-design.js';
import { generateDesign } from '../design-generator/design-generator.js';
import type { Design } from '../../src/model/design.js';
import type { Finding } from '../../src/model/finding.js';
import type { CaseResult, Plan } from './bench-types.js';
import { writeDesign } from './design-files.js';
import { failed, measureCase, round } from './stats.js';
import { allPrompts } from '../../src/practice/prompt-library.js';
import { referenceUri, scoreText } from '../../src/practice/score-practice.js';
import { benchImportReview } from './import-review.js';

interface Built {
    readonly design: Design;
    readonly findings: readonly Finding[];
}

async function build(plan: Plan, n: number): Promise<Built> {
    const files = writeDesign(plan.workDir, `in-process-${n}`, generateDesign({ components: n }));
    const analysis = await analyzeFiles(files);
    const design = analysis.designs.find((candidate) => candidate.name === 'Generated');
    if (!design) {
        throw new Error(`the generated design of ${n} components did not build`);
    }
    return { design, findings: analysis.findings };
}

/** Times `step` synchronously, after one untimed run. */
async function timeStep(caseName: string, n: number, runs: number, step: () => void): Promise<CaseResult> {
    step();
    return measureCase(caseName, n, runs, async () => {
        const started = performance.now();
        step();
        return { wallMs: performance.now() - started };
    });
}

async function benchMermaid(plan: Plan): Promise<void> {
    const views = [{ caseName: 'mermaid', view: { kind: 'auto' } }, { caseName: 'mermaid-full', view: { kind: 'full' } }] as const;
    for (const n of plan.sizes('mermaid', [1000], [1000])) {
        try {
            const { design, findings } = await build(plan, n);
            for (const { caseName, view } of views) {
                plan.report(await timeStep(caseName, n, Math.max(plan.runs(n), 10), () => generateDiagram(design, { findings, view })));
            }
        } catch (error) {
            views.forEach(({ caseName }) => plan.report(failed(caseName, n, error)));
        }
    }
}

/** Time per component over that at 1,000: 1 when the estimator grows linearly. */
function withLinearity(plan: Plan, result: CaseResult): CaseResult {
    const base = plan.find('estimate', 1000)?.wall_ms;
    return result.n > 1000 && base && result.wall_ms !== null ? { ...result, ratio: round((result.wall_ms / result.n) / (base / 1000), 2) } : result;
}

async function benchEstimates(plan: Plan): Promise<void> {
    for (const n of plan.sizes('estimate', [1000, 10_000, 50_000], [1000])) {
        try {
            const { design } = await build(plan, n);
            plan.report(withLinearity(plan, await timeStep('estimate', n, Math.max(plan.runs(n), 5), () => estimateDesign(design, DEFAULT_ESTIMATE_SETTINGS))));
        } catch (error) {
            plan.report(failed('estimate', n, error));
        }
    }
}

/**
 * A practice score as the editor's finish command asks for it: a fresh
 * review of one design text with the default configuration, then the rubric.
 * Run over every prompt's reference in turn (n: the number of prompts).
 */
async function benchPracticeScore(plan: Plan): Promise<void> {
    const prompts = allPrompts();
    for (const n of plan.sizes('practice-score', [prompts.length], [prompts.length])) {
        await scoreText(prompts[0], prompts[0].reference, referenceUri(prompts[0]), { revealed: [], judgeFigures: true });
        plan.report(await measureCase('practice-score', n, Math.max(plan.runs(n), prompts.length), async (run) => {
            const entry = prompts[run % prompts.length];
            const started = performance.now();
            await scoreText(entry, entry.reference, referenceUri(entry), { revealed: [], judgeFigures: true });
            return { wallMs: performance.now() - started };
        }));
    }
}

export async function benchInProcess(plan: Plan): Promise<void> {
    await benchMermaid(plan);
    await benchEstimates(plan);
    await benchPracticeScore(plan);
    await benchImportReview(plan);
}
