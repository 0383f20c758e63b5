/**
 * `npm run fuzz`: the properties of test/fuzz/ with many runs and a random
 * seed (printed, to replay). Options: --runs N (per property, default 2000),
 * --seed N, --minutes M (total time budget, shared by the properties),
 * --property NAME (repeatable), --path P (replay one counterexample),
 * --longest N (longest generated piece of text, default 1,000,000).
 * Writes bench/results/fuzz.json; exits 1 when a property failed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { FUZZ_PROPERTIES } from '../../test/fuzz/properties.js';
import type { FuzzFailure, FuzzJob, WorkerMessage } from './fuzz-messages.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SUMMARY = path.join(ROOT, 'bench', 'results', 'fuzz.json');
/** No word from the worker for this long is a hang, far past the per-step limit of 2 s: a busy machine must not fake one. */
const SILENCE_LIMIT_MS = 60_000;

interface Summary {
    seed: number;
    runs: number;
    properties: number;
    duration_s: number;
    failures: FuzzFailure[];
    date: string;
}

function jobFromArguments(): FuzzJob {
    const { values } = parseArgs({
        options: {
            runs: { type: 'string' }, seed: { type: 'string' }, minutes: { type: 'string' },
            property: { type: 'string', multiple: true }, path: { type: 'string' }, longest: { type: 'string', default: '1000000' }
        }
    });
    const properties = values.property ?? FUZZ_PROPERTIES.map((property) => property.name);
    const unknown = properties.filter((name) => !FUZZ_PROPERTIES.some((property) => property.name === name));
    if (unknown.length > 0) {
        throw new Error(`unknown property ${unknown.join(', ')}; the properties are: ${FUZZ_PROPERTIES.map((property) => property.name).join(', ')}`);
    }
    const minutes = values.minutes === undefined ? undefined : Number(values.minutes);
    return {
        seed: values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed),
        runs: values.runs === undefined ? (minutes === undefined ? 2_000 : 1_000_000_000) : Number(values.runs),
        budgetMs: minutes === undefined ? 2 ** 31 - 1 : (minutes * 60_000) / properties.length,
        longest: Number(values.longest),
        properties,
        path: values.path
    };
}

/** Runs the job in a worker; resolves with the runs and failures, a hang included. */
function runInWorker(job: FuzzJob): Promise<{ runs: number; failures: FuzzFailure[] }> {
    const worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url), { workerData: job });
    let runs = 0;
    const failures: FuzzFailure[] = [];
    let last: Extract<WorkerMessage, { type: 'input' }> | undefined;
    return new Promise((resolve, reject) => {
        let watchdog: NodeJS.Timeout | undefined;
        const finish = (): void => {
            clearTimeout(watchdog);
            void worker.terminate();
            resolve({ runs, failures });
        };
        const rearm = (): void => {
            clearTimeout(watchdog);
            watchdog = setTimeout(() => {
                failures.push({
                    property: last?.property ?? 'start-up', seed: job.seed, message: `no answer for ${SILENCE_LIMIT_MS / 1000} s: the input hangs`,
                    counterexample: JSON.stringify(last?.files ?? null, undefined, 2).slice(0, 4_000)
                });
                finish();
            }, SILENCE_LIMIT_MS);
        };
        rearm();
        worker.on('message', (message: WorkerMessage) => {
            rearm();
            if (message.type === 'input') {
                last = message;
            } else if (message.type === 'result') {
                runs += message.runs;
                console.log(`  ${message.property}: ${message.runs} runs, ${message.failure ? 'FAILED' : 'ok'}`);
                if (message.failure) {
                    failures.push(message.failure);
                }
            } else {
                finish();
            }
        });
        worker.on('error', (error) => {
            clearTimeout(watchdog);
            reject(error);
        });
    });
}

function report(failure: FuzzFailure): void {
    console.log(`\n✖ ${failure.property} (seed ${failure.seed}${failure.path ? `, path ${failure.path}` : ''})`);
    console.log(failure.message.split('\n').slice(0, 12).join('\n'));
    console.log(`Shrunk counterexample:\n${failure.counterexample}`);
    const replay = failure.path ? `--seed ${failure.seed} --path ${failure.path}` : `--seed ${failure.seed}`;
    console.log(`Replay: npm run fuzz -- --property '${failure.property}' ${replay}`);
}

const job = jobFromArguments();
console.log(`fuzz: seed ${job.seed}, ${job.properties.length} properties, up to ${job.runs} runs each${job.budgetMs < 2 ** 31 - 1 ? `, ${Math.round(job.budgetMs / 1000)} s each` : ''}`);
const started = Date.now();
const { runs, failures } = await runInWorker(job);
const summary: Summary = { seed: job.seed, runs, properties: job.properties.length, duration_s: Math.round((Date.now() - started) / 100) / 10, failures, date: new Date().toISOString() };
failures.forEach(report);
fs.mkdirSync(path.dirname(SUMMARY), { recursive: true });
fs.writeFileSync(SUMMARY, `${JSON.stringify(summary, undefined, 2)}\n`);
console.log(`\n${runs} runs of ${summary.properties} properties in ${summary.duration_s} s: ${failures.length === 0 ? 'no failure' : `${failures.length} failed`} (seed ${job.seed}); ${path.relative(ROOT, SUMMARY)} written.`);
process.exitCode = failures.length === 0 ? 0 : 1;
