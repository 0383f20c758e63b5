import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import { SECTIONS } from '../../src/model/sections.js';
import type { Finding } from '../../src/model/finding.js';
import { assumptionsOfEstimates, mergeAssumptions } from '../../src/report/assumptions-section.js';
import { RELATED_LISTED, sectionCoverage } from '../../src/report/design-report.js';
import { workspaceReport } from '../../src/report/workspace-report.js';
import { runCli } from '../helpers/cli.js';
import { buildWorkspace } from '../helpers/workspace.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const markdown = new MarkdownIt();

interface Parsed {
    readonly headings: string[];
    readonly tables: string[][][];
    readonly fences: { info: string; content: string }[];
    readonly html: string;
}

/** Parses a report with a real Markdown parser and reads back its headings, tables and fenced blocks. */
function parse(text: string): Parsed {
    const tokens = markdown.parse(text, {});
    const headings: string[] = [];
    const tables: string[][][] = [];
    const fences: { info: string; content: string }[] = [];
    let row: string[] | undefined;
    tokens.forEach((token, index) => {
        if (token.type === 'heading_open') {
            headings.push(`${token.tag} ${tokens[index + 1].content}`);
        } else if (token.type === 'table_open') {
            tables.push([]);
        } else if (token.type === 'tr_open') {
            row = [];
        } else if ((token.type === 'td_open' || token.type === 'th_open') && row) {
            row.push(visibleText(tokens[index + 1].content));
        } else if (token.type === 'tr_close' && row) {
            tables[tables.length - 1].push(row);
        } else if (token.type === 'fence') {
            fences.push({ info: token.info, content: token.content });
        }
    });
    return { headings, tables, fences, html: markdown.render(text) };
}

/** What a reader sees in a cell: the rendered inline Markdown, without tags. */
function visibleText(source: string): string {
    return markdown.renderInline(source).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

async function reportOf(files: readonly string[]): Promise<string> {
    const analysis = await analyzeFiles(files.map((file) => path.resolve(ROOT, file)));
    return workspaceReport({ designs: analysis.designs, findings: analysis.findings, estimatesOf: (design) => analysis.services.design.EstimateService.estimatesFor(design), cwd: ROOT, version: '0.0.0' });
}

describe('the design review report', () => {
    it('has every part, in order, for each sample', async () => {
        for (const sample of ['samples/url-shortener.arch', 'samples/chat.arch', 'samples/checkout.arch', 'samples/video-streaming.arch', 'samples/spec/first-draft.arch', 'samples/spec/payments.arch']) {
            const parsed = parse(await reportOf([sample]));
            const h2 = parsed.headings.filter((heading) => heading.startsWith('h2 ')).map((heading) => heading.slice(3));
            expect(h2, sample).to.deep.equal(['Summary', 'Checklist coverage', 'Findings', 'Accepted risks', 'Assumptions', 'Estimates', 'Diagram', 'Questions a reviewer will ask']);
            const coverage = parsed.tables.find((table) => table[0]?.[0] === 'Section');
            expect(coverage?.slice(1).map((row) => row[0]), sample).to.deep.equal(SECTIONS.map((section) => section.title));
            expect(coverage?.slice(1).every((row) => /^(✅ addressed|⚠️ has findings|⬜ silent)$/.test(row[1])), sample).to.equal(true);
            const mermaid = parsed.fences.filter((fence) => fence.info === 'mermaid');
            expect(mermaid, sample).to.have.length(1);
            expect(mermaid[0].content.startsWith('flowchart LR\n'), sample).to.equal(true);
        }
    });

    it('lists accepted risks with their reasons', async () => {
        const parsed = parse(await reportOf(['samples/url-shortener.arch']));
        const risks = parsed.tables.find((table) => table[0]?.join('|') === 'Rule|Element|Reason|Where');
        expect(risks?.slice(1).map((row) => row.slice(0, 2))).to.deep.include(['sec/unauthenticated-entrypoint', 'Redirector']);
        expect(risks?.slice(1).every((row) => row[2].length > 10)).to.equal(true);
    });

    it('gives each section the status the design earns: addressed, has findings or silent', async () => {
        const workspace = await buildWorkspace(`architecture Mixed {
  requirements { peak_rps: 1k }
  client U
  loadbalancer Lb { engine: alb }
  network private {
    service Api { replicas: 2, zones: 2, auth: jwt, rate_limit: 100 }
    database Db { engine: postgres, replicas: 2, zones: 2, failover: auto, backup: { mode: pitr, offsite: true }, encryption: at_rest }
  }
  monitoring Metrics { engine: prometheus }
  U -> Lb -> Api : https
  Api -> Db : sql, tls
}`);
        const design = workspace.design('Mixed');
        const statuses = Object.fromEntries(sectionCoverage(design, workspace.services.design.ReviewService.all()).map((entry) => [entry.section.id, entry.status]));
        expect(statuses.scaling).to.equal('addressed');
        expect(statuses['data-store']).to.equal('addressed');
        expect(statuses['failure-recovery']).to.equal('addressed');
        expect(statuses.observability).to.equal('has findings'); // monitoring without alerts
        expect(statuses.microservices).to.equal('silent');
        expect(statuses.delivery).to.equal('silent'); // no deployment block: the pipeline is a question (info), not a finding that weakens the section
        expect(statuses.caching).to.equal('silent');
    });

    it('asks the questions of a design interview for silent and weak sections, naming components', async () => {
        const text = await reportOf(['samples/spec/first-draft.arch']);
        const questions = text.slice(text.indexOf('## Questions a reviewer will ask'));
        expect(questions).to.contain('### Failure recovery (has findings)');
        expect(questions).to.contain('- What stops when a single instance in Db fails?');
        expect(questions).to.contain('- How do you restore Db after a bad migration deletes data?');
        expect(questions).to.contain('### Microservices (silent)');
        expect(questions).to.not.contain('### Data stores');
    });

    it('estimates the design against its requirements, per component, with the arithmetic', async () => {
        const text = await reportOf(['samples/spec/url-shortener.arch']);
        const parsed = parse(text.slice(text.indexOf('## Estimates'), text.indexOf('## Diagram')));
        const design = parsed.tables.find((table) => table[0]?.join('|') === 'Figure|Estimate|Requirement|How');
        expect(design?.[1]).to.deep.equal(['Availability (weakest client path)', '99.98%', 'target 99.95%: reached', 'Edge 99.99% × Lb 99.99% × Api 99.999988% × Urls 99.999988% = 99.98%']);
        expect(design?.[2]).to.deep.equal(['Latency (slowest synchronous path)', '36ms', 'p99 budget 200ms: within', 'Edge 20ms + Lb 1ms + Api 10ms + Urls 5ms = 36ms']);
        const components = parsed.tables.find((table) => table[0]?.[0] === 'Component');
        expect(components?.find((row) => row[0] === 'Urls (database)')).to.deep.equal(['Urls (database)', '4.36k/s', '120k/s', '3.6%', '99.999988%', '5ms']);
        expect(components?.find((row) => row[0] === 'Stats (database)')?.[3]).to.equal('133%');
        expect(components?.map((row) => row[0])).to.not.include('Browser (client)');
        expect(text).to.contain('- Load at peak: 4.36k rps (3.96k/s reads, 396/s writes) — Api: 3.96k/s reads + 396/s writes (reads × (1 − 90% Hot hits)) = 4.36k/s');
    });

    it('says when the requirements give no load to estimate from', async () => {
        const analysis = await buildWorkspace('architecture Sketch {\n  requirements { availability: 99.9% }\n  client U\n  service Api\n  U -> Api : https\n}');
        const text = workspaceReport({ designs: [analysis.design('Sketch')], findings: [], estimatesOf: (design) => analysis.services.design.EstimateService.estimatesFor(design), cwd: '/workspace', version: '0.0.0' });
        expect(text).to.contain('load and utilisation are not estimated');
        expect(text).to.contain('| Availability (weakest client path) | 99.5% | target 99.9%: not reached |');
    });

    it('shows design text as text, never as HTML', async () => {
        const workspace = await buildWorkspace('architecture X "<img src=x onerror=alert(1)>" {\n  client U\n  // archlens-disable-next-line avail/single-point-of-failure -- <script>alert(2)</script> | pipes\n  service Api\n  U -> Api : https\n}');
        const text = workspaceReport({ designs: [workspace.design('X')], findings: workspace.services.design.ReviewService.all(), estimatesOf: (design) => workspace.services.design.EstimateService.estimatesFor(design), cwd: '/workspace', version: '0.0.0' });
        const html = markdown.render(text);
        expect(html).to.not.match(/<img|<script/);
        expect(parse(text).tables.find((table) => table[0]?.[0] === 'Rule')?.[1]?.[2]).to.equal('<script>alert(2)</script> | pipes');
    });

    describe('one-decision findings and assumptions', () => {
        // Availability and latency stated, so that the estimates assume nothing and the tests choose the assumptions.
        const DESIGN = 'architecture Shop {\n  client U\n  service Api { availability: 99.9%, latency: 5ms }\n  database Db { availability: 99.9%, latency: 5ms }\n  U -> Api : https\n  Api -> Db : sql\n}';
        const URI = 'file:///workspace/test.arch';
        const at = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 5 } });
        const base = { severity: 'info', section: 'scaling', uri: URI, range: at(2), design: 'Shop', suppressed: false } as const;
        const decision: Finding = {
            ...base, rule: 'sec/unencrypted-transport', severity: 'warning', section: 'security', message: 'Connections in Shop carry data in plain text: decide TLS once.',
            range: at(0),
            related: Array.from({ length: RELATED_LISTED + 2 }, (_, index) => ({ uri: URI, range: at(index + 3), message: `Api->Db${index}: <plain> tcp`, element: `Api->Db${index}` }))
        };
        const assumed: Finding = {
            ...base, rule: 'scale/over-capacity', element: 'Api', message: 'Is 1,000 requests/s enough for Api?', basis: 'assumed',
            assumptions: [{ element: 'Api', text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' }, { text: 'peak over average: × 3 <b>', settle: 'requirements.peak_rps' }]
        };
        const sameAssumption: Finding = { ...assumed, rule: 'avail/slo-unreachable', assumptions: [assumed.assumptions?.[0] ?? { text: '', settle: '' }] };

        async function reportWith(findings: readonly Finding[]): Promise<string> {
            const workspace = await buildWorkspace(DESIGN);
            return workspaceReport({ designs: [workspace.design('Shop')], findings, estimatesOf: (design) => workspace.services.design.EstimateService.estimatesFor(design), cwd: '/workspace', version: '0.0.0' });
        }

        it('lists the places a one-decision finding covers under it, and how many more', async () => {
            const text = await reportWith([decision]);
            const findings = text.slice(text.indexOf('## Findings'), text.indexOf('## Accepted risks'));
            expect(findings).to.match(/— Connections in Shop carry data in plain text: decide TLS once\. \(`test\.arch:1`\).*\n {2}- Api-\\>Db0: \\<plain\\> tcp \(`test\.arch:4`\)\n {2}- Api-\\>Db1/);
            expect(findings).to.contain(`  - Api-\\>Db${RELATED_LISTED - 1}: \\<plain\\> tcp (\`test.arch:${RELATED_LISTED + 3}\`)\n  - and 2 more`);
            const html = markdown.render(findings);
            expect(html).to.not.contain('<plain>');
            expect((html.match(/<li>/g) ?? []).length).to.equal(1 + RELATED_LISTED + 1);
        });

        it('lists every assumption once, by element, with the property that settles it and what used it', async () => {
            const parsed = parse(await reportWith([assumed, sameAssumption, decision]));
            const rows = parsed.tables.find((table) => table[0]?.join('|') === 'Element|Assumed|Settled by|Used by');
            expect(rows?.slice(1)).to.deep.equal([
                ['the design', 'peak over average: × 3 <b>', 'requirements.peak_rps', 'scale/over-capacity'],
                ['Api', 'capacity of a service: 1,000 requests/s', 'capacity_rps', 'scale/over-capacity, avail/slo-unreachable']
            ]);
            expect(parsed.html).to.not.contain('<b>');
        });

        it('lists an engine the knowledge base does not know as an assumption, not a finding', async () => {
            const workspace = await buildWorkspace(DESIGN.replace('database Db {', 'database Db { engine: quuxstore,'));
            const text = workspaceReport({ designs: [workspace.design('Shop')], findings: workspace.services.design.ReviewService.all(), estimatesOf: (design) => workspace.services.design.EstimateService.estimatesFor(design), cwd: '/workspace', version: '0.0.0' });
            const rows = parse(text).tables.find((table) => table[0]?.join('|') === 'Element|Assumed|Settled by|Used by');
            expect(rows?.slice(1)).to.deep.include(['Db', 'engine \'quuxstore\' is not in the knowledge base: the defaults of a database apply', '"engines" in .archlens.json', 'engine catalogue']);
            expect(workspace.services.design.ReviewService.all().map((finding) => finding.rule)).to.not.include('data/unknown-engine');
        });

        it('says so when nothing was assumed', async () => {
            const text = await reportWith([decision]);
            expect(text).to.contain('## Assumptions\n\nNone: every figure the review used is stated in the design or a fact of its engine.');
        });

        it('merges assumptions from any source, the estimates\' included', async () => {
            const workspace = await buildWorkspace(DESIGN);
            expect(assumptionsOfEstimates(workspace.services.design.EstimateService.estimatesFor(workspace.design('Shop')))).to.deep.equal([]);
            const defaults = await buildWorkspace(DESIGN.replace(' { availability: 99.9%, latency: 5ms }', ''));
            expect(assumptionsOfEstimates(defaults.services.design.EstimateService.estimatesFor(defaults.design('Shop')))).to.deep.equal([
                { assumption: { element: 'Api', text: 'one service instance is available 99.5% of the time (the service default)', settle: 'availability' }, usedBy: 'estimates' },
                { assumption: { element: 'Api', text: 'a request spends 10ms in service Api (the service default)', settle: 'latency' }, usedBy: 'estimates' }
            ]);
            const capacity = { element: 'Api', text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' };
            expect(mergeAssumptions([
                { assumption: { element: 'Db', text: 'capacity of a database', settle: 'capacity_rps' }, usedBy: 'estimates' },
                { assumption: capacity, usedBy: 'scale/over-capacity' },
                { assumption: { ...capacity }, usedBy: 'estimates' }
            ])).to.deep.equal([
                { ...capacity, usedBy: ['scale/over-capacity', 'estimates'] },
                { element: 'Db', text: 'capacity of a database', settle: 'capacity_rps', usedBy: ['estimates'] }
            ]);
        });
    });

    it('is written by archlens report, to stdout or a file', async () => {
        const result = await runCli(['report', 'samples/spec/payments.arch'], ROOT);
        expect(result.code).to.equal(0);
        expect(result.stdout).to.match(/^# Design review: Payments — Checkout and payments\n/);
        expect((await runCli(['report', 'samples', '--out', 'x.txt'], ROOT)).code).to.equal(2);
    });
});
