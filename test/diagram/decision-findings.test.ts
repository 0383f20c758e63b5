/**
 * A finding about one decision, reported once (on the design or a group) and
 * listing the elements it settles as related locations, drawn on each of
 * them as a per-element finding is, and listed once where they meet.
 */
import { expect } from 'chai';
import { generateDiagram } from '../../src/diagram/generate-diagram.js';
import type { Finding, RelatedLocation } from '../../src/model/finding.js';
import { edgeTooltip, nodeTooltip } from '../../src/webview/overlay.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { PLAIN_NETWORK_DESIGN } from '../helpers/decision-design.js';

const DESIGN = PLAIN_NETWORK_DESIGN;

const URI = 'file:///workspace/test.arch';
const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function related(element: string): RelatedLocation {
    return { uri: URI, range: RANGE, message: `${element}: plain`, element };
}

function finding(extra: Partial<Finding>): Finding {
    return { rule: 'sec/unencrypted-transport', severity: 'warning', message: 'Decide TLS once for the design.', uri: URI, range: RANGE, design: 'T', suppressed: false, ...extra };
}

describe('one-decision findings on the diagram', () => {
    let workspace: TestWorkspace;

    before(async () => {
        workspace = await buildWorkspace(DESIGN);
    });

    it('marks every element a design-wide decision covers, as a per-element finding would be', () => {
        const decision = finding({ related: [related('Api->Db'), related('Api->Hot')] });
        const diagram = generateDiagram(workspace.design('T'), { findings: [decision] });
        const covered = diagram.edges.filter((edge) => edge.findings.length > 0);
        expect(covered.map((edge) => edge.connections.join(','))).to.deep.equal(['Api->Db', 'Api->Hot']);
        expect(covered[0].findings).to.deep.equal([{ rule: 'sec/unencrypted-transport', severity: 'warning', message: 'Decide TLS once for the design.', covers: { count: 2 } }]);
        expect(diagram.text).to.contain(`  linkStyle ${covered[0].index} stroke:#bf8803,stroke-width:3px`);
        expect(diagram.text).to.contain(`  linkStyle ${covered[1].index} stroke:#bf8803,stroke-width:3px`);
        expect(edgeTooltip(covered[0], true)).to.equal('Api->Db\nwarning: Decide TLS once for the design. (sec/unencrypted-transport) [one finding for 2 elements]');
    });

    it('lists the decision once on an edge that draws several of the connections it covers', () => {
        const decision = finding({ related: [related('Api->Db'), related('Api->Hot')] });
        const diagram = generateDiagram(workspace.design('T'), { findings: [decision], view: { kind: 'collapsed' } });
        const edge = diagram.edges.find((candidate) => candidate.connections.length === 2);
        expect(edge?.connections).to.deep.equal(['Api->Db', 'Api->Hot']);
        expect(edge?.findings).to.have.length(1);
    });

    it('marks a group decision on its box and on each component it covers, naming where it is reported', () => {
        const decision = finding({ rule: 'avail/single-zone', severity: 'info', message: 'Decide zones for Data.', element: 'Data', related: [related('Db'), related('Hot'), related('Db'), related('Data')] });
        const diagram = generateDiagram(workspace.design('T'), { findings: [decision] });
        const node = (name: string) => diagram.nodes.find((candidate) => candidate.name === name);
        expect(node('Data')?.findings).to.deep.equal([{ rule: 'avail/single-zone', severity: 'info', message: 'Decide zones for Data.' }]);
        expect(node('Db')?.findings).to.deep.equal([{ rule: 'avail/single-zone', severity: 'info', message: 'Decide zones for Data.', covers: { reportedOn: 'Data', count: 2 } }]);
        expect(node('Hot')?.findings).to.have.length(1);
        expect(node('Api')?.findings).to.deep.equal([]);
        expect(diagram.text).to.match(/class [^\n]*n_Db,n_Hot[^\n]* sev_info|class [^\n]*n_Hot,n_Db[^\n]* sev_info/);
        const db = node('Db');
        expect(db && nodeTooltip(db, diagram, true)).to.equal('component Db\ninfo: Decide zones for Data. (avail/single-zone) [one finding for 2 elements, on Data]');
    });

    it('leaves a design-wide finding without related places off the diagram, as before', () => {
        const diagram = generateDiagram(workspace.design('T'), { findings: [finding({})] });
        expect([...diagram.nodes, ...diagram.edges].every((item) => item.findings.length === 0)).to.equal(true);
    });
});
