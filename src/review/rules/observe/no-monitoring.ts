import { defineRule } from '../../rule.js';

export default defineRule({
    meta: {
        id: 'observe/no-monitoring',
        section: 'observability',
        severity: 'warning',
        description: 'The design has services but no monitoring component.',
        rationale: 'Without metrics nobody sees a failing dependency, a saturated database or a slow endpoint until users complain. A metrics system (Prometheus, CloudWatch, Datadog) with dashboards is the first thing an on-call engineer opens.',
        question: 'Which metrics tell you that {design} is failing or saturating before its users do?',
        messages: {
            missing: 'Design {name} has {services} and no monitoring: failures and saturation go unseen until users report them.'
        },
        fix: 'Adds `monitoring Metrics { engine: prometheus, alerts: pagerduty }`.',
        references: ['AWS Well-Architected REL06-BP01 Monitor all components for the workload', 'AWS Well-Architected REL11-BP01 Monitor all components of the workload to detect failures'],
        decisions: ['Services, workers and functions count as services; a design of only stores and clients is not flagged.'],
        examples: {
            flagged: 'service Api',
            fixed: 'service Api\nmonitoring Metrics { engine: prometheus, alerts: pagerduty }'
        }
    },
    check({ design, index, report }) {
        const services = index.ofKind('service', 'worker', 'function');
        if (services.length === 0 || index.ofKind('monitoring').length > 0) {
            return;
        }
        report({
            on: design,
            messageId: 'missing',
            data: { name: design.name, services: services.length === 1 ? '1 service' : `${services.length} services` },
            fix: {
                kind: 'add-component',
                title: 'Add a monitoring component',
                component: { kind: 'monitoring', name: 'Metrics', properties: [{ key: 'engine', value: 'prometheus' }, { key: 'alerts', value: 'pagerduty' }] },
                from: []
            }
        });
    }
});
