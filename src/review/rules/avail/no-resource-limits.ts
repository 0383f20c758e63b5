import { inScope } from '../../../model/out-of-scope.js';
import { reportStatedGap } from '../../helpers/stated-gap.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    meta: {
        id: 'avail/no-resource-limits',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'Components whose deployment states no memory limit for their containers (`resource_limits: false`, written by an import from Kubernetes manifests).',
        rationale: 'A container with no memory limit can use all of its node\'s memory: a leak or a burst of traffic in one service makes the node evict or kill its neighbours, so one fault takes down unrelated services, and the scheduler, which places pods by what they request, cannot keep them apart. A memory limit turns the fault into the restart of the one container at fault. (CPU limits are a trade-off many teams skip; this rule asks only for memory.)',
        question: 'What stops a memory leak in {element} from taking down the other services on its node?',
        messages: {
            noLimit: '{what} states no memory limit: a leak or a burst in it can take its node\'s memory and get the services beside it evicted.',
            noLimitEach: '{count} components state no memory limit ({components}): a leak or a burst in any of them can take a node\'s memory and get unrelated services evicted. Limits are one decision for the deployment: a memory limit on every container.'
        },
        fix: 'Sets `resource_limits: true` on each component the finding lists.',
        references: ['Kubernetes documentation: Resource Management for Pods and Containers', 'AWS Well-Architected REL05-BP04 Fail fast and limit queues (isolating faults)'],
        quality: {
            grouping: 'Limits are one decision for a deployment: several components without a memory limit are one finding on their network or design, listing them, even beside limited peers (the stores of a demo often lack them while its services have them); a single one is reported on its own.',
            basis: 'Stated: `resource_limits`, which an import writes from Kubernetes manifests (a container\'s `resources.limits.memory`).',
            unknowns: 'An unstated `resource_limits` is not judged: a design leaves the platform out, and a Compose file with no limits is usually a development setup, so the Compose import writes the property only where the file sets limits. Components the design draws but does not describe (`out_of_scope: true`) are not judged.',
            severity: 'A warning: a stated gap that turns one component\'s fault into its neighbours\', though not an outage on its own. The reviewers of the import corpus raised it on four of six manifest sets.'
        },
        decisions: [
            'Only memory limits count: CPU limits throttle a container that could use idle CPU, and many teams set CPU requests only.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2, resource_limits: false }',
            fixed: 'service Api { replicas: 2, resource_limits: true }'
        }
    },
    check({ design, report }) {
        const unlimited = inScope(design.components.filter((component) => !component.foreign && component.properties.get('resource_limits') === false));
        reportStatedGap(report, design, {
            affected: unlimited,
            // One policy for the deployment: several without limits are one finding, even beside limited peers.
            peers: unlimited.length,
            property: 'resource_limits',
            messageIds: { one: 'noLimit', several: 'noLimitEach' },
            lacks: 'no memory limit',
            fixTitle: 'Limit the memory of'
        });
    }
});
