/**
 * One decision, one finding (src/review/helpers/one-decision.ts), and a
 * finding that rests on an assumption being capped at info
 * (src/review/review.ts), through a rule written for the test.
 */
import { expect } from 'chai';
import { defineRule } from '../../src/review/rule.js';
import { decisionScope, reportDecision } from '../../src/review/helpers/one-decision.js';
import { runRule } from '../helpers/rule-tester.js';

/** Flags databases without `backup`: once when none has one, each when peers differ. */
const backupDecision = defineRule({
    meta: {
        id: 'test/backup-decision',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'test rule',
        rationale: 'test rule',
        question: 'Backups?',
        messages: { once: 'No database of {scope} is backed up.', each: '{name} is not backed up while its peers are.' },
        quality: { grouping: 'test rule', basis: 'test rule', unknowns: 'test rule', severity: 'test rule' },
        examples: { flagged: '', fixed: '' }
    },
    check({ design, report }) {
        const databases = design.components.filter((component) => component.kind === 'database');
        const missing = databases.filter((database) => !database.properties.has('backup'));
        const scope = decisionScope(design, missing);
        reportDecision(report, {
            affected: missing.map((database) => ({ on: database, note: `${database.name}: no backup` })),
            peers: databases.length,
            once: { on: scope, messageId: 'once', data: { scope: 'name' in scope ? scope.name : '' } },
            each: (item) => ({ on: item.on, messageId: 'each', data: { name: 'name' in item.on ? String(item.on.name) : '' } })
        });
    }
});

/** Reports one finding resting on an assumed capacity, at the rule's default error severity. */
const assumedCapacity = defineRule({
    meta: {
        id: 'test/assumed-capacity',
        section: 'scaling',
        severity: 'error',
        description: 'test rule',
        rationale: 'test rule',
        question: 'Capacity?',
        messages: { over: 'Is {name} over capacity?' },
        quality: { grouping: 'test rule', basis: 'test rule', unknowns: 'test rule', severity: 'test rule' },
        examples: { flagged: '', fixed: '' }
    },
    check({ design, report }) {
        for (const component of design.components) {
            report({
                on: component,
                messageId: 'over',
                data: { name: component.name },
                basis: 'assumed',
                assumptions: [{ element: component.name, text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' }]
            });
        }
    }
});

describe('one decision, one finding', () => {
    it('reports once, on the design, listing every element, when no peer settles the decision', async () => {
        const findings = await runRule(backupDecision, 'service Api\ndatabase A\ndatabase B\nApi -> A\nApi -> B');
        expect(findings.map((finding) => [finding.element, finding.message])).to.deep.equal([[undefined, 'No database of T is backed up.']]);
        expect(findings[0].related?.map((related) => related.message)).to.deep.equal(['A: no backup', 'B: no backup']);
    });

    it('reports on the innermost group holding all the affected elements', async () => {
        const findings = await runRule(backupDecision, 'service Api\nnetwork Data {\n  database A\n  database B\n}\nApi -> A\nApi -> B');
        expect(findings.map((finding) => [finding.element, finding.message])).to.deep.equal([['Data', 'No database of Data is backed up.']]);
    });

    it('reports per element where the elements differ', async () => {
        const findings = await runRule(backupDecision, 'service Api\ndatabase A\ndatabase B { backup: { interval: 1d } }\ndatabase C\nApi -> A\nApi -> B\nApi -> C');
        expect(findings.map((finding) => [finding.element, finding.message])).to.deep.equal([
            ['A', 'A is not backed up while its peers are.'],
            ['C', 'C is not backed up while its peers are.']
        ]);
        expect(findings.every((finding) => finding.related === undefined)).to.equal(true);
    });

    it('reports a lone element on itself', async () => {
        const findings = await runRule(backupDecision, 'service Api\ndatabase A\nApi -> A');
        expect(findings.map((finding) => finding.element)).to.deep.equal(['A']);
    });
});

describe('a finding resting on an assumption', () => {
    it('is at most info, and carries its basis and assumptions', async () => {
        const [finding] = await runRule(assumedCapacity, 'service Api');
        expect(finding.severity).to.equal('info');
        expect(finding.basis).to.equal('assumed');
        expect(finding.assumptions).to.deep.equal([{ element: 'Api', text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' }]);
    });
});
