/** Runs the fuzzing properties in a worker thread, so that the runner can stop it when an input hangs. */
import fc from 'fast-check';
import { parentPort, workerData } from 'node:worker_threads';
import { exercise } from '../../test/fuzz/exercise.js';
import { FUZZ_PROPERTIES, HANG_LIMIT_MS } from '../../test/fuzz/properties.js';
import type { FuzzJob, WorkerMessage } from './fuzz-messages.js';

const COUNTEREXAMPLE_CHARACTERS = 4_000;

const job = workerData as FuzzJob;
const send = (message: WorkerMessage): void => parentPort?.postMessage(message);

await exercise('architecture Warm { service Api }');
for (const { name, property } of FUZZ_PROPERTIES.filter((candidate) => job.properties.includes(candidate.name))) {
    const onInput = (files: Readonly<Record<string, string>>): void => send({ type: 'input', property: name, files });
    const details = await fc.check(property({ longest: job.longest }, { onInput, hangLimitMs: HANG_LIMIT_MS }), {
        seed: job.seed,
        numRuns: job.runs,
        path: job.path,
        endOnFailure: job.path !== undefined,
        interruptAfterTimeLimit: job.budgetMs,
        markInterruptAsFailure: false
    });
    const failure = details.failed ? {
        property: name,
        seed: details.seed,
        path: details.counterexamplePath ?? undefined,
        message: describeError(details.errorInstance),
        counterexample: JSON.stringify(details.counterexample?.[0] ?? null, undefined, 2).slice(0, COUNTEREXAMPLE_CHARACTERS)
    } : undefined;
    send({ type: 'result', property: name, runs: details.numRuns, failure });
}
send({ type: 'done' });

function describeError(error: unknown): string {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
