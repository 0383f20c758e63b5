/**
 * `out_of_scope: true` on a component, a system or a network: the design
 * draws the component but does not describe it. The review judges how other
 * components use it, not its own properties.
 */
import { expect } from 'chai';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import type { Design } from '../../src/model/design.js';
import { isOutOfScope } from '../../src/model/out-of-scope.js';
import { reviewDesigns } from '../../src/review/review-designs.js';
import { workspaceReport } from '../../src/report/workspace-report.js';
import type { Finding } from '../../src/model/finding.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics, type TestWorkspace } from '../helpers/workspace.js';
import { positionOf, textDocumentOf, workspaceWithCursor } from '../language/lsp/editor-workspace.js';

interface Reviewed {
    readonly workspace: TestWorkspace;
    readonly design: Design;
    readonly findings: readonly Finding[];
}

async function reviewOf(body: string): Promise<Reviewed> {
    const workspace = await buildWorkspace(`architecture T {\n${body}\n}`);
    expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics())), 'the test design must be valid .arch').to.deep.equal([]);
    const design = workspace.design('T');
    return { workspace, design, findings: reviewDesigns([design], { overridesFor: () => new Map() }) };
}

function ofRule(findings: readonly Finding[], rule: string): Finding[] {
    return findings.filter((finding) => finding.rule === rule);
}

const STORES = `  client Web
  service Api { replicas: 2 }
  database Orders { engine: postgres }
  database Catalog { engine: postgres }
  database Ledger { engine: postgres }
  Web -> Api
  Api -> Orders : reads, writes
  Api -> Catalog : reads, writes
  Api -> Ledger : reads, writes { timeout: 2s }`;

describe('out_of_scope: true on a component', () => {
    it('reports no finding placed on the component, and keeps those of its peers', async () => {
        const before = await reviewOf('  client Web\n  service Api { replicas: 2 }\n  worker Mailer\n  Web -> Api\n  Api -> Mailer { mode: async }');
        expect(ofRule(before.findings, 'avail/single-point-of-failure').map((finding) => finding.element)).to.deep.equal(['Mailer']);
        const after = await reviewOf('  client Web\n  service Api { replicas: 2 }\n  worker Mailer { out_of_scope: true }\n  Web -> Api\n  Api -> Mailer { mode: async }');
        expect(after.findings.filter((finding) => finding.element === 'Mailer')).to.deep.equal([]);
    });

    it('leaves the component out of a grouped finding, which counts and names only the rest', async () => {
        const before = await reviewOf(STORES);
        expect(ofRule(before.findings, 'dr/no-backup').map((finding) => finding.message)).to.deep.equal([
            'None of the 3 databases states a backup (Orders, Catalog and Ledger): a bad migration, a bug that deletes rows or a compromised account destroys their data for good, and replicas copy the damage within seconds. One backup policy settles them all.'
        ]);
        const after = await reviewOf(STORES.replace('database Catalog { engine: postgres }', 'database Catalog { engine: postgres  out_of_scope: true }'));
        const backups = ofRule(after.findings, 'dr/no-backup');
        expect(backups.map((finding) => finding.message)).to.deep.equal([
            'None of the 2 databases states a backup (Orders and Ledger): a bad migration, a bug that deletes rows or a compromised account destroys their data for good, and replicas copy the damage within seconds. One backup policy settles them all.'
        ]);
        expect(backups[0].related?.map((related) => related.element)).to.deep.equal(['Orders', 'Ledger']);
        const naming = after.findings.filter((finding) => [finding.message, ...(finding.related ?? []).map((related) => related.message)].some((text) => /\bCatalog\b/.test(text)));
        // Only how Api uses it is still said: one operation that writes three stores.
        expect(naming.map((finding) => finding.rule)).to.deep.equal(['cap/dual-write']);
    });

    it('turns a grouped finding into the one element left when the others are undescribed', async () => {
        const after = await reviewOf(STORES.replace('database Catalog { engine: postgres }', 'database Catalog { engine: postgres  out_of_scope: true }').replace('database Ledger { engine: postgres }', 'database Ledger { engine: postgres  out_of_scope: true }'));
        expect(ofRule(after.findings, 'dr/no-backup').map((finding) => [finding.element, finding.message])).to.deep.equal([
            ['Orders', 'database Orders has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.']
        ]);
    });

    it('keeps the findings on connections to it: how in-scope components call it is theirs to answer for', async () => {
        // Clients authenticate at Api, and the plain call carries payment data with retries: findings on the connection.
        const body = '  client Web\n  service Api { replicas: 2  timeout: 2s  auth: jwt }\n  service Partner { replicas: 2 }\n  Web -> Api : https\n  Api -> Partner : http { retries: 3, data: [payment] }';
        const before = await reviewOf(body);
        const connectionFindings = (findings: readonly Finding[]) => findings.filter((finding) => finding.element === 'Api->Partner').map((finding) => finding.message);
        expect(connectionFindings(before.findings)).to.not.deep.equal([]);
        const after = await reviewOf(body.replace('service Partner { replicas: 2 }', 'service Partner { replicas: 2  out_of_scope: true }'));
        expect(connectionFindings(after.findings)).to.deep.equal(connectionFindings(before.findings));
    });
});

describe('out_of_scope: true on a system or a network', () => {
    const GROUPED = `  client Web
  service Api { replicas: 2 }
  database Orders { engine: postgres }
  system Legacy {
    out_of_scope: true
    database Archive { engine: postgres }
    database Audit { engine: postgres  out_of_scope: false }
  }
  network Partner {
    out_of_scope: true
    system Inner {
      database Mirror { engine: postgres }
    }
  }
  Web -> Api
  Api -> Orders : reads, writes
  Api -> Archive : reads, writes
  Api -> Audit : writes
  Api -> Mirror : writes`;

    it('applies to the members, nested ones too, unless a member says false', async () => {
        const { design } = await reviewOf(GROUPED);
        const undescribed = design.components.filter(isOutOfScope).map((component) => component.name);
        expect(undescribed).to.deep.equal(['Archive', 'Mirror']);
    });

    it('leaves the members out of the review of their own properties', async () => {
        const { findings } = await reviewOf(GROUPED);
        expect(ofRule(findings, 'dr/no-backup').map((finding) => finding.message)).to.deep.equal([
            'None of the 2 databases states a backup (Orders and Audit): a bad migration, a bug that deletes rows or a compromised account destroys their data for good, and replicas copy the damage within seconds. One backup policy settles them all.'
        ]);
        expect(findings.filter((finding) => finding.element === 'Archive' || finding.element === 'Mirror')).to.deep.equal([]);
    });
});

describe('out_of_scope: true in the report and the editor', () => {
    it('names the undescribed components in the report\'s one "Out of scope" line, after the sections', async () => {
        const { workspace, design, findings } = await reviewOf(`${STORES.replace('database Catalog { engine: postgres }', 'database Catalog { engine: postgres  out_of_scope: true }')}\n  requirements { out_of_scope: [security] }`);
        const text = workspaceReport({ designs: [design], findings, estimatesOf: (built) => workspace.services.design.EstimateService.estimatesFor(built), cwd: '/workspace', version: '0.0.0' });
        const lines = text.split('\n').filter((line) => line.startsWith('| Out of scope |'));
        expect(lines).to.deep.equal([
            '| Out of scope | Security (the design states it does not cover them: `out_of_scope`; no findings are reported there); `Catalog` (drawn but not described: `out_of_scope: true`; their own replicas, backups, caching and sizing are not judged) |'
        ]);
    });

    it('accepts true or false only, on components and groups alike', async () => {
        const workspace = await buildWorkspace('architecture T {\n  database Db { out_of_scope: maybe }\n  network N { out_of_scope: 3 }\n  system S { out_of_scope: true }\n}');
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.have.length(2);
        expect(messages.every((message) => message.includes('out_of_scope'))).to.equal(true);
    });

    it('documents the key in hover and completion, from the schema', async () => {
        const cursor = await workspaceWithCursor('architecture T {\n  cache C {\n    <|>\n  }\n}\n');
        const list = await cursor.services.lsp.CompletionProvider?.getCompletion(cursor.document, { textDocument: textDocumentOf(cursor.document), position: cursor.position });
        const offered: CompletionItem | undefined = list?.items.find((item) => item.label === 'out_of_scope');
        expect((offered?.documentation as MarkupContent | undefined)?.value).to.contain('does not describe it');
        const workspace = await buildWorkspace({ 'd.arch': 'architecture T {\n  database Db { out_of_scope: true }\n}\n' });
        const document: LangiumDocument | undefined = workspace.services.shared.workspace.LangiumDocuments.all.toArray().find((candidate) => candidate.uri.path.endsWith('d.arch'));
        if (document === undefined || workspace.services.lsp.HoverProvider === undefined) {
            throw new Error('no document or no hover provider');
        }
        const hover = await workspace.services.lsp.HoverProvider.getHoverContent(document, { textDocument: textDocumentOf(document), position: positionOf(document, 'out_of_scope', 2) });
        expect((hover?.contents as MarkupContent | undefined)?.value).to.contain('**out_of_scope**').and.to.contain('not the component\'s own properties');
    });
});

/** Designs where each rule judging components' own properties would count an undescribed component. */
const OWN_PROPERTY_DESIGNS = [
    `  requirements { users: 1M  peak_rps: 20k  read_ratio: 20  availability: 99.95% }
  client Web
  loadbalancer Lb { replicas: 2 }
  service Api { replicas: 2 }
  service OutSvc { replicas: 2  out_of_scope: true }
  worker Job
  worker OutJob { out_of_scope: true }
  database Db
  database OutDb { out_of_scope: true }
  queue Q
  queue OutQ { out_of_scope: true }
  storage Files
  storage OutFiles { out_of_scope: true }
  Web -> Lb
  Lb -> Api
  Api -> OutSvc
  Api -> Db : reads, writes
  Api -> OutDb : reads, writes
  Api -> Q
  Api -> OutQ
  Q -> Job
  OutQ -> OutJob
  Job -> Files
  OutJob -> OutFiles`,
    `  requirements { users: 10M  peak_rps: 50k  read_ratio: 50  availability: 99.99% }
  client Web
  gateway Gw { replicas: 2 }
  service Api { replicas: 3 }
  service Api2 { replicas: 3 }
  service OutSvc { replicas: 3  out_of_scope: true }
  database Db { engine: mystery  replicas: 2  failover: manual }
  database Db2 { engine: mystery2  replicas: 2  failover: manual }
  database OutDb { engine: postgress  replicas: 2  failover: manual  out_of_scope: true }
  network Outside {
    out_of_scope: true
    database OutNetDb { engine: mystery4 }
  }
  Web -> Gw
  Gw -> Api
  Gw -> Api2
  Gw -> OutSvc
  Api -> Db : reads, writes
  Api2 -> Db2 : reads, writes
  OutSvc -> OutDb : reads, writes
  Api -> OutNetDb : reads, writes`,
    `  requirements { availability: 99.9% }
  client Web
  service Api { replicas: 2 }
  service Billing { replicas: 2 }
  service OutSvc { replicas: 2  out_of_scope: true }
  worker OutJob { replicas: 2  out_of_scope: true }
  queue Q { engine: sqs }
  monitoring M { engine: prometheus }
  Web -> Api
  Api -> Billing
  Api -> OutSvc
  Api -> Q
  Q -> OutJob`
];

const OWN_PROPERTY_RULES = [
    'avail/single-point-of-failure', 'avail/single-zone', 'avail/manual-failover', 'dr/no-backup', 'cache/missing-cache', 'data/unknown-engine',
    'sec/exposed-data-store', 'scale/over-capacity', 'scale/no-autoscaling', 'observe/no-central-logging'
];

/** The rules among OWN_PROPERTY_RULES whose findings name a component called Out…, in the message, a related line or an assumption. */
function rulesNamingUndescribed(findings: readonly Finding[]): string[] {
    const texts = (finding: Finding) => [finding.message, ...(finding.related ?? []).map((related) => `${related.element ?? ''} ${related.message}`), ...(finding.assumptions ?? []).map((assumption) => `${assumption.element} ${assumption.text}`)];
    const naming = findings.filter((finding) => OWN_PROPERTY_RULES.includes(finding.rule) && texts(finding).some((text) => /\bOut[A-Z]\w*/.test(text)));
    return [...new Set(naming.map((finding) => finding.rule))].sort();
}

describe('out_of_scope: true and the rules that judge components\' own properties', () => {
    it('they neither count, name nor list an undescribed component (and do without the mark)', async () => {
        const marked: string[] = [];
        const unmarked: string[] = [];
        for (const body of OWN_PROPERTY_DESIGNS) {
            marked.push(...rulesNamingUndescribed((await reviewOf(body)).findings));
            unmarked.push(...rulesNamingUndescribed((await reviewOf(body.replace(/ {2}out_of_scope: true| *out_of_scope: true\n/g, ''))).findings));
        }
        expect(marked).to.deep.equal([]);
        expect([...new Set(unmarked)].sort()).to.deep.equal([...OWN_PROPERTY_RULES].sort());
    });

    it('a count of services leaves them out too', async () => {
        const monitoring = (findings: readonly Finding[]) => ofRule(findings, 'observe/no-monitoring').map((finding) => finding.message);
        expect(monitoring((await reviewOf(OWN_PROPERTY_DESIGNS[0])).findings)).to.deep.equal(['Design T has 2 services and no monitoring or central logging: failures and saturation go unseen until users report them.']);
    });
});
