/** The performance page's sections for the soak run (soak.json) and the fuzzing run (fuzz.json). */
import { count, day, duration, megabytes, table, verdict } from './page-format.js';
import { SETTLE_MS } from '../../src/server/memory-release.js';
import type { FuzzFailure, FuzzFile, SoakFile } from './results-files.js';

function listOrNone(items: readonly string[]): string {
    return items.length === 0 ? 'none' : `\n\n${items.map((item) => `  - ${item.replace(/\n/g, ' ').slice(0, 500)}`).join('\n')}\n`;
}

export function soakSection(soak: SoakFile): string {
    const growth = soak.heap_growth;
    const rss = soak.rss_growth;
    const rows = soak.memory.map((point) => [
        count(point.edits), megabytes(point.heap_used_mb), megabytes(point.heap_total_mb), megabytes(point.external_mb), megabytes(point.rss_mb), megabytes(point.rss_busy_mb)
    ]);
    return `## Soak: one server session of random edits

${verdict(soak.ok)}. Measured on ${day(soak.date)} at \`${soak.revision}\` by \`${soak.command}\` (seed ${soak.seed}): ${count(soak.edits)} random edits to
\`${soak.document.name}\` (${count(soak.document.components)} components, ${count(soak.document.characters)} characters) in
${duration(soak.duration_s * 1000)} (load average ${soak.machine.load_average} at the start, ${soak.machine.cores} cores), against the real server over stdio; diagnostics awaited after every ${soak.diagnostics_every} edits
(${count(soak.diagnostics_waits)} times, ${count(soak.waits_with_syntax_errors)} of them on text with a syntax error). The edits insert and delete characters and lines, paste fragments of the samples,
break the syntax, retype words and rename components (scripts/soak/edits.ts); a break is undone by the next edit and
other one-place edits often are (a typo corrected), and the run sometimes pauses so that a build runs part-way before
the next edit cancels it. Every ${count(soak.checkpoint_every)} edits the original text is
restored: its diagnostics must be the ones it got when first opened, and the server's memory is measured right after that
build, then once the server has settled (as when the user pauses: it gives back what builds took once no build has run
for ${duration(SETTLE_MS)}, \`src/server/memory-release.ts\`), after a full GC.

- Crashes (server exit, error responses, requests with no answer): ${listOrNone(soak.crashes)}
- Diagnostics missing after a wait, or different for the restored original text than at first: ${listOrNone(soak.inconsistencies)}
- Errors the server logged and survived: ${listOrNone(soak.logged_errors)}
- Completion and hover requests at random places every ${soak.probe_every} edits; ${count(soak.cancelled_requests)} were cancelled by the
  server because an edit overtook them (normal LSP behaviour).
- Heap after a full GC: ${megabytes(growth.first_mb)} after opening, ${megabytes(growth.last_mb)} at the end. Judged by the mean
  of the last quarter of the measurements over the mean of the first quarter: ${growth.last_over_first_quarter.toFixed(2)}×
  (unbounded growth if above ${growth.limit}×). A leak grows with every edit; a bounded heap varies with the document's
  current text and settles.
- Resident memory once settled: ${megabytes(rss.first_mb)} after opening, ${megabytes(rss.last_mb)} at the end; the last quarter
  over the first ${rss.last_over_first_quarter.toFixed(2)}× (limit ${rss.limit}×), over the resident memory after opening
  ${rss.last_quarter_over_opening.toFixed(2)}× (limit ${rss.opening_limit}×: a server that keeps a build's peak stays far above it).
  The server gave memory back ${count(soak.memory_releases.count)} times, the longest in ${duration(soak.memory_releases.longest_ms)}; its peak resident
  memory (VmHWM) over the run was ${megabytes(soak.peak_rss_mb)}, while builds ran.

${table(['Edits', 'Heap used after GC', 'Heap total', 'External', 'Server RSS, settled', 'Server RSS right after the build'], rows)}
`;
}

function describeFailure(failure: FuzzFailure): string {
    const replay = [failure.seed !== undefined ? `seed ${failure.seed}` : '', failure.path ? `path ${failure.path}` : ''].filter(Boolean).join(', ');
    const input = failure.counterexample ? `; input ${JSON.stringify(failure.counterexample.slice(0, 200))}` : '';
    return `${failure.property}: ${failure.message}${replay ? ` (${replay})` : ''}${input}`;
}

export function fuzzSection(fuzz: FuzzFile): string {
    const inputs = fuzz.inputs !== undefined ? `, ${count(fuzz.inputs)} inputs` : '';
    const slowest = fuzz.slowest_ms !== undefined ? `; the slowest input took ${duration(fuzz.slowest_ms)} (limit 2 s)` : '';
    return `## Fuzzing

${verdict(fuzz.failures.length === 0)}. Measured on ${day(fuzz.date)} by \`npm run fuzz\` (seed ${fuzz.seed}): ${count(fuzz.runs)} runs of
${fuzz.properties} properties${inputs} in ${duration(fuzz.duration_s * 1000)}${slowest}. Mutated samples and random input must never make the
parser, the review, the estimates, the diagram or the report throw or hang.

Failures: ${listOrNone(fuzz.failures.map(describeFailure))}
`;
}
