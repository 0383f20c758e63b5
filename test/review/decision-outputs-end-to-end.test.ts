/**
 * A one-decision finding and an assumed one, from a small test rule through
 * the review engine, to every output: the finding itself (related places with
 * their elements, severity capped at info), the JSON format, the report's
 * list and Assumptions section, and the diagram.
 */
import { expect } from 'chai';
import { toJsonReport } from '../../src/cli/formats/json.js';
import { generateDiagram } from '../../src/diagram/generate-diagram.js';
import { reviewDesigns } from '../../src/review/review-designs.js';
import { reportDecision } from '../../src/review/helpers/one-decision.js';
import { defineRule } from '../../src/review/rule.js';
import { workspaceReport } from '../../src/report/workspace-report.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { PLAIN_NETWORK_DESIGN } from '../helpers/decision-design.js';

const DESIGN = PLAIN_NETWORK_DESIGN;

/** Plain links inside network Data: one decision (TLS for the network); and a question on an assumed capacity. */
const testRule = defineRule({
    meta: {
        id: 'test/decision', section: 'security', severity: 'warning', description: 'test', rationale: 'test', question: 'test?',
        messages: { once: 'Links inside {network} are plain: decide TLS for the network.', each: '{link} is plain.', capacity: 'Is {rps} enough for {name}?' },
        quality: { grouping: 'test rule', basis: 'test rule', unknowns: 'test rule', severity: 'test rule' },
        examples: { flagged: '', fixed: '' }
    },
    check({ design, report }) {
        const data = design.groups.find((group) => group.name === 'Data');
        const plain = design.connections.filter((connection) => !connection.encrypted && connection.target.group === data);
        if (data) {
            reportDecision(report, {
                affected: plain.map((connection) => ({ on: connection, note: `${connection.id}: plain` })),
                peers: plain.length,
                once: { on: data, messageId: 'once', data: { network: data.name } },
                each: (affected) => ({ on: affected.on, messageId: 'each', data: { link: affected.note } })
            });
        }
        const api = design.components.find((component) => component.name === 'Api');
        if (api) {
            report({
                on: api, messageId: 'capacity', data: { rps: '1,000/s', name: api.name }, severity: 'error', basis: 'assumed',
                assumptions: [{ element: api.name, text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' }]
            });
        }
    }
});

describe('one-decision and assumed findings, from a rule to every output', () => {
    async function reviewed() {
        const workspace = await buildWorkspace(DESIGN);
        const design = workspace.design('T');
        const findings = reviewDesigns([design], { overridesFor: () => new Map(), rules: [testRule] });
        return { workspace, design, findings };
    }

    it('reports the decision once, on the group, with each link and its element; the assumed question at info', async () => {
        const { findings } = await reviewed();
        const decision = findings.find((finding) => finding.messageId === 'once');
        expect(decision?.element).to.equal('Data');
        expect(decision?.related?.map((related) => `${related.element} | ${related.message}`)).to.deep.equal(['Api->Db | Api->Db: plain', 'Api->Hot | Api->Hot: plain']);
        expect(findings.find((finding) => finding.messageId === 'capacity')).to.deep.include({ severity: 'info', basis: 'assumed' });
    });

    it('reaches the JSON format, the report and the diagram', async () => {
        const { workspace, design, findings } = await reviewed();
        const json = toJsonReport(['/workspace/test.arch'], findings, '/workspace');
        expect(json.findings.find((finding) => finding.element === 'Data')?.related?.map((related) => `${related.file}:${related.range.start.line} ${related.element}`)).to.deep.equal(['test.arch:9 Api->Db', 'test.arch:10 Api->Hot']);
        expect(json.findings.find((finding) => finding.element === 'Api')?.assumptions).to.deep.equal([{ element: 'Api', text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' }]);

        const report = workspaceReport({ designs: [design], findings, estimatesOf: (built) => workspace.services.design.EstimateService.estimatesFor(built), cwd: '/workspace', version: '0.0.0' });
        expect(report).to.contain('decide TLS for the network. (`test.arch:4`)\n  - Api-\\>Db: plain (`test.arch:9`)\n  - Api-\\>Hot: plain (`test.arch:10`)');
        expect(report).to.contain('| `Api` | capacity of a service: 1,000 requests/s | `capacity_rps` | `test/decision` |');

        const diagram = generateDiagram(design, { findings });
        expect(diagram.edges.filter((edge) => edge.findings.length > 0).map((edge) => edge.connections.join())).to.deep.equal(['Api->Db', 'Api->Hot']);
        expect(diagram.nodes.find((node) => node.name === 'Data')?.findings.map((finding) => finding.covers)).to.deep.equal([undefined]);
    });
});
