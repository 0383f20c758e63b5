import { expect } from 'chai';
import { judgesPractices, purposeOf } from '../../src/model/purpose.js';
import { ALL_RULES } from '../../src/review/registry.js';
import { reviewDesigns } from '../../src/review/review-designs.js';
import { workspaceReport } from '../../src/report/workspace-report.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

// A small shop with flaws (a dual write, a store on the internet) and missing
// practices (no WAF, no rate limit, no backups, no alerting, no pipeline).
const BODY = [
    '  client Shopper { auth: none }',
    '  service Shop { replicas: 2 }',
    '  database Orders { engine: postgres, data: [pii] }',
    '  queue Events { engine: rabbitmq }',
    '  Shopper -> Shop : https',
    '  Shop -> Orders : sql',
    '  Shop -> Events : amqp',
    '  Shopper -> Orders : sql'
].join('\n');

function designWith(requirements: string): string {
    return `architecture T {\n${requirements}${BODY}\n}\n`;
}

async function reviewOf(text: string) {
    const workspace = await buildWorkspace(text);
    const design = workspace.design('T');
    return { workspace, design, findings: reviewDesigns([design], { overridesFor: () => new Map() }) };
}

const PRACTICE_RULES = new Set(ALL_RULES.filter((rule) => rule.meta.practice === true).map((rule) => rule.meta.id));

describe('requirements { purpose }', () => {
    it('reads the stated purpose, production when unstated', async () => {
        const demo = await reviewOf(designWith('  requirements { purpose: demo }\n'));
        expect(describeDiagnostics(languageDiagnostics(demo.workspace.diagnostics()))).to.deep.equal([]);
        expect(purposeOf(demo.design)).to.equal('demo');
        expect(judgesPractices(demo.design)).to.equal(false);
        const unstated = await reviewOf(designWith(''));
        expect(purposeOf(unstated.design)).to.equal('production');
        expect(judgesPractices(unstated.design)).to.equal(true);
    });

    it('rejects a word outside its vocabulary', async () => {
        const workspace = await buildWorkspace(designWith('  requirements { purpose: showcase }\n'));
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.match(/^'purpose' expects one of production, demo, sample, benchmark, poc, teaching/);
    });

    it('marks the rules that judge a missing practice, and only review rules', () => {
        expect([...PRACTICE_RULES]).to.include.members(['sec/no-waf', 'sec/no-rate-limit', 'dr/no-backup', 'observe/no-alerting', 'cicd/no-pipeline']);
        expect([...PRACTICE_RULES]).to.not.include.members(['cap/dual-write', 'sec/default-credentials', 'sec/exposed-data-store', 'sec/unauthenticated-entrypoint', 'cap/lossy-delivery', 'dr/ephemeral-storage']);
        for (const rule of ALL_RULES.filter((candidate) => candidate.meta.practice === true)) {
            expect(rule.meta.section, rule.meta.id).to.be.a('string');
        }
    });

    it('a demo gets no finding of a practice rule, and every finding on its flaws', async () => {
        const production = await reviewOf(designWith(''));
        const practiceFindings = production.findings.filter((finding) => PRACTICE_RULES.has(finding.rule));
        expect(practiceFindings.map((finding) => finding.rule)).to.include.members(['dr/no-backup']);
        for (const purpose of ['demo', 'sample', 'benchmark', 'poc', 'teaching']) {
            const demo = await reviewOf(designWith(`  requirements { purpose: ${purpose} }\n`));
            expect(demo.findings.filter((finding) => PRACTICE_RULES.has(finding.rule)), purpose).to.deep.equal([]);
            // Running one instance of everything is one decision of a non-production deployment: one question, not one finding per kind.
            const flaws = (findings: readonly { rule: string }[]) => findings.map((finding) => finding.rule).filter((rule, at, rules) => rule !== 'avail/single-point-of-failure' || rules.indexOf(rule) === at);
            expect(demo.findings.filter((finding) => finding.rule === 'avail/single-point-of-failure').map((finding) => finding.severity), purpose).to.deep.equal(['info']);
            expect(flaws(demo.findings), purpose).to.deep.equal(flaws(production.findings.filter((finding) => !PRACTICE_RULES.has(finding.rule))));
        }
        expect(production.findings.some((finding) => !PRACTICE_RULES.has(finding.rule))).to.equal(true);
    });

    it('a design not for production gets no error: its flaws are raised as warnings at most, the same findings otherwise', async () => {
        const production = await reviewOf(designWith(''));
        expect(production.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule)).to.include('sec/exposed-data-store');
        for (const purpose of ['demo', 'sample', 'benchmark', 'poc', 'teaching']) {
            const demo = await reviewOf(designWith(`  requirements { purpose: ${purpose} }\n`));
            expect(demo.findings.filter((finding) => finding.severity === 'error'), purpose).to.deep.equal([]);
            expect(demo.findings.find((finding) => finding.rule === 'sec/exposed-data-store')?.severity, purpose).to.equal('warning');
        }
    });

    it('a severity the configuration sets is kept in a design not for production (the user chose it)', async () => {
        const workspace = await buildWorkspace(designWith('  requirements { purpose: demo }\n'));
        const design = workspace.design('T');
        const findings = reviewDesigns([design], { overridesFor: () => new Map([['sec/exposed-data-store', { level: 'error' as const }]]) });
        expect(findings.find((finding) => finding.rule === 'sec/exposed-data-store')?.severity).to.equal('error');
    });

    it('a design stated for production is reviewed as an unstated one', async () => {
        const unstated = await reviewOf(designWith(''));
        const production = await reviewOf(designWith('  requirements { purpose: production }\n'));
        expect(production.findings.map((finding) => finding.rule)).to.deep.equal(unstated.findings.map((finding) => finding.rule));
    });

    it('says in the report which practice rules did not run, and nothing for production', async () => {
        const demo = await reviewOf(designWith('  requirements { purpose: benchmark }\n'));
        const text = workspaceReport({ designs: [demo.design], findings: demo.findings, estimatesOf: (built) => demo.workspace.services.design.EstimateService.estimatesFor(built), cwd: '/workspace', version: '0.0.0' });
        expect(text).to.match(/\| Out of scope \| Operational and hardening practices \(the design states what it is for: `purpose: benchmark`; the rules judging a missing practice did not run: [^|]*`sec\/no-waf`[^|]*\) \|/);
        const production = await reviewOf(designWith(''));
        const plain = workspaceReport({ designs: [production.design], findings: production.findings, estimatesOf: (built) => production.workspace.services.design.EstimateService.estimatesFor(built), cwd: '/workspace', version: '0.0.0' });
        expect(plain).to.not.contain('Operational and hardening practices');
    });
});
