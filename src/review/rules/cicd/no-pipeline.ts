import { defineRule } from '../../rule.js';
import { hasPipeline, shipsCode } from '../../helpers/deployment.js';

export default defineRule({
    meta: {
        id: 'cicd/no-pipeline',
        section: 'delivery',
        severity: 'warning',
        description: 'The design declares no CI/CD pipeline (`deployment.pipeline`).',
        rationale: 'Without continuous integration and delivery, every release is built, tested and shipped by hand: slowly, differently each time, and with the steps someone forgot. A pipeline makes each change go through the same build, the same automated tests and the same deployment, so releases become small, frequent and reversible, which is what keeps change from causing outages.',
        question: 'How does a change to {design} get from a commit to production, and what stops a bad build on the way?',
        messages: {
            missing: 'Design {name} declares no CI/CD pipeline: releases are built, tested and shipped by hand, so they are slow, unrepeatable and easy to get wrong.'
        },
        references: ['AWS Well-Architected OPS05-BP10 Fully automate integration and deployment', 'AWS Well-Architected REL08-BP05 Deploy changes with automation'],
        decisions: [
            'Only designs that run code of their own (a service, worker, function or gateway) are judged: managed stores alone have nothing to build.',
            'A pipeline is declared by `deployment.pipeline` (a CI/CD system such as `github_actions`); `none` does not count.',
            'There is no quick fix: which CI/CD system to use is the team\'s choice.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api : https',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions }'
        }
    },
    check({ design, index, report }) {
        if (shipsCode(index) && !hasPipeline(design)) {
            report({ on: design, messageId: 'missing', data: { name: design.name } });
        }
    }
});
