/**
 * `npm run bench`: measures ArchLens against ../shared/spec/targets.md and
 * prints one JSON line per case ({case, n, wall_ms, rss_mb, …}) on stdout;
 * progress goes to stderr. See USAGE (options.ts) and docs/performance.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CaseResult, Plan } from './bench-types.js';
import { benchCheck, ROOT } from './cli-check.js';
import { benchInProcess } from './in-process.js';
import { benchLanguageServer } from './language-server.js';
import { benchLikeC4 } from './likec4.js';
import { type BenchOptions, isFullRun, parseOptions, USAGE } from './options.js';
import { writePerformancePage } from './performance-page.js';
import { benchPreview } from './preview.js';
import { type BenchFile, machine, RESULTS_DIR, revision, writeJson } from './results-files.js';
import { withTargets } from './targets.js';

const WORK_DIR = path.join(ROOT, '.bench-output');
const BUNDLES = ['dist/cli.cjs', 'dist/server.cjs'];

/** Areas in order: `check` first, since the shapes and LikeC4 compare with it. */
const AREAS: readonly { readonly name: string; readonly run: (plan: Plan) => Promise<void> }[] = [
    { name: 'archlens check (whole process)', run: benchCheck },
    { name: 'language server over stdio', run: benchLanguageServer },
    { name: 'Mermaid text and estimator (in process)', run: benchInProcess },
    { name: 'preview in headless Chromium', run: benchPreview },
    { name: 'LikeC4', run: benchLikeC4 }
];

class Runner implements Plan {
    readonly results: CaseResult[] = [];
    readonly workDir = WORK_DIR;
    readonly likec4: Plan['likec4'];

    constructor(private readonly options: BenchOptions) {
        this.likec4 = { enabled: options.likec4, maxSize: options.likec4MaxSize };
    }

    sizes(caseName: string, full: readonly number[], quick: readonly number[]): number[] {
        const { cases, sizes } = this.options;
        if (cases.length > 0 && !cases.some((wanted) => caseName === wanted || caseName.startsWith(`${wanted}-`))) {
            return [];
        }
        return (this.options.quick ? quick : full).filter((n) => sizes.length === 0 || sizes.includes(n));
    }

    runs(n: number): number {
        return this.options.runs ?? (this.options.quick ? 1 : n > 10_000 ? 3 : 5);
    }

    report(result: CaseResult): CaseResult {
        const evaluated = withTargets(result);
        this.results.push(evaluated);
        console.log(JSON.stringify(evaluated));
        return evaluated;
    }

    find(caseName: string, n: number): CaseResult | undefined {
        return this.results.find((result) => result.case === caseName && result.n === n);
    }
}

function summary(results: readonly CaseResult[]): string {
    const met = results.filter((result) => result.ok === true).length;
    const missed = results.filter((result) => result.ok === false && !result.error).length;
    const broken = results.filter((result) => result.error).length;
    return `${results.length} cases: ${met} targets met, ${missed} missed, ${broken} could not be measured`;
}

async function main(): Promise<number> {
    const options = parseOptions(process.argv.slice(2));
    if (options.help) {
        console.log(USAGE);
        return 0;
    }
    if (options.pageOnly) {
        console.error(`wrote ${path.relative(ROOT, writePerformancePage())}`);
        return 0;
    }
    const missing = BUNDLES.filter((bundle) => !fs.existsSync(path.join(ROOT, bundle)));
    if (missing.length > 0) {
        console.error(`${missing.join(' and ')} missing: run \`npm run build\` first.`);
        return 2;
    }
    fs.mkdirSync(WORK_DIR, { recursive: true });
    const started = Date.now();
    const host = machine();
    const runner = new Runner(options);
    for (const area of AREAS) {
        console.error(`# ${area.name}`);
        await area.run(runner);
    }
    const file: BenchFile = {
        date: new Date().toISOString(),
        revision: revision(),
        machine: host,
        command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
        duration_s: Math.round((Date.now() - started) / 1000),
        results: runner.results
    };
    writeJson(path.join(WORK_DIR, 'bench.json'), file);
    if (isFullRun(options)) {
        writeJson(path.join(RESULTS_DIR, 'bench.json'), file);
        console.error(`wrote bench/results/bench.json and ${path.relative(ROOT, writePerformancePage())}`);
    }
    console.error(summary(runner.results));
    return runner.results.some((result) => result.error) ? 1 : 0;
}

main().then((code) => {
    process.exitCode = code;
}, (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    process.exitCode = 2;
});
