/**
 * Everything a user can reach, run over one `.arch` text: parse, link,
 * validation and review (a workspace with diagnostics), the editor's
 * requests, the formatter, estimates, diagrams, the report and the CLI's
 * outputs. Returns what broke a property and the slowest step; a crash is
 * thrown as it is.
 */
import type { Design } from '../../src/model/design.js';
import { findingsOfDocument } from '../../src/batch/findings-of-document.js';
import { formatText } from '../../src/cli/formats/text.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { cliOutputProblems } from './checks/cli-outputs.js';
import { designOutputProblems } from './checks/design-outputs.js';
import { diagnosticRangeProblems } from './checks/diagnostic-ranges.js';
import { askAtOffsets, askForDocument } from './checks/editor-requests.js';
import { formatterProblems } from './checks/formatter.js';
import { StepClock } from './step-clock.js';

export interface ExerciseOptions {
    /** Where to ask for completion, hover and range formatting (clamped to the text). */
    readonly offsets?: readonly number[];
}

export interface Exercised {
    readonly workspace: TestWorkspace;
    readonly problems: readonly string[];
    readonly slowest: { readonly step: string; readonly ms: number };
}

export async function exercise(files: string | Readonly<Record<string, string>>, options: ExerciseOptions = {}): Promise<Exercised> {
    const clock = new StepClock();
    const workspace = await clock.time('build (parse, link, validate, review)', () => buildWorkspace(files));
    const { services, documents } = workspace;
    const problems: string[] = [];
    for (const document of documents) {
        problems.push(...diagnosticRangeProblems(document));
        const length = document.textDocument.getText().length;
        for (const offset of options.offsets ?? []) {
            await clock.time(`completion, hover, range formatting at ${offset}`, () => askAtOffsets(services, document, [Math.min(offset, length)]));
        }
        await clock.time('code lenses, symbols, folding, semantic tokens, quick fixes', () => askForDocument(services, document));
        problems.push(...await clock.time('formatter', () => formatterProblems(services, document)));
    }
    const findings = [...documents.flatMap(findingsOfDocument), ...services.design.ReviewService.all().filter((finding) => finding.suppressed)];
    problems.push(...await clock.time('estimates, diagrams, report', () => designOutputProblems(services, designsOf(workspace), findings)));
    await clock.time('CLI text output', () => formatText(findings, '/workspace', true));
    problems.push(...await clock.time('CLI JSON and SARIF outputs', () => cliOutputProblems(documents.map((document) => document.uri.fsPath), findings, '/workspace')));
    return { workspace, problems, slowest: clock.slowestStep };
}

function designsOf(workspace: TestWorkspace): Design[] {
    const registry = workspace.services.design.DesignRegistry;
    return registry.designNames().map((name) => registry.design(name)?.design).filter((design): design is Design => design !== undefined);
}
