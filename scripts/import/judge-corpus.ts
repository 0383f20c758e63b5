/**
 * The review of each imported corpus source against a reviewer's labels
 * (`labels.json` beside it, schema test/field/labels.schema.json, matched by
 * rule and subject as in the field corpus): how many findings are concerns a
 * reviewer would raise (tp), wrong (fp), or not worth raising (noise).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { judgeFindings, type JudgedFinding } from '../field/judge.js';
import { type DesignLabels, type Label, readLabelsJson } from '../field/labels.js';
import type { CorpusRow } from './measure-corpus.js';

export interface JudgedSource {
    readonly row: CorpusRow;
    readonly labels?: DesignLabels;
    readonly judged: readonly JudgedFinding[];
    readonly staleLabels: readonly Label[];
}

export async function judgeCorpus(rows: readonly CorpusRow[], root: string): Promise<JudgedSource[]> {
    const judgedSources: JudgedSource[] = [];
    for (const row of rows) {
        const folder = path.join(root, row.format === 'compose' ? 'compose-corpus' : 'k8s-corpus', row.folder);
        const files = row.system.files.map((uri) => decodeURIComponent(new URL(uri).pathname));
        const analysis = await analyzeFiles([], { cwd: folder, imports: [{ format: row.format, files, folder }] });
        const findings: Finding[] = analysis.findings.filter((finding) => !finding.suppressed && !finding.rule.startsWith('import/'));
        const json = readLabelsJson(path.join(folder, 'labels.json'));
        const labels = json === undefined ? undefined : json as DesignLabels;
        const { judged, staleLabels } = judgeFindings(findings, labels?.labels ?? []);
        judgedSources.push({ row, labels, judged, staleLabels });
    }
    return judgedSources;
}

export function countOf(source: JudgedSource, judgement: JudgedFinding['judgement']): number {
    return source.judged.filter((item) => item.judgement === judgement).length;
}

export function hasLabels(folder: string): boolean {
    return fs.existsSync(path.join(folder, 'labels.json'));
}
