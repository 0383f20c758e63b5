/**
 * Designs with more findings than a function call can take arguments
 * (about 120,000): gathering them must not spread them into a call.
 */
import { expect } from 'chai';
import { EmptyFileSystem, URI } from 'langium';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JsonReport } from '../../src/cli/formats/json.js';
import { createArchServices } from '../../src/language/arch-module.js';
import { reviewDesigns } from '../../src/review/review-designs.js';
import { defineRule } from '../../src/review/rule.js';
import { appendAll, largest } from '../../src/util/large-arrays.js';
import { runCli } from '../helpers/cli.js';
import { buildWorkspace } from '../helpers/workspace.js';

/** More arguments than fit on V8's default stack (984 KB, 8 bytes an argument: at most 125,952). */
const MANY = 130_000;

/** A design with one unused suppression directive per line: a warning each, and cheap to parse. */
function directivesDesign(count: number): string {
    return ['architecture D {', '  service A', ...Array.from({ length: count }, () => '  // archlens-disable-next-line sec/no-waf -- accepted'), '}', ''].join('\n');
}

describe('hardening: more findings than a call takes arguments', function () {
    this.timeout(120_000);

    it('appends and compares half a million items', () => {
        const items = Array.from({ length: 500_000 }, (_, index) => index);
        expect(appendAll([-1], items)).to.have.length(500_001);
        expect(largest(items, 0)).to.equal(499_999);
        expect(largest([], 3)).to.equal(3);
    });

    it('gathers 130,000 findings of one rule', async () => {
        const flood = defineRule({
            meta: { id: 'test/flood', severity: 'info', description: '', rationale: '', messages: { m: 'm' }, examples: { flagged: '', fixed: '' } },
            check(context) {
                for (let count = 0; count < MANY; count++) {
                    context.report({ on: context.design, messageId: 'm' });
                }
            }
        });
        const workspace = await buildWorkspace('architecture T {\n  service A\n}\n');
        expect(reviewDesigns([workspace.design('T')], { overridesFor: () => new Map(), rules: [flood] })).to.have.length(MANY);
    });

    it('gives the editor a diagnostic for each of 130,000 findings', async () => {
        const workspace = await buildWorkspace(directivesDesign(MANY));
        expect(workspace.diagnostics().filter((diagnostic) => diagnostic.code === 'meta/unused-suppression')).to.have.length(MANY);
    });

    it('prints 130,000 findings in the CLI', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-many-findings-'));
        try {
            fs.writeFileSync(path.join(folder, 'many.arch'), directivesDesign(MANY));
            const result = await runCli(['check', 'many.arch', '--format', 'json'], folder);
            expect(result.stderr).to.equal('');
            const findings = (JSON.parse(result.stdout) as JsonReport).findings.filter((finding) => finding.rule === 'meta/unused-suppression');
            expect(findings).to.have.length(MANY);
        } finally {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });

    it('highlights a connection chain of 130,000 arrows and a shorthand of 130,000 words', async () => {
        const words = Array.from({ length: MANY }, () => 'http').join(', ');
        const { shared, Arch } = createArchServices(EmptyFileSystem);
        // Highlighting reads the syntax tree only: the document is parsed, not built (a build would review 130,000 connections).
        const document = shared.workspace.LangiumDocumentFactory.fromString(`architecture C {\n  service A\n  service B\n  A${' -> B'.repeat(MANY)}\n  B -> A : ${words}\n}\n`, URI.file('/chain.arch'));
        const tokens = await Arch.lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        // Five numbers a token: at least the arrows, the words and the names.
        expect(tokens?.data.length).to.be.at.least(5 * 3 * MANY);
    });
});
