/**
 * One-decision findings (related locations) and what a finding's figures rest
 * on (basis, assumptions) in the CLI's formats: JSON (valid against
 * schemas/findings.schema.json), SARIF (property bag) and text (notes after a
 * file's findings), and on their way through editor diagnostics, which is how
 * the CLI reads findings back.
 */
import { expect } from 'chai';
import * as path from 'node:path';
import { URI, type AstNode, type LangiumDocument } from 'langium';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import findingsSchema from '../../schemas/findings.schema.json' with { type: 'json' };
import { findingsOfDocument } from '../../src/batch/findings-of-document.js';
import { toJsonReport } from '../../src/cli/formats/json.js';
import { toSarif } from '../../src/cli/formats/sarif.js';
import { formatText, RELATED_SHOWN } from '../../src/cli/formats/text.js';
import { reportFindings } from '../../src/language/finding-diagnostics.js';
import type { Finding, RelatedLocation } from '../../src/model/finding.js';
import { createAjv } from '../../src/util/ajv.js';

const CWD = path.resolve('/work/project');
const LSP_SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;
const FILE = URI.file(path.join(CWD, 'designs/shop.arch')).toString();
const IMPORTED = URI.file(path.join(CWD, 'designs/edge.arch')).toString();

function at(line: number, character: number, length = 3): Finding['range'] {
    return { start: { line, character }, end: { line, character: character + length } };
}

function relatedAt(line: number, element: string, uri = FILE): RelatedLocation {
    return { uri, range: at(line, 2, element.length), message: `${element}: plain tcp`, element };
}

/** TLS inside a network: one decision, listed on every connection it covers. */
const DECISION: Finding = {
    rule: 'sec/unencrypted-transport',
    severity: 'warning',
    section: 'security',
    message: 'Connections inside network Internal carry data in plain text: decide TLS for the network.',
    uri: FILE,
    range: at(3, 10, 8),
    design: 'Shop',
    element: 'Internal',
    suppressed: false,
    related: [relatedAt(8, 'Api->Db'), relatedAt(9, 'Api->Cache'), relatedAt(2, 'Edge->Api', IMPORTED)],
    basis: 'stated'
};

/** A question built on a default capacity. */
const ASSUMED: Finding = {
    rule: 'scale/over-capacity',
    severity: 'info',
    section: 'scaling',
    message: 'Is 1,000 requests/s enough for Api at 1,500 requests/s? State capacity_rps.',
    uri: FILE,
    range: at(5, 10),
    design: 'Shop',
    element: 'Api',
    suppressed: false,
    basis: 'assumed',
    assumptions: [{ element: 'Api', text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' }, { text: 'peak over average: × 3', settle: 'requirements.peak_rps' }]
};

const PLAIN: Finding = { rule: 'observe/no-monitoring', severity: 'warning', section: 'observability', message: 'No monitoring.', uri: FILE, range: at(0, 13, 4), design: 'Shop', suppressed: false };

describe('one-decision findings and their basis in the CLI formats', () => {
    describe('--format json', () => {
        const validate = createAjv({ strict: false }).compile(findingsSchema);
        const report = toJsonReport([FILE], [DECISION, ASSUMED, PLAIN], CWD);

        it('lists related locations with files relative like the finding, 1-based ranges and their elements', () => {
            expect(report.findings[0].related).to.deep.equal([
                { file: 'designs/shop.arch', range: { start: { line: 9, column: 3 }, end: { line: 9, column: 10 } }, message: 'Api->Db: plain tcp', element: 'Api->Db' },
                { file: 'designs/shop.arch', range: { start: { line: 10, column: 3 }, end: { line: 10, column: 13 } }, message: 'Api->Cache: plain tcp', element: 'Api->Cache' },
                { file: 'designs/edge.arch', range: { start: { line: 3, column: 3 }, end: { line: 3, column: 12 } }, message: 'Edge->Api: plain tcp', element: 'Edge->Api' }
            ]);
            expect(report.findings[0].basis).to.equal('stated');
        });

        it('carries the basis and every assumption with the property that settles it', () => {
            expect(report.findings[1]).to.deep.include({ basis: 'assumed' });
            expect(report.findings[1].assumptions).to.deep.equal(ASSUMED.assumptions);
        });

        it('leaves the fields out of a finding that has none', () => {
            const parsed = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[] };
            expect(parsed.findings[2]).to.not.have.any.keys('related', 'basis', 'assumptions');
        });

        it('is valid against the schema, which rejects a basis or an assumption it does not know', () => {
            const parsed = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[] };
            expect(validate(parsed), JSON.stringify(validate.errors)).to.equal(true);
            const broken = (finding: Record<string, unknown>) => ({ ...parsed, findings: [{ ...parsed.findings[1], ...finding }] });
            expect(validate(broken({ basis: 'guessed' }))).to.equal(false);
            expect(validate(broken({ assumptions: [{ text: 'capacity' }] }))).to.equal(false);
            expect(validate(broken({ related: [{ file: 'a.arch', message: 'x' }] }))).to.equal(false);
        });
    });

    describe('--format sarif', () => {
        const run = (toSarif([DECISION, ASSUMED, PLAIN], { cwd: CWD, version: '0.0.0' }).runs as Record<string, unknown>[])[0];
        const results = run.results as Record<string, unknown>[];

        it('puts basis and assumptions in the result property bag, and only where there are some', () => {
            expect(results[0].properties).to.deep.equal({ basis: 'stated' });
            expect(results[1].properties).to.deep.equal({ basis: 'assumed', assumptions: ASSUMED.assumptions });
            expect(results[2]).to.not.have.property('properties');
        });

        it('gives every related place a relatedLocation with its message', () => {
            const related = results[0].relatedLocations as { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string } } }[];
            expect(related.map((location) => `${location.id} ${location.physicalLocation.artifactLocation.uri} ${location.message.text}`)).to.deep.equal([
                '0 designs/shop.arch Api->Db: plain tcp',
                '1 designs/shop.arch Api->Cache: plain tcp',
                '2 designs/edge.arch Edge->Api: plain tcp'
            ]);
        });
    });

    describe('--format text', () => {
        it('lists related places and assumptions as notes after the file\'s findings, keyed by position', () => {
            expect(formatText([PLAIN, DECISION, ASSUMED], CWD, false)).to.equal([
                'designs/shop.arch',
                '  1:14  warning  No monitoring.  observe/no-monitoring',
                '  4:11  warning  Connections inside network Internal carry data in plain text: decide TLS for the network.  sec/unencrypted-transport',
                '  6:11  info     Is 1,000 requests/s enough for Api at 1,500 requests/s? State capacity_rps.  scale/over-capacity',
                '',
                '  4:11  related  Api->Db: plain tcp (9:3)',
                '                 Api->Cache: plain tcp (10:3)',
                '                 Edge->Api: plain tcp (designs/edge.arch:3:3)',
                '  6:11  assumes  capacity of a service: 1,000 requests/s (Api; settled by capacity_rps)',
                '                 peak over average: × 3 (settled by requirements.peak_rps)',
                '',
                '✖ 3 problems (0 errors, 2 warnings, 1 info)',
                ''
            ].join('\n'));
        });

        it(`shows ${RELATED_SHOWN} related places and how many more`, () => {
            const related = Array.from({ length: RELATED_SHOWN + 3 }, (_, index) => relatedAt(10 + index, `Db${index}`));
            const lines = formatText([{ ...DECISION, related }], CWD, false).split('\n');
            const notes = lines.slice(lines.indexOf('') + 1, lines.findIndex((line) => line.startsWith('✖')) - 1);
            expect(notes).to.have.length(RELATED_SHOWN + 1);
            expect(notes[RELATED_SHOWN]).to.equal('                 and 3 more');
        });

        it('escapes what a design wrote into a note', () => {
            const text = formatText([{ ...DECISION, related: [{ ...relatedAt(8, 'Api'), message: 'Api\u001b[2J\nrm' }] }], CWD, false);
            expect(text).to.contain('related  Api\\u001b[2J\\u000arm (9:3)');
        });
    });

    describe('through editor diagnostics (how the CLI reads findings)', () => {
        function roundTrip(finding: Finding): { diagnostic: Diagnostic; back: Finding } {
            const diagnostics: Diagnostic[] = [];
            reportFindings({} as AstNode, [finding], 'hint', (severity, message, info) => {
                diagnostics.push({ severity: LSP_SEVERITY[severity], message, range: info.range ?? finding.range, code: info.code, relatedInformation: info.relatedInformation, data: info.data });
            });
            const document = { uri: URI.parse(FILE), diagnostics, parseResult: { value: {} }, textDocument: { offsetAt: () => 0 } } as unknown as LangiumDocument;
            return { diagnostic: diagnostics[0], back: findingsOfDocument(document)[0] };
        }

        it('gives every related place as relatedInformation and keeps their elements', () => {
            const { diagnostic, back } = roundTrip(DECISION);
            expect(diagnostic.relatedInformation?.map((related) => `${related.location.range.start.line} ${related.message}`)).to.deep.equal(['8 Api->Db: plain tcp', '9 Api->Cache: plain tcp', '2 Edge->Api: plain tcp']);
            expect(diagnostic.relatedInformation?.[2].location.uri).to.equal(IMPORTED);
            expect(back.related).to.deep.equal(DECISION.related);
            expect(back.basis).to.equal('stated');
        });

        it('keeps the basis and the assumptions', () => {
            const { back } = roundTrip(ASSUMED);
            expect(back).to.deep.include({ basis: 'assumed', assumptions: ASSUMED.assumptions });
        });

        it('adds nothing to a finding without them', () => {
            const { diagnostic, back } = roundTrip(PLAIN);
            expect(diagnostic.data).to.deep.equal({ section: 'observability', design: 'Shop', element: undefined });
            expect(back).to.not.have.any.keys('basis', 'assumptions');
        });
    });
});
