import { defineRule } from '../../rule.js';
import { deploymentOf, deploysByGitOps, iacRollsBack, shipsCode } from '../../helpers/deployment.js';

/** Strategies that replace the running version in place: going back is a separate step that must be planned. */
const STRATEGIES_IN_PLACE = ['rolling', 'recreate'];

export default defineRule({
    meta: {
        id: 'cicd/no-rollback',
        section: 'delivery',
        practice: true,
        severity: 'info',
        description: 'Releases replace the running version in place (`strategy: rolling` or `recreate`) and nothing says how a bad one is rolled back.',
        rationale: 'Most outages follow a change. The fastest way out is back to the last good version, automatically when health checks or error rates say the release is bad. Without a planned rollback, a bad release is fixed forward: while users wait, someone writes, reviews, tests and ships a fix under pressure.',
        question: 'When a release of {design} goes wrong, how do you get back to the last good version, and how fast?',
        messages: {
            missing: 'Design {name} replaces the running version in place (strategy: {strategy}) and does not say how a bad release is rolled back: is going back to the last good version automatic, planned, or improvised while users wait?'
        },
        fix: 'Sets `rollback: automatic` in the `deployment` block.',
        references: ['AWS Well-Architected OPS06-BP01 Plan for unsuccessful changes', 'AWS Well-Architected OPS06-BP04 Automate testing and rollback'],
        quality: {
            grouping: 'One design-wide finding: how releases are rolled back is one decision for the whole design.',
            basis: 'Uses no figure: it reads `deployment.strategy`, `deployment.rollback` and `deployment.pipeline`.',
            unknowns: 'Only a release process the design describes is judged: no strategy means no finding (delivery unsaid is `cicd/no-pipeline`\'s question), and a stated `rollback: none` is the design\'s decision to roll forward, not a gap; CloudFormation templates (`iac: cloudformation`, `cdk`, `sam`) roll a failed update back by themselves.',
            severity: 'Info: a question; on the field corpus none of the seven findings of the old warning (rollback missing wherever a deployment block was) was worth raising.'
        },
        decisions: [
            'Only designs that run code of their own (a service, worker, function or gateway) are judged.',
            'Judged only when `deployment.strategy` is `rolling` or `recreate`: a design that does not say how releases replace the running version has no release process whose way back could be judged, and blue-green and canary deployments keep the previous version serving, so switching back is part of the strategy.',
            'Any stated `rollback` settles it: `automatic` and `manual` are plans, and `none` is a deliberate roll-forward (small, frequent releases fixed forward), the design\'s decision to make.',
            'A GitOps deployer (`pipeline: flux` or `argocd`) rolls back by reverting a commit in the manifests repository: not flagged.',
            'Nor is a release through templates whose engine rolls a failed update back by itself (`iac: cloudformation`, `cdk` or `sam`): the way back from a failed release is the engine\'s; undoing a healthy but bad release is a finer question than this rule asks (on the field corpus it was not worth raising for such a design).'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: rolling }',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: rolling, rollback: automatic }'
        }
    },
    check({ design, index, report }) {
        const deployment = deploymentOf(design);
        const strategy = deployment?.string('strategy');
        if (!deployment || !shipsCode(index) || deployment.has('rollback') || deploysByGitOps(design) || iacRollsBack(design)) {
            return;
        }
        if (strategy === undefined || !STRATEGIES_IN_PLACE.includes(strategy)) {
            return;
        }
        report({
            on: design,
            messageId: 'missing',
            data: { name: design.name, strategy },
            fix: { kind: 'set-settings', title: 'Roll back automatically', settings: 'deployment', properties: [{ key: 'rollback', value: 'automatic' }] }
        });
    }
});
