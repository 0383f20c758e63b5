import { expect } from 'chai';
import { outOfScopeSections, sectionOfWord, SECTION_IDS, sectionWord } from '../../src/model/sections.js';
import { reviewDesigns } from '../../src/review/review-designs.js';
import { workspaceReport } from '../../src/report/workspace-report.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

const OPEN = 'architecture T {\n  client Web\n  service Api\n  database Db\n  Web -> Api : http\n  Api -> Db\n';

async function reviewOf(text: string) {
    const workspace = await buildWorkspace(text);
    const design = workspace.design('T');
    return { workspace, design, findings: reviewDesigns([design], { overridesFor: () => new Map() }) };
}

describe('requirements { out_of_scope }', () => {
    it('reports no finding of the sections the design puts out of its scope, and still those of the others', async () => {
        const before = await reviewOf(`${OPEN}}`);
        expect(before.findings.some((finding) => finding.section === 'security')).to.equal(true);
        expect(before.findings.some((finding) => finding.section === 'failure-recovery')).to.equal(true);
        const after = await reviewOf(`${OPEN}  requirements { out_of_scope: [security] }\n}`);
        expect(describeDiagnostics(languageDiagnostics(after.workspace.diagnostics()))).to.deep.equal([]);
        expect(outOfScopeSections(after.design)).to.deep.equal(['security']);
        expect(after.findings.filter((finding) => finding.section === 'security')).to.deep.equal([]);
        expect(after.findings.map((finding) => finding.rule)).to.deep.equal(before.findings.filter((finding) => finding.section !== 'security').map((finding) => finding.rule));
        const both = await reviewOf(`${OPEN}  requirements { out_of_scope: [security, failure_recovery] }\n}`);
        expect(outOfScopeSections(both.design)).to.deep.equal(['failure-recovery', 'security']);
        expect(both.findings.filter((finding) => finding.section === 'security' || finding.section === 'failure-recovery')).to.deep.equal([]);
    });

    it('says in the report which sections the design put out of scope, and asks no questions about them', async () => {
        const { workspace, design, findings } = await reviewOf(`${OPEN}  requirements { out_of_scope: [security, delivery] }\n}`);
        const text = workspaceReport({ designs: [design], findings, estimatesOf: (built) => workspace.services.design.EstimateService.estimatesFor(built), cwd: '/workspace', version: '0.0.0' });
        expect(text).to.contain('| Out of scope | Security, Delivery (the design states it does not cover them: `out_of_scope`; no findings are reported there) |');
        expect(text).to.not.contain('### Security (');
        expect(text).to.not.contain('### Delivery (');
    });

    it('high_availability: a demo that states it is not built for high availability gets no single-point-of-failure finding, and still its backup findings', async () => {
        const before = await reviewOf(`${OPEN}}`);
        expect(before.findings.some((finding) => finding.rule === 'avail/single-point-of-failure')).to.equal(true);
        const after = await reviewOf(`${OPEN}  requirements { out_of_scope: [high_availability] }\n}`);
        expect(describeDiagnostics(languageDiagnostics(after.workspace.diagnostics()))).to.deep.equal([]);
        expect(outOfScopeSections(after.design)).to.deep.equal([]);
        expect(after.findings.map((finding) => finding.rule)).to.deep.equal(before.findings.filter((finding) => finding.rule !== 'avail/single-point-of-failure').map((finding) => finding.rule));
        const text = workspaceReport({ designs: [after.design], findings: after.findings, estimatesOf: (built) => after.workspace.services.design.EstimateService.estimatesFor(built), cwd: '/workspace', version: '0.0.0' });
        expect(text).to.contain('| Out of scope | High availability (the design states it is not built for it: `out_of_scope: [high_availability]`; its single instances are not reported) |');
    });

    it('accepts the section ids written with underscores, and suggests one for a misspelt word', async () => {
        expect(SECTION_IDS.map(sectionWord).map(sectionOfWord)).to.deep.equal([...SECTION_IDS]);
        const workspace = await buildWorkspace('architecture T {\n  requirements { out_of_scope: [securty] }\n}');
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.match(/^'out_of_scope' expects one of scaling, consistency, data_store, .*\. Did you mean 'security'\?$/);
    });
});
