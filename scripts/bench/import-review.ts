/**
 * Reviewing a Compose project in process (`archlens check compose.yaml`'s
 * pipeline: YAML with positions, the Compose schema, inference, the design
 * text, the review, findings put back on the YAML): a generated project of
 * n services, each a built service calling the next over HTTP, with a
 * PostgreSQL store (and its password) for every tenth.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import type { Plan } from './bench-types.js';
import { measureCase } from './stats.js';

export function composeProject(services: number): string {
    const lines = ['services:'];
    for (let index = 0; index < services; index++) {
        if (index % 10 === 9) {
            lines.push(`  s${index}:`, '    image: postgres:16', '    environment:', '      POSTGRES_PASSWORD: example', '    volumes:', `      - s${index}-data:/var/lib/postgresql/data`);
            continue;
        }
        const next = index + 1 < services ? index + 1 : 0;
        lines.push(`  s${index}:`, `    build: ./s${index}`, '    environment:', `      NEXT_URL: http://s${next}:8080`, '    deploy:', '      replicas: 2');
    }
    lines.push('volumes:', ...Array.from({ length: services }, (_, index) => index).filter((index) => index % 10 === 9).map((index) => `  s${index}-data:`));
    return `${lines.join('\n')}\n`;
}

export async function benchImportReview(plan: Plan): Promise<void> {
    for (const n of plan.sizes('import-review', [100, 1000], [100])) {
        const folder = path.join(plan.workDir, `compose-${n}`);
        fs.mkdirSync(folder, { recursive: true });
        const file = path.join(folder, 'compose.yaml');
        fs.writeFileSync(file, composeProject(n));
        const review = async (): Promise<void> => {
            const analysis = await analyzeFiles([], { cwd: folder, imports: [{ format: 'compose', files: [file], folder }] });
            if (!analysis.findings.some((finding) => finding.uri.endsWith('/compose.yaml'))) {
                throw new Error(`the review of ${n} Compose services put no finding on compose.yaml`);
            }
        };
        await review();
        plan.report(await measureCase('import-review', n, plan.runs(n), async () => {
            const started = performance.now();
            await review();
            return { wallMs: performance.now() - started };
        }));
    }
}
