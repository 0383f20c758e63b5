/**
 * Renders docs/performance.md from the result files in bench/results/
 * (bench.json, soak.json, fuzz.json: a section for each file present). Run by
 * a full `npm run bench`, by `npm run soak`, and alone by
 * `npm run bench -- --page`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CaseResult } from './bench-types.js';
import { count, day, duration, megabytes, table, times, verdict } from './page-format.js';
import { fuzzSection, soakSection } from './page-robustness.js';
import { type BenchFile, type FuzzFile, type Machine, readResultFile, RESULTS_DIR, type SoakFile } from './results-files.js';
import { type Target, TARGETS, withTargets } from './targets.js';

const PAGE = path.resolve(import.meta.dirname, '../../docs/performance.md');
/** LikeC4's figures as the issue measured them on this kind of machine (validate, one file). */
const LIKEC4_ANCHOR: Readonly<Record<number, string>> = { 100: '0.95 s', 1000: '1.65 s', 5000: '4.75 s', 20_000: '48 s, 1.27 GB' };

export function describeMachine(host: Machine): string {
    const priority = host.nice ? `, run at nice ${host.nice} over other work on the machine` : '';
    return `${host.cpu}, ${host.cores} cores, ${host.memory_gb} GiB memory, Node ${host.node}, ${host.os}; load average ${host.load_average} at the start${priority}`;
}

function goalOf(target: Target): string {
    return [
        target.ms !== undefined ? `< ${duration(target.ms)}` : '',
        target.rssMb !== undefined ? `peak RSS < ${megabytes(target.rssMb)}` : '',
        target.growth !== undefined ? `time ÷ time(1,000) ≤ ${target.growth}` : '',
        target.ratio !== undefined ? `≤ ${target.ratio}×` : '',
        target.speedup !== undefined ? `ArchLens ≥ ${target.speedup}× faster` : ''
    ].filter(Boolean).join(', ');
}

function measuredOf(result: CaseResult, target: Target): string {
    if (result.error) {
        return `not measured: ${result.error.slice(0, 160)}`;
    }
    return [
        target.ms !== undefined || target.rssMb !== undefined ? duration(result.wall_ms) : '',
        target.rssMb !== undefined ? megabytes(result.rss_mb) : '',
        target.growth !== undefined ? `growth ${times(result.growth)}` : '',
        target.ratio !== undefined ? times(result.ratio) : '',
        target.speedup !== undefined ? `${times(result.speedup)} (${duration(result.wall_ms)} vs ${duration(result.archlens_ms)})` : ''
    ].filter(Boolean).join(', ');
}

function targetsSection(bench: BenchFile): string {
    const rows = TARGETS.map((target) => {
        const result = bench.results.find((candidate) => candidate.case === target.case && candidate.n === target.n);
        const label = target.own ? `${target.label} (the bench's own goal)` : target.label;
        return [label, count(target.n), goalOf(target), result ? measuredOf(result, target) : 'not run', result ? verdict(result.ok) : ''];
    });
    const results = TARGETS.map((target) => bench.results.find((candidate) => candidate.case === target.case && candidate.n === target.n));
    const passed = results.filter((result) => result?.ok === true).length;
    return `## Targets\n\n${passed} of ${TARGETS.length} met.\n\n${table(['Target', 'Components', 'Goal', 'Measured', 'Result'], rows)}\n`;
}

function likec4Section(bench: BenchFile): string {
    const runs = bench.results.filter((result) => result.case === 'likec4-validate');
    if (runs.length === 0) {
        return '## Against LikeC4\n\nLikeC4 did not run (`--no-likec4` or `--quick`).\n';
    }
    const rows = runs.map((result) => {
        const ours = bench.results.find((candidate) => candidate.case === 'check' && candidate.n === result.n);
        return [count(result.n), result.error ? `failed: ${result.error.slice(0, 200)}` : duration(result.wall_ms), megabytes(result.rss_mb),
            duration(ours?.wall_ms), megabytes(ours?.rss_mb), times(result.speedup), result.target_speedup ? `≥ ${result.target_speedup}×` : '', LIKEC4_ANCHOR[result.n] ?? ''];
    });
    return `## Against LikeC4

LikeC4 (also built on Langium) validating the equivalent model, \`likec4 validate --no-layout\`, whole process, beside
\`archlens check --format json\` on the same generated design. The model has one element per component and one
relationship per connection, in one file, elements not nested, no views (\`scripts/bench/likec4-model.ts\`).

${table(['Elements', 'LikeC4 validate', 'LikeC4 peak RSS', 'archlens check', 'archlens peak RSS', 'ArchLens faster by', 'Goal', 'LikeC4 in the issue'], rows)}
`;
}

function extraOf(result: CaseResult): string {
    return [
        result.growth !== undefined ? `growth ${times(result.growth)}` : '',
        result.ratio !== undefined ? `ratio ${times(result.ratio)}` : '',
        result.speedup !== undefined ? `LikeC4 ÷ ArchLens ${times(result.speedup)}` : '',
        result.error ? `error: ${result.error.slice(0, 300)}` : ''
    ].filter(Boolean).join('; ');
}

function casesSection(bench: BenchFile): string {
    const rows = bench.results.map((result) => [`\`${result.case}\``, count(result.n), duration(result.wall_ms), megabytes(result.rss_mb), String(result.runs ?? ''), extraOf(result), verdict(result.ok)]);
    return `## Every case\n\nWall time is the median of the runs; peak RSS the largest of them.\n\n${table(['Case', 'n', 'Wall', 'Peak RSS', 'Runs', 'Also', 'Result'], rows)}\n`;
}

function benchSections(measured: BenchFile | undefined): string[] {
    if (!measured) {
        return ['## Benchmark\n\nNo results yet: run `npm run build && npm run bench`.\n'];
    }
    // Judged again with the targets as they are now, so that the page and targets.ts never disagree.
    const bench = { ...measured, results: measured.results.map(withTargets) };
    const header = `Measured on ${day(bench.date)} at \`${bench.revision}\` by \`${bench.command}\` (${bench.duration_s} s) on: ${describeMachine(bench.machine)}.\n`;
    return [header, targetsSection(bench), likec4Section(bench), casesSection(bench)];
}

export function renderPerformancePage(folder = RESULTS_DIR): string {
    const bench = readResultFile<BenchFile>('bench.json', folder);
    const soak = readResultFile<SoakFile>('soak.json', folder);
    const fuzz = readResultFile<FuzzFile>('fuzz.json', folder);
    const sections = [
        '# Performance and robustness',
        '<!-- Generated by scripts/bench/performance-page.ts from bench/results/*.json (`npm run bench -- --page`): edit the scripts, not this page. -->',
        'How fast ArchLens is on large designs, how much memory it takes, and whether it survives long editing sessions and hostile input, measured against the targets of `../shared/spec/targets.md` by `npm run bench`, `npm run soak` and `npm run fuzz`. Performance is measured here, never by timed tests.',
        ...benchSections(bench),
        ...(soak ? [soakSection(soak)] : []),
        ...(fuzz ? [fuzzSection(fuzz)] : []),
        fs.readFileSync(path.join(import.meta.dirname, 'page-method.md'), 'utf8').trim()
    ];
    return `${sections.map((section) => section.trim()).join('\n\n')}\n`;
}

/** Writes docs/performance.md; returns its path. */
export function writePerformancePage(folder = RESULTS_DIR): string {
    fs.writeFileSync(PAGE, renderPerformancePage(folder));
    return PAGE;
}
