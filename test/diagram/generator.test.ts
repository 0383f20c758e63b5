import { expect } from 'chai';
import { generateDiagram } from '../../src/diagram/generate-diagram.js';
import { AUTO_EDGE_LABELS_MAX_EDGES } from '../../src/diagram/diagram-types.js';
import { escapeLabelText } from '../../src/util/escape/mermaid.js';
import type { Finding } from '../../src/model/finding.js';
import { generateDesign } from '../../scripts/design-generator/design-generator.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';

const SHOP = `architecture Shop "Shop" {
  client Web "Browsers"
  external Pay
  dns Dns { engine: route53 }
  cdn Edge { engine: cloudfront }
  loadbalancer Lb { engine: alb, zones: 3 }
  gateway Gw
  network dmz { exposure: public
    service Api { replicas: 3, zones: 2, autoscale: { min: 3, max: 9 } }
  }
  system Orders "Order context" {
    network data {
      database Db { engine: postgres, replicas: 2 }
      cache Hot { engine: redis }
      queue Events { engine: kafka }
      storage Files { engine: s3 }
      search Index
    }
    worker Jobs
    function Thumb
  }
  coordinator Locks
  idp Login
  monitoring Metrics
  logging Logs
  Web -> Dns
  Web -> Edge -> Lb -> Gw -> Api : https
  Api -> Db : sql
  Api -> Hot : redis, tls
  Api -> Events : kafka
  Events -> Jobs
  Jobs -> Files : https "thumbnails"
  Api -> Pay : https
  transaction PlaceOrder { writes: [Db, Events], protocol: outbox, consistency: eventual }
}`;

async function shop(): Promise<TestWorkspace> {
    return buildWorkspace(SHOP);
}

describe('the Mermaid generator', () => {
    it('draws each kind with its shape and labels with name, title, engine, replicas and zones', async () => {
        const text = generateDiagram((await shop()).design('Shop')).text;
        const shapes: Record<string, string> = {
            Web: 'stadium', Pay: 'rect', Dns: 'circle', Edge: 'trap-t', Lb: 'hex', Gw: 'hex', Api: 'rect', Db: 'cyl', Hot: 'cyl',
            Events: 'subproc', Files: 'lin-cyl', Index: 'cyl', Jobs: 'procs', Thumb: 'rounded', Locks: 'diam', Login: 'rect', Metrics: 'rect', Logs: 'rect'
        };
        for (const [name, shape] of Object.entries(shapes)) {
            expect(text, name).to.match(new RegExp(`n_${name}@\\{ shape: ${shape}, label: "<b>${name}</b>`));
        }
        expect(text).to.contain('n_Web@{ shape: stadium, label: "<b>Web</b><br/>Browsers<br/>client" }');
        expect(text).to.contain('n_Api@{ shape: rect, label: "<b>Api</b><br/>service · ×3–9 · 2 zones" }');
        expect(text).to.contain('n_Db@{ shape: cyl, label: "<b>Db</b><br/>PostgreSQL · ×2" }');
        expect(text).to.contain('n_Lb@{ shape: hex, label: "<b>Lb</b><br/>AWS Application Load Balancer · 3 zones" }');
        expect(text).to.match(/class [^\n]*n_Pay[^\n]* dashed/);
        expect(text).to.match(/class [^\n]*n_Hot[^\n]* dashed/);
    });

    it('draws groups as nested subgraphs, networks dashed and coloured by exposure', async () => {
        const text = generateDiagram((await shop()).design('Shop')).text;
        expect(text).to.contain('  subgraph g0["dmz (network · public)"]\n    n_Api@');
        expect(text).to.match(/ {2}subgraph g1\["Order context \(system\)"\]\n {4}n_Jobs@[^\n]*\n {4}n_Thumb@[^\n]*\n {4}subgraph g2\["data \(network · private\)"\]/);
        expect(text).to.match(/class g0 networkPublic/);
        expect(text).to.match(/class g2 networkPrivate/);
        expect(text).to.match(/class g1 system/);
    });

    it('draws a group that holds only one group as one box named for both, with the findings of both', async () => {
        const text = 'architecture T {\n  client U\n  system Pay {\n    network PayNet {\n      service Api\n    }\n  }\n  U -> Api : https\n}';
        const workspace = await buildWorkspace(text);
        const on = (element: string, rule: string): Finding => ({
            rule, severity: 'warning', message: `on ${element}`, uri: 'file:///t.arch', design: 'T', element, suppressed: false,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }
        });
        const findings = [on('Pay', 'x/system'), on('PayNet', 'x/network')];
        const diagram = generateDiagram(workspace.design('T'), { findings });
        expect(diagram.text.split('\n').filter((line) => line.includes('subgraph'))).to.deep.equal(['  subgraph g1["Pay (system) › PayNet (network · private)"]']);
        expect(diagram.text).to.contain('class g1 networkPrivate');
        const box = diagram.nodes.find((node) => node.id === 'g1');
        expect(box?.name).to.equal('PayNet');
        expect(box?.findings.map((finding) => finding.rule)).to.deep.equal(['x/system', 'x/network']);
    });

    it('draws synchronous edges solid and asynchronous ones dashed, with protocol, label and a lock for TLS', async () => {
        const text = generateDiagram((await shop()).design('Shop')).text;
        expect(text).to.contain('  n_Lb -->|"🔒 https"| n_Gw');
        expect(text).to.contain('  n_Api -->|"sql"| n_Db');
        expect(text).to.contain('  n_Api -->|"🔒 redis"| n_Hot');
        expect(text).to.contain('  n_Api -.->|"kafka"| n_Events');
        expect(text).to.contain('  n_Events -.-> n_Jobs');
        expect(text).to.contain('  n_Jobs -->|"🔒 https · thumbnails"| n_Files');
        expect(text).to.contain('  n_Web --> n_Dns');
    });

    it('shows a transaction as a note on the stores it writes', async () => {
        const diagram = generateDiagram((await shop()).design('Shop'));
        expect(diagram.text).to.contain('t_PlaceOrder@{ shape: notch-rect, label: "transaction <b>PlaceOrder</b><br/>outbox · eventual" }');
        expect(diagram.text).to.contain('  t_PlaceOrder -.-|"writes"| n_Db');
        expect(diagram.text).to.contain('  t_PlaceOrder -.-|"writes"| n_Events');
    });

    it('maps nodes and edges back to the design', async () => {
        const diagram = generateDiagram((await shop()).design('Shop'));
        const api = diagram.nodes.find((node) => node.id === 'n_Api');
        expect(api).to.deep.include({ kind: 'component', name: 'Api' });
        expect(api?.place?.range.start).to.deep.equal({ line: 8, character: 12 });
        expect(api?.place?.extent.start.line).to.equal(8);
        const edge = diagram.edges.find((candidate) => candidate.connections.includes('Api->Db'));
        expect(edge).to.deep.include({ from: 'n_Api', to: 'n_Db' });
        expect(diagram.text.split('\n').filter((line) => /^ {2}\S+ (-->|-\.->|-\.-)/.test(line))[edge?.index ?? -1]).to.contain('n_Api -->|"sql"| n_Db');
    });

    it('draws the review: nodes and edges coloured by their worst finding, and only when asked', async () => {
        // Card data over plain HTTP from the internet, to a service that says it checks no caller: errors on both.
        const workspace = await buildWorkspace('architecture T {\n  client U\n  service Api { auth: none, data: [payment] }\n  U -> Api : http\n}');
        const findings = workspace.services.design.ReviewService.all();
        const drawn = generateDiagram(workspace.design('T'), { findings });
        expect(drawn.text).to.match(/class [^\n]*n_Api[^\n]* sev_error/);
        expect(drawn.text).to.contain('  linkStyle 0 stroke:#e51400,stroke-width:3px');
        expect(drawn.nodes.find((node) => node.id === 'n_Api')?.findings.map((finding) => finding.rule)).to.include('avail/single-point-of-failure');
        expect(drawn.edges[0].findings.map((finding) => finding.rule)).to.include('sec/unencrypted-transport');
        const plain = generateDiagram(workspace.design('T'), { findings, overlay: false });
        expect(plain.text).to.not.match(/class [^\n]* sev_/);
        expect(plain.text).to.not.contain('linkStyle');
        expect(plain.nodes.find((node) => node.id === 'n_Api')?.findings).to.not.have.length(0);
    });

    it('gives the same text for the same design, whatever the order of findings', async () => {
        const workspace = await shop();
        const findings = workspace.services.design.ReviewService.all();
        const once = generateDiagram(workspace.design('Shop'), { findings }).text;
        const again = generateDiagram((await shop()).design('Shop'), { findings: [...findings].reverse() }).text;
        expect(again).to.equal(once);
    });

    it('draws top to bottom when asked', async () => {
        expect(generateDiagram((await shop()).design('Shop'), { direction: 'TB' }).text.split('\n')[0]).to.equal('flowchart TB');
    });

    it('draws components of other designs reached by Design.Name, dashed', async () => {
        const workspace = await buildWorkspace({ 'a.arch': 'architecture Pay {\n  service Api\n}', 'b.arch': 'architecture Shop {\n  service Checkout { -> Pay.Api : grpcs }\n}' });
        const text = generateDiagram(workspace.design('Shop')).text;
        expect(text).to.contain('x_Pay_Api@{ shape: rect, label: "<b>Pay.Api</b><br/>service" }');
        expect(text).to.contain('n_Checkout -->|"🔒 grpcs"| x_Pay_Api');
        expect(text).to.match(/class [^\n]*x_Pay_Api[^\n]* dashed/);
    });
});

describe('escaping', () => {
    it('writes every character that could change the diagram as an entity', () => {
        expect(escapeLabelText('a "b" <img src=x onerror=alert(1)>')).to.equal('a #34;b#34; #60;img src=x onerror=alert(1)#62;');
        expect(escapeLabelText('%%{init: {"theme":"dark"}}%%')).to.equal('#37;#37;#123;init: #123;#34;theme#34;:#34;dark#34;#125;#125;#37;#37;');
        expect(escapeLabelText('x]; click A call evil()')).to.equal('x#93;; click A call evil()');
        expect(escapeLabelText('`**md**` & #35; |pipe| \\ \n next')).to.equal('#96;#42;#42;md#42;#42;#96; #38; #35;35; #124;pipe#124; #92; next');
    });

    it('cuts very long text', () => {
        expect(escapeLabelText('x'.repeat(1_000_000))).to.equal(`${'x'.repeat(59)}…`);
    });

    it('keeps design text inside its label in the generated diagram', async () => {
        const workspace = await buildWorkspace('architecture T {\n  service Api "\\"] --> evil[\\"x\\"]; click Api call alert(1)" { description: "<script>" }\n  client U "%%{init: {}}%%"\n  U -> Api "\\"| evil |\\""\n}');
        const text = generateDiagram(workspace.design('T')).text;
        const lines = text.split('\n');
        expect(lines.filter((line) => line.includes('click'))).to.deep.equal(['  n_Api@{ shape: rect, label: "<b>Api</b><br/>#34;#93; --#62; evil#91;#34;x#34;#93;; click Api call alert(1)<br/>service" }']);
        expect(text).to.not.match(/^%%/m);
        expect(text).to.contain('n_U -->|"#34;#124; evil #124;#34;"| n_Api');
    });

    it('keeps backticks, line breaks, script tags, directives and control characters inside labels, wherever design text is drawn', async () => {
        const hostile = '\u001b[2J\u202e\\"] `x`\\n%%{init}%%\\nclick A call evil() <script>';
        const workspace = await buildWorkspace(`architecture T {
  system Core "${hostile}" {
    service Api "${hostile}" { engine: "${hostile}" }
  }
  client U "${hostile}"
  database Db
  U -> Api : https "${hostile}"
  Api -> Db
}`);
        const text = generateDiagram(workspace.design('T'), { view: { kind: 'full' } }).text;
        // Every line is one of the statements the generator writes, each label one quoted string without quotes inside.
        const statement = /^(flowchart LR|\s*subgraph \w+\["[^"`]*"\]|\s*end|\s*\w+@\{ shape: [\w-]+, label: "[^"`]*" \}|\s*\w+ -[-.]+>?(\|"[^"`]*"\|)? \w+|\s*classDef \w+ [^"`]*|\s*class [\w,]+ \w+|\s*linkStyle \d+ [^"`]*|)$/;
        expect(text.split('\n').filter((line) => !statement.test(line))).to.deep.equal([]);
        expect(text).to.not.match(/%%|<script|[\u0000-\u0009\u000b-\u001f\u202e]/);
        expect(text.match(/click A call evil\(\)/g)).to.have.length.greaterThan(3);
    });
});

describe('large designs', () => {
    async function generated(components: number): Promise<TestWorkspace> {
        return buildWorkspace(Object.fromEntries(generateDesign({ components }).files));
    }

    it('draws a design under the limits in full, and collapses one over them with a note', async () => {
        const small = generateDiagram((await generated(100)).design('Generated'));
        expect(small.view).to.equal('full');
        const large = generateDiagram((await generated(1000)).design('Generated'));
        expect(large.view).to.equal('collapsed');
        expect(large.note).to.match(/^The design has 1000 components and 1490 connections: groups are collapsed/);
        expect(large.nodes.length).to.be.lessThan(150);
        expect(large.edges.length).to.be.lessThan(300);
    });

    it('labels edges while the picture has at most 100 edges, unless told always or never', async () => {
        const design = (await generated(100)).design('Generated');
        const labelled = (text: string): number => (text.match(/\|"[^"]*"\|/g) ?? []).length;
        const full = generateDiagram(design, { view: { kind: 'full' } });
        expect(full.edges.length).to.be.greaterThan(AUTO_EDGE_LABELS_MAX_EDGES);
        expect(labelled(full.text)).to.equal(0);
        expect(labelled(generateDiagram(design, { view: { kind: 'full' }, edgeLabels: 'always' }).text)).to.equal(full.edges.length);
        const collapsed = generateDiagram(design, { view: { kind: 'collapsed' } });
        expect(collapsed.edges.length).to.be.within(1, AUTO_EDGE_LABELS_MAX_EDGES);
        expect(labelled(collapsed.text)).to.equal(collapsed.edges.length);
        expect(labelled(generateDiagram(design, { view: { kind: 'collapsed' }, edgeLabels: 'never' }).text)).to.equal(0);
    });

    it('collapses top-level groups into single nodes with counts, and expands one on request', async () => {
        const workspace = await generated(100);
        const design = workspace.design('Generated');
        const collapsed = generateDiagram(design, { view: { kind: 'collapsed' } });
        expect(collapsed.text).to.match(/c_g0@\{ shape: st-rect, label: "<b>S0Sys<\/b><br\/>system · 10 components" \}/);
        expect(collapsed.groups.map((group) => group.title)).to.include('S0Sys');
        expect(collapsed.text).to.not.contain('n_S0Api');
        const key = collapsed.groups.find((group) => group.title === 'S3Sys')?.key ?? '';
        const expanded = generateDiagram(design, { view: { kind: 'collapsed', expanded: key } });
        expect(expanded.text).to.contain('n_S3Api@');
        expect(expanded.text).to.not.contain('n_S2Api@');
        expect(expanded.text).to.match(/n_Lb -->\|"🔒 https"\| n_S3Gw/);
        expect(expanded.text).to.match(/n_Lb -->\|"9 connections"\| b_0|n_Lb -->\|"🔒 https"\| c_g/);
    });

    it('focuses on one component and its neighbours', async () => {
        const workspace = await generated(100);
        const focus = generateDiagram(workspace.design('Generated'), { view: { kind: 'focus', component: 'S2Api' } });
        expect(focus.view).to.equal('focus');
        expect(focus.nodes.filter((node) => node.kind === 'component').map((node) => node.name).sort()).to.deep.equal(['Locks', 'Login', 'S2Api', 'S2Cache', 'S2Db', 'S2Events', 'S2Gw'].sort());
        expect(focus.note).to.equal('service S2Api and the 6 components it connects to.');
    });

    it('collapses a 10,000-component design to fewer than 150 nodes', async function () {
        this.timeout(30_000);
        const design = (await generated(10_000)).design('Generated');
        const diagram = generateDiagram(design);
        expect(diagram.view).to.equal('collapsed');
        expect(diagram.nodes.length).to.be.lessThan(150);
    });
});
