/**
 * `npm run soak`: 10,000 random edits to a design in one session of the real
 * language server; reports crashes (there must be none) and, every 500
 * edits, the heap after GC and the resident memory once the server has
 * settled (neither may grow without bound). Writes
 * .bench-output/soak.json, and for a run of 10,000 edits or more
 * bench/results/soak.json and docs/performance.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDesign } from '../design-generator/design-generator.js';
import { writePerformancePage } from '../bench/performance-page.js';
import { type Growth, machine, RESULTS_DIR, revision, type RssGrowth, type SoakFile, writeJson } from '../bench/results-files.js';
import { declaredComponents } from './edits.js';
import { heapGrowth, memoryFailures, rssGrowth } from './memory-growth.js';
import { Soak, type SoakOutcome } from './soak-run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');
const DEFAULT_SEED = 20261125;
const TARGET_EDITS = 10_000;
const GENERATED_COMPONENTS = 500;

const USAGE = `npm run soak -- [--seed N] [--edits N] [--document FILE.arch] [--wait-every N] [--checkpoint-every N]

  --seed N              the random seed (default ${DEFAULT_SEED}); the same seed makes the same edits
  --edits N             random edits (default ${TARGET_EDITS}; runs of ${TARGET_EDITS} or more are recorded in bench/results/soak.json)
  --document FILE       the design to edit (default: a generated ${GENERATED_COMPONENTS}-component design)
  --wait-every N        wait for diagnostics every N edits (default 20)
  --probe-every N       completion and hover at random places every N edits (default 50)
  --checkpoint-every N  restore the original text and measure the memory every N edits (default 500)`;

interface SoakOptions {
    readonly seed: number;
    readonly edits: number;
    readonly document?: string;
    readonly waitEvery: number;
    readonly probeEvery: number;
    readonly checkpointEvery: number;
}

function parseOptions(args: readonly string[]): SoakOptions {
    const value = (flag: string, fallback: number): number => {
        const index = args.indexOf(flag);
        if (index < 0) {
            return fallback;
        }
        const parsed = Number(args[index + 1]);
        if (!Number.isInteger(parsed) || parsed < 0 || (parsed === 0 && flag !== '--seed')) {
            throw new Error(`${flag} takes a positive whole number`);
        }
        return parsed;
    };
    const documentIndex = args.indexOf('--document');
    return {
        seed: value('--seed', DEFAULT_SEED),
        edits: value('--edits', TARGET_EDITS),
        document: documentIndex >= 0 ? args[documentIndex + 1] : undefined,
        waitEvery: value('--wait-every', 20),
        probeEvery: value('--probe-every', 50),
        checkpointEvery: value('--checkpoint-every', 500)
    };
}

function archFilesUnder(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? archFilesUnder(full) : entry.name.endsWith('.arch') ? [full] : [];
    });
}

/** The design to edit: a file, or the generated design. */
function designToEdit(file: string | undefined): { name: string; text: string; components: number } {
    if (file) {
        const text = fs.readFileSync(path.resolve(file), 'utf8');
        return { name: path.relative(ROOT, path.resolve(file)), text, components: declaredComponents(text).length };
    }
    const generated = generateDesign({ components: GENERATED_COMPONENTS });
    return { name: `generated design of ${generated.components} components`, text: [...generated.files.values()][0], components: generated.components };
}

function result(options: SoakOptions, document: ReturnType<typeof designToEdit>, outcome: SoakOutcome, seconds: number): SoakFile {
    const heap = heapGrowth(outcome.memory);
    const rss = rssGrowth(outcome.memory);
    return {
        date: new Date().toISOString(),
        revision: revision(),
        machine: machine(),
        command: `npm run soak${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
        seed: options.seed,
        document: { name: document.name, components: document.components, characters: document.text.length },
        edits: options.edits,
        duration_s: Math.round(seconds),
        diagnostics_every: options.waitEvery,
        diagnostics_waits: outcome.diagnosticsWaits,
        waits_with_syntax_errors: outcome.brokenWaits,
        probe_every: options.probeEvery,
        checkpoint_every: options.checkpointEvery,
        crashes: outcome.crashes,
        inconsistencies: outcome.inconsistencies,
        cancelled_requests: outcome.cancelledRequests,
        logged_errors: outcome.loggedErrors,
        memory: outcome.memory,
        heap_growth: heap,
        rss_growth: rss,
        peak_rss_mb: Math.round(outcome.peakRssMb),
        memory_releases: { count: outcome.releases?.releases ?? 0, longest_ms: outcome.releases?.longestMs ?? 0 },
        ok: failures(outcome, heap, rss).length === 0
    };
}

/** Why the run failed; empty when it passed. */
function failures(outcome: SoakOutcome, heap: Growth, rss: RssGrowth): string[] {
    const counted = (items: readonly string[], what: string): string[] => (items.length > 0 ? [`${items.length} ${what} (first: ${items[0]})`] : []);
    return [
        ...counted(outcome.crashes, 'crashes'),
        ...counted(outcome.inconsistencies, 'inconsistencies'),
        ...counted(outcome.loggedErrors, 'errors logged by the server'),
        ...memoryFailures(heap, rss)
    ];
}

async function main(): Promise<number> {
    if (process.argv.includes('--help')) {
        console.log(USAGE);
        return 0;
    }
    const options = parseOptions(process.argv.slice(2));
    const document = designToEdit(options.document);
    console.error(`soak: seed ${options.seed}, ${options.edits} edits to ${document.name}`);
    const started = Date.now();
    const outcome = await Soak.run({
        seed: options.seed,
        edits: options.edits,
        text: document.text,
        fragments: archFilesUnder(SAMPLES).map((file) => fs.readFileSync(file, 'utf8')),
        waitEvery: options.waitEvery,
        probeEvery: options.probeEvery,
        checkpointEvery: options.checkpointEvery,
        onCheckpoint: (point) => console.error(`  ${point.edits} edits: heap after GC ${point.heap_used_mb} MB, RSS ${point.rss_busy_mb} MB after the build, ${point.rss_mb} MB settled (${Math.round((Date.now() - started) / 1000)} s)`)
    });
    const file = result(options, document, outcome, (Date.now() - started) / 1000);
    writeJson(path.join(ROOT, '.bench-output', 'soak.json'), file);
    if (options.edits >= TARGET_EDITS) {
        writeJson(path.join(RESULTS_DIR, 'soak.json'), file);
        console.error(`wrote bench/results/soak.json and ${path.relative(ROOT, writePerformancePage())}`);
    }
    const { memory, machine: _machine, ...summary } = file;
    console.log(JSON.stringify({ ...summary, memory_points: memory.length }));
    failures(outcome, file.heap_growth, file.rss_growth).forEach((failure) => console.error(`soak failed: ${failure}`));
    return file.ok ? 0 : 1;
}

main().then((code) => {
    process.exitCode = code;
}, (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exitCode = 2;
});
