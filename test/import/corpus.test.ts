/**
 * The import corpus (test/fixtures/import/*-corpus): public Compose projects
 * and Kubernetes manifests, each with what a person reading them would draw.
 * Every service becomes a component, every connection the files show is
 * found, and none is invented; connections only the application's code
 * shows are counted by `npm run import-corpus`, not required.
 */
import { expect } from 'chai';
import * as path from 'node:path';
import { type CorpusRow, measureCorpus } from '../../scripts/import/measure-corpus.js';
import { emitDesign } from '../../src/import/emit-design.js';
import { countOf, judgeCorpus, type JudgedSource } from '../../scripts/import/judge-corpus.js';
import { labelProblems } from '../../scripts/field/labels.js';
import { ruleCatalog } from '../../src/review/catalog.js';
import * as fs from 'node:fs';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/import');

describe('import corpus', () => {
    let rows: CorpusRow[];
    before(async () => {
        rows = await measureCorpus(ROOT);
    });

    it('holds Compose projects and manifest sets', () => {
        expect(rows.filter((row) => row.format === 'compose').length).to.be.at.least(5);
        expect(rows.filter((row) => row.format === 'kubernetes').length).to.be.at.least(5);
    });

    it('makes a component of every service and workload', () => {
        expect(rows.filter((row) => row.missingComponents.length > 0).map((row) => `${row.folder}: ${row.missingComponents.join(', ')}`)).to.deep.equal([]);
    });

    it('finds every connection the deployment files show', () => {
        expect(rows.filter((row) => row.missedInFiles.length > 0).map((row) => `${row.folder}: ${row.missedInFiles.join(', ')}`)).to.deep.equal([]);
    });

    it('invents no connection', () => {
        expect(rows.filter((row) => row.invented.length > 0).map((row) => `${row.folder}: ${row.invented.join(', ')}`)).to.deep.equal([]);
    });

    it('writes each source as a design with no language finding', async () => {
        for (const row of rows) {
            const workspace = await buildWorkspace(emitDesign(row.system, (uri) => path.basename(uri)).text);
            expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics())), row.folder).to.deep.equal([]);
        }
    });

    it('imports every source with no error', () => {
        expect(rows.flatMap((row) => row.system.problems.filter((problem) => problem.severity === 'error').map((problem) => `${row.folder}: ${problem.message}`))).to.deep.equal([]);
    });

    describe('the review of each imported source, against a reviewer\'s labels', () => {
        let judged: JudgedSource[];
        before(async () => {
            judged = await judgeCorpus(rows, ROOT);
        });

        it('has a valid labels file for every source, a label for every finding and no stale label', () => {
            const known = new Set(ruleCatalog().map((entry) => entry.id));
            for (const source of judged) {
                const folder = path.join(ROOT, source.row.format === 'compose' ? 'compose-corpus' : 'k8s-corpus', source.row.folder);
                expect(labelProblems(JSON.parse(fs.readFileSync(path.join(folder, 'labels.json'), 'utf8')), known), source.row.folder).to.deep.equal([]);
                expect(source.judged.filter((item) => item.judgement === 'unlabelled').map((item) => `${item.finding.rule} on ${item.finding.element ?? '(design)'}`), source.row.folder).to.deep.equal([]);
                expect(source.staleLabels.map((label) => `${label.rule} on ${label.subject ?? '(design)'}`), source.row.folder).to.deep.equal([]);
            }
        });

        it('holds its measured precision (a ratchet: raise it when the review gets better)', () => {
            const total = (judgement: 'tp' | 'fp' | 'noise'): number => judged.reduce((sum, source) => sum + countOf(source, judgement), 0);
            const errors = judged.flatMap((source) => source.judged.filter((item) => item.finding.severity === 'error'));
            expect(total('tp') / (total('tp') + total('fp') + total('noise'))).to.be.at.least(0.47);
            expect(errors.filter((item) => item.judgement === 'tp').length / errors.length).to.be.at.least(0.77);
        });
    });
});
