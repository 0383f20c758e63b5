/**
 * Mutated deployment files never crash an import: lines of the corpus's own
 * Compose files and manifests deleted, duplicated, swapped, truncated or
 * sprinkled with YAML's own syntax, each read as Compose and as manifests.
 * Whatever comes out is a system whose design text still parses. Fixed seed;
 * untimed (`npm run bench` measures speed).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCompose } from '../../src/import/load-compose.js';
import { loadKubernetes } from '../../src/import/load-kubernetes.js';
import { emitDesign } from '../../src/import/emit-design.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/import');
const SAMPLES = [
    'compose-corpus/go-coffeeshop/docker-compose.yaml',
    'compose-corpus/robot-shop/docker-compose.yaml',
    'k8s-corpus/emojivoto/deployment/web.yml',
    'k8s-corpus/bank-of-anthos/kubernetes-manifests/frontend.yaml',
    'kubernetes/shop/data.yaml'
].map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n'));

const SYNTAX = ['&a', '*a', '<<: *a', '{{ .Values.x }}', '[', ']', '{', '}', '- ', ': ', '"', "'", '|', '>', '---', '!!binary', '%YAML 1.2', '\t', '#', '?', '\u0000', '\u202e'];

const mutated = fc.tuple(fc.integer({ min: 0, max: SAMPLES.length - 1 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.nat(), fc.constantFrom(...SYNTAX)), { minLength: 1, maxLength: 6 }))
    .map(([sample, edits]) => {
        const lines = [...SAMPLES[sample]];
        for (const [kind, at, other, token] of edits) {
            const index = at % Math.max(lines.length, 1);
            if (kind === 0) {
                lines.splice(index, 1);
            } else if (kind === 1) {
                lines.splice(index, 0, lines[other % Math.max(lines.length, 1)] ?? '');
            } else if (kind === 2) {
                [lines[index], lines[other % lines.length]] = [lines[other % lines.length], lines[index]];
            } else if (kind === 3) {
                lines.length = Math.max(index, 1);
            } else {
                const line = lines[index] ?? '';
                const column = other % (line.length + 1);
                lines[index] = `${line.slice(0, column)}${token}${line.slice(column)}`;
            }
        }
        return lines.join('\n');
    });

describe('import fuzzing', function () {
    this.timeout(120_000);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-import-fuzz-'));

    it('reads mutated Compose files and manifests with messages, never a crash, into a design that parses', async () => {
        await fc.assert(fc.asyncProperty(mutated, async (text) => {
            const file = path.join(folder, 'input.yaml');
            fs.writeFileSync(file, text);
            for (const system of [await loadCompose([file], folder), await loadKubernetes([file], folder)]) {
                const workspace = await buildWorkspace(emitDesign(system, (uri) => path.basename(uri)).text);
                expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
            }
        }), { numRuns: 60, seed: 20261203 });
    });
});
