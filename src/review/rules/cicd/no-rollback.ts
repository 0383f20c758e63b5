import { defineRule } from '../../rule.js';
import { deploymentOf, shipsCode } from '../../helpers/deployment.js';

/** Strategies that keep the previous version serving, so switching back is part of the strategy. */
const STRATEGIES_WITH_A_WAY_BACK = ['blue_green', 'canary'];

export default defineRule({
    meta: {
        id: 'cicd/no-rollback',
        section: 'delivery',
        severity: 'warning',
        description: '`deployment.rollback` is missing or `none`.',
        rationale: 'Most outages follow a change. The fastest way out is back to the last good version, automatically when health checks or error rates say the release is bad. Without a planned rollback, a bad release is fixed forward: while users wait, someone writes, reviews, tests and ships a fix under pressure.',
        question: 'When a release of {design} goes wrong, how do you get back to the last good version, and how fast?',
        messages: {
            missing: 'Design {name} declares no rollback: when a release goes wrong, going back to the last good version is improvised under pressure while users wait.',
            none: 'Design {name} declares rollback: none: a bad release can only be fixed forward, and users wait while the fix is written, tested and shipped.'
        },
        fix: 'Sets `rollback: automatic` in the `deployment` block.',
        references: ['AWS Well-Architected OPS06-BP01 Plan for unsuccessful changes', 'AWS Well-Architected OPS06-BP04 Automate testing and rollback'],
        decisions: [
            'Only designs that run code of their own (a service, worker, function or gateway) are judged.',
            'A design without a `deployment` block is left to `cicd/no-pipeline`: one finding says that delivery is not described at all, rather than three.',
            '`rollback: manual` is a plan and is not flagged; a missing `rollback` and `rollback: none` are.',
            'Blue-green and canary deployments keep the previous version serving, so switching back is part of the strategy: with one of them a missing `rollback` is not flagged (an explicit `none` still is).'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: rolling }',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: rolling, rollback: automatic }'
        }
    },
    check({ design, index, report }) {
        const deployment = deploymentOf(design);
        const rollback = deployment?.string('rollback');
        const strategy = deployment?.string('strategy');
        if (!deployment || !shipsCode(index) || (rollback !== undefined && rollback !== 'none')) {
            return;
        }
        if (rollback === undefined && strategy !== undefined && STRATEGIES_WITH_A_WAY_BACK.includes(strategy)) {
            return;
        }
        report({
            on: design,
            messageId: rollback === 'none' ? 'none' : 'missing',
            data: { name: design.name },
            fix: { kind: 'set-settings', title: 'Roll back automatically', settings: 'deployment', properties: [{ key: 'rollback', value: 'automatic' }] }
        });
    }
});
