import { expect } from 'chai';
import type { RuleOverride } from '../../src/config/rule-settings.js';
import { reviewDesigns } from '../../src/review/review-designs.js';
import { defineRule } from '../../src/review/rule.js';
import { ruleDocsUrl } from '../../src/review/rule-docs.js';
import { buildWorkspace } from '../helpers/workspace.js';

const FIRST_DRAFT = `architecture T {
  client Mobile
  service Web
  Mobile -> Web : http
}`;

async function review(text: string, overrides: Record<string, RuleOverride> = {}) {
    const workspace = await buildWorkspace(text);
    return reviewDesigns([workspace.design('T')], { overridesFor: () => new Map(Object.entries(overrides)) });
}

describe('the review engine', () => {
    it('runs every rule and fills messages, sections and elements', async () => {
        const findings = await review(FIRST_DRAFT);
        const spof = findings.find((finding) => finding.rule === 'avail/single-point-of-failure');
        // A service whose count is left out is a question (info): sources draw a tier as one box and run it as many.
        expect(spof).to.deep.include({ severity: 'info', section: 'failure-recovery', element: 'Web', design: 'T', suppressed: false });
        expect(spof?.message).to.equal('service Web states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request through it fails. How many instances does it run? State `replicas`.');
        expect(spof?.range).to.deep.equal({ start: { line: 2, character: 10 }, end: { line: 2, character: 13 } });
    });

    it('turns rules off and changes their severity from the configuration', async () => {
        const findings = await review(FIRST_DRAFT, {
            'avail/single-point-of-failure': { level: 'off' },
            'sec/unencrypted-transport': { level: 'info' }
        });
        expect(findings.some((finding) => finding.rule === 'avail/single-point-of-failure')).to.equal(false);
        expect(findings.find((finding) => finding.rule === 'sec/unencrypted-transport')?.severity).to.equal('info');
    });

    it('passes configured options over the defaults', async () => {
        const text = 'architecture T {\n  requirements { read_ratio: 5 }\n  client U\n  service A { replicas: 2 }\n  database D\n  U -> A -> D\n}';
        expect((await review(text)).some((finding) => finding.rule === 'scale/no-read-scaling')).to.equal(false);
        const configured = await review(text, { 'scale/no-read-scaling': { level: 'warning', options: { readRatio: 5 } } });
        expect(configured.some((finding) => finding.rule === 'scale/no-read-scaling')).to.equal(true);
    });

    it('keeps suppressed findings, marked, with the reason', async () => {
        const findings = await review(`architecture T {
  client Mobile
  // archlens-disable-next-line avail/single-point-of-failure -- a single batch box is fine
  service Web
  Mobile -> Web : https
}`);
        const spof = findings.find((finding) => finding.rule === 'avail/single-point-of-failure');
        expect(spof).to.deep.include({ suppressed: true, reason: 'a single batch box is fine' });
        expect(findings.filter((finding) => finding.rule.startsWith('meta/'))).to.deep.equal([]);
    });

    it('silences a finding that lists several elements when each of them accepts it, and keeps it when only some do', async () => {
        const accepted = (note: string) => `  // archlens-disable-next-line meta/unconnected-component -- ${note}\n`;
        const design = (second: string) => `architecture T {
  client Mobile
  service Web { replicas: 2 }
${accepted('called by a cron job outside the design')}  service Batch { replicas: 2 }
${second}  service Audit { replicas: 2 }
  Mobile -> Web : https
}`;
        const all = await review(design(accepted('peers set in its code')));
        const grouped = all.filter((finding) => finding.rule === 'meta/unconnected-component');
        expect(grouped.map((finding) => ({ suppressed: finding.suppressed, reason: finding.reason }))).to.deep.equal([{ suppressed: true, reason: 'called by a cron job outside the design; peers set in its code' }]);
        expect(all.filter((finding) => finding.rule === 'meta/unused-suppression')).to.deep.equal([]);
        const some = await review(design(''));
        expect(some.filter((finding) => finding.rule === 'meta/unconnected-component').map((finding) => finding.suppressed)).to.deep.equal([false]);
        expect(some.filter((finding) => finding.rule === 'meta/unused-suppression')).to.deep.equal([]);
    });

    it('silences a rule for the whole file, or every rule on a line', async () => {
        const findings = await review(`// archlens-disable sec/unencrypted-transport -- internal demo
architecture T {
  client Mobile
  // archlens-disable-next-line -- prototype
  service Web
  Mobile -> Web : http
}`);
        expect(findings.filter((finding) => !finding.suppressed).map((finding) => finding.rule)).to.not.include.members(['sec/unencrypted-transport', 'avail/single-point-of-failure']);
        expect(findings.filter((finding) => finding.suppressed).map((finding) => finding.rule)).to.include.members(['sec/unencrypted-transport', 'avail/single-point-of-failure']);
    });

    it('reports directives that silence nothing, name unknown rules, or give no reason', async () => {
        const findings = await review(`architecture T {
  client Mobile
  // archlens-disable-next-line observe/no-monitoring, avail/single-point-of-failur
  service Web { replicas: 2 }
  // archlens-disable-next-line sec/unencrypted-transport
  Mobile -> Web : http
}`);
        const meta = findings.filter((finding) => finding.rule.startsWith('meta/suppression') || finding.rule.startsWith('meta/unused'));
        expect(meta.map((finding) => `${finding.range.start.line + 1} ${finding.rule} ${finding.severity}: ${finding.message}`)).to.deep.equal([
            "3 meta/unused-suppression warning: 'observe/no-monitoring' reports nothing on the next line: remove it from the directive.",
            "3 meta/unused-suppression warning: Unknown rule 'avail/single-point-of-failur'. Did you mean 'avail/single-point-of-failure'?",
            '3 meta/suppression-without-reason hint: Say why this risk is accepted: add `-- reason` to the directive; the report lists it under accepted risks.',
            '5 meta/suppression-without-reason hint: Say why this risk is accepted: add `-- reason` to the directive; the report lists it under accepted risks.'
        ]);
    });

    it('lets a graded report set its severity, and the configuration win over it', async () => {
        const text = 'architecture T {\n  network n {\n    service A\n    service B { data: [pii] }\n    A -> B : http\n  }\n}';
        expect((await review(text)).find((finding) => finding.rule === 'sec/unencrypted-transport')?.severity).to.equal('warning');
        expect((await review(text, { 'sec/unencrypted-transport': { level: 'error' } })).find((finding) => finding.rule === 'sec/unencrypted-transport')?.severity).to.equal('error');
    });

    it('survives a rule that throws, and logs it', async () => {
        const broken = defineRule({
            meta: { id: 'test/broken', severity: 'warning', description: '', rationale: '', messages: { m: 'm' }, examples: { flagged: '', fixed: '' } },
            check() {
                throw new Error('boom');
            }
        });
        const errors: string[] = [];
        const workspace = await buildWorkspace(FIRST_DRAFT);
        const findings = reviewDesigns([workspace.design('T')], { overridesFor: () => new Map(), rules: [broken], log: { error: (message) => errors.push(message) } });
        expect(findings).to.deep.equal([]);
        expect(errors[0]).to.contain('rule test/broken failed on design T: Error: boom');
    });
});

describe('review findings in the editor', () => {
    it('become diagnostics with the rule as code, a docs link, source and data', async () => {
        const workspace = await buildWorkspace(FIRST_DRAFT);
        const diagnostic = workspace.diagnostics().find((candidate) => candidate.code === 'avail/single-point-of-failure');
        expect(diagnostic).to.deep.include({ source: 'archlens', severity: 3 });
        expect(diagnostic?.codeDescription?.href).to.equal(ruleDocsUrl('avail/single-point-of-failure'));
        expect(diagnostic?.codeDescription?.href).to.match(/\/docs\/rules\/avail\/single-point-of-failure\.md$/);
        expect(diagnostic?.data).to.deep.equal({ section: 'failure-recovery', design: 'T', element: 'Web', basis: 'stated' });
    });

    it('leave suppressed findings out of the diagnostics', async () => {
        const workspace = await buildWorkspace('architecture T {\n  client M\n  // archlens-disable-next-line avail/single-point-of-failure -- fine\n  service Web\n  M -> Web : https\n}');
        expect(workspace.diagnostics().some((diagnostic) => diagnostic.code === 'avail/single-point-of-failure')).to.equal(false);
    });

    it('update a document when another file of the same design changes', async () => {
        const workspace = await buildWorkspace({ 'a.arch': 'architecture T {\n  service Api { replicas: 2 }\n}', 'b.arch': 'architecture T {\n  client U\n}' });
        expect(workspace.diagnostics('a.arch').some((diagnostic) => diagnostic.code === 'avail/single-point-of-failure')).to.equal(false);
        expect(workspace.diagnostics('a.arch').some((diagnostic) => diagnostic.code === 'meta/unconnected-component')).to.equal(true);
        await workspace.update('b.arch', 'architecture T {\n  client U\n  U -> Api\n}');
        expect(workspace.diagnostics('a.arch').some((diagnostic) => diagnostic.code === 'meta/unconnected-component')).to.equal(false);
    });
});
