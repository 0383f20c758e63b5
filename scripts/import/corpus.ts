/**
 * Measures the import on its corpus (test/fixtures/import/*-corpus): per
 * source, the components found, and the connections found, missed and
 * invented against what a reader drew (expected.json). A missed connection
 * is split by its evidence: in the deployment files, or only in the
 * application's code. `--json` prints the rows for tools.
 */
import * as path from 'node:path';
import { measureCorpus } from './measure-corpus.js';
import { countOf, judgeCorpus } from './judge-corpus.js';

async function main(): Promise<void> {
    const root = path.resolve(import.meta.dirname, '../../test/fixtures/import');
    const rows = await measureCorpus(root);
    if (process.argv.includes('--json')) {
        console.log(JSON.stringify(rows, null, 2));
        return;
    }
    console.log('| source | format | components | connections found | missed (in the files) | missed (code only) | found of "unsure" | invented |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
        console.log(`| ${row.source} | ${row.format} | ${row.componentsFound}/${row.components} | ${row.found}/${row.expected} | ${row.missedInFiles.length} | ${row.missedInCode.length} | ${row.foundUnsure.length} | ${row.invented.length} |`);
    }
    console.log('\n| source | format | findings | tp | fp | noise | unlabelled | stale labels | misses |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const source of await judgeCorpus(rows, root)) {
        const misses = source.labels?.misses.length ?? 0;
        console.log(`| ${source.row.source} | ${source.row.format} | ${source.judged.length} | ${countOf(source, 'tp')} | ${countOf(source, 'fp')} | ${countOf(source, 'noise')} | ${countOf(source, 'unlabelled')} | ${source.staleLabels.length} | ${misses} |`);
    }
    for (const row of rows.filter((item) => item.missedInFiles.length + item.invented.length > 0)) {
        console.log(`\n${row.source}: missed in files ${row.missedInFiles.join(', ') || '-'}; invented ${row.invented.join(', ') || '-'}`);
    }
}
void main();
