import type { Component, ComponentKind, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { feedsReplicaDatabase, isReplicaDatabase } from '../../helpers/replica-reads.js';
import { isMultiRegion } from '../../../model/regions.js';
import { listOf } from '../../helpers/wording.js';

/** Observers and outsiders: sharing them does not stop a stamp's requests. */
const EXEMPT_KINDS = new Set<ComponentKind>(['client', 'external', 'monitoring', 'logging']);

/** Entries that carry every request to the stamps behind them (DNS only answers where to go, from many resolvers' caches). */
const ENTRY_KINDS = new Set<ComponentKind>(['loadbalancer', 'gateway', 'cdn']);

export default defineRule({
    meta: {
        id: 'avail/shared-global-dependency',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'In a design deployed as copies per region (stamps), every copy depends on one shared component, or is reached only through one shared entry.',
        rationale: 'A multi-region design repeats its stamp in each region so that one region\'s failure leaves the others serving. A dependency every stamp shares (one global database account, one registry, one configuration store) undoes that: its outage, a throttling event or one bad change to it reaches every region at once. Such a dependency needs to be known and accepted, with its own multi-region failover and change control, or each stamp needs a way to keep working without it.',
        question: 'What happens to every region when {element} fails or a bad change reaches it?',
        messages: {
            sharedEntry: 'Every stamp is reached through {what} (it routes to {copies}, the stamps\' copies): its outage, or one bad routing or WAF change to it, stops every region at once. Is it an accepted global dependency, and is there a way to reach the regions without it (a DNS switch to a standby entry)?',
            shared: 'Every stamp depends on {what} (called by {copies}, the stamps\' copies): its outage, or one bad change to it, stops every region at once. Is it an accepted global dependency, with its own multi-region failover and careful change control, or can each stamp keep working without it?'
        },
        references: ['Azure Well-Architected mission-critical: deployment stamps and global resources', 'AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations'],
        quality: {
            grouping: 'One finding per shared dependency, on it, listing the stamp copies that call it (or that a shared entry routes to) as related locations.',
            basis: 'Stated: the regions of the deployment, the copies (components of the same kind, title and engine) and their connections.',
            unknowns: 'Only designs that state two or more regions (or an active-passive or active-active mode) and draw their stamps as copies are judged; a dependency reached by only some copies, or by observers only, is not; DNS in front of the stamps is not judged.',
            severity: 'A warning: the dependency may be accepted by design (a global database with multi-region writes), but a reviewer always raises it (3 of 3 on the 37 tuning designs: a global database, and a global Front Door the sources themselves name as a failure point of every region).'
        },
        decisions: [
            'Stamps are read from the copies a design draws: two or more components of the same kind with the same title and engine (`service ApiA "Frontend API"` and `service ApiB "Frontend API"`).',
            'A component that is not itself copied and that every copy of some copied component connects to (reading, writing or calling it) is shared by every stamp.',
            'The design must run in two or more regions (`deployment.regions`, network `region`s, or an active-passive or active-active mode).',
            'Clients, external systems, monitoring and logging are not judged, nor are their connections.',
            'A database that replicates to another drawn database, or is fed by one (a primary and its geo-secondary in a failover group), is not judged: the pair is the data\'s own failover across regions, which is what the question asks for (field corpus, round 31: a SQL auto-failover group\'s primary and secondary, each reachable from both regions\' apps, were two warnings).',
            'A single load balancer, gateway or CDN that routes to every copy of a copied component (one global entry in front of every region) is shared the same way: its outage or one bad routing change stops every region. DNS is not judged: resolvers cache its answers and it is the usual way to steer around a region.'
        ],
        examples: {
            flagged: 'client U\ndatabase Global { engine: cosmosdb }\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> ApiA -> Global\nU -> ApiB -> Global\ndeployment { regions: [east, west], mode: active_active }',
            fixed: 'client U\ndatabase DbA "Regional store" { engine: cosmosdb }\ndatabase DbB "Regional store" { engine: cosmosdb }\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> ApiA -> DbA\nU -> ApiB -> DbB\ndeployment { regions: [east, west], mode: active_active }'
        }
    },
    check({ design, index, report }) {
        if (!isMultiRegion(design)) {
            return;
        }
        const copySets = copiesOf(design);
        const copied = new Set(copySets.flat());
        for (const component of design.components) {
            if (component.foreign || copied.has(component) || EXEMPT_KINDS.has(component.kind) || isReplicaPairMember(component, index)) {
                continue;
            }
            const sharers = copySets.filter((copies) => copies.every((copy) => connects(copy, component, index))).flat();
            const routed = sharers.length > 0 ? [] : routesToEveryStamp(component, copySets, index);
            if (sharers.length > 0) {
                report(sharedFinding(component, 'shared', sharers, 'a stamp\'s copy that depends on'));
            } else if (routed.length > 0) {
                report(sharedFinding(component, 'sharedEntry', routed, 'a stamp\'s copy reached only through'));
            }
        }
    }
});

/** Components drawn once per stamp: two or more of the same kind, title and engine (observers left out). */
function copiesOf(design: Design): Component[][] {
    const byShape = new Map<string, Component[]>();
    for (const component of design.components) {
        if (component.title === undefined || component.foreign || EXEMPT_KINDS.has(component.kind)) {
            continue;
        }
        const shape = `${component.kind}|${component.title}|${component.engine?.id ?? ''}`;
        byShape.set(shape, [...(byShape.get(shape) ?? []), component]);
    }
    return [...byShape.values()].filter((copies) => copies.length >= 2);
}

/**
 * The copies a single entry (a global load balancer or gateway, not DNS,
 * whose answers are cached and served from many places) routes every
 * request to: it reaches every copy of a copied component, so its outage
 * or one bad routing change stops every region at once.
 */
function routesToEveryStamp(component: Component, copySets: readonly Component[][], index: DesignIndex): Component[] {
    if (!ENTRY_KINDS.has(component.kind)) {
        return [];
    }
    return copySets.filter((copies) => copies.every((copy) => connects(component, copy, index))).flat();
}

/**
 * A database that replicates to another drawn database, or is fed by one (a
 * failover group's primary and geo-secondary): the pair is the data's own
 * failover across regions, which the question asks for, so neither is one
 * global store every region stops with.
 */
function isReplicaPairMember(component: Component, index: DesignIndex): boolean {
    return isReplicaDatabase(component, index) || feedsReplicaDatabase(component, index);
}

function connects(source: Component, target: Component, index: DesignIndex): boolean {
    return index.outgoing(source).some((connection) => connection.target === target);
}

/** One finding on the shared component, each stamp's copy that leans on it a related location. */
function sharedFinding(component: Component, messageId: 'shared' | 'sharedEntry', copies: readonly Component[], relation: string): Report {
    return {
        on: component,
        messageId,
        data: { what: describe(component), copies: listOf(copies) },
        basis: 'stated',
        related: copies.map((copy) => ({ on: copy, message: `${describe(copy)}: ${relation} ${component.name}` }))
    };
}
