import type { ComponentKind, EngineInfo } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { joinWords } from '../../helpers/wording.js';

/**
 * Kinds that one engine legitimately serves interchangeably: Lambda runs a
 * service, a worker or a function alike; an L7 load balancer routes like a
 * gateway and the other way round. Naming the "wrong" one of a family is a
 * style choice, not a mistake.
 */
const INTERCHANGEABLE: readonly (readonly ComponentKind[])[] = [
    ['service', 'worker', 'function'],
    ['loadbalancer', 'gateway']
];

export default defineRule({
    meta: {
        id: 'data/engine-kind-mismatch',
        section: 'data-store',
        severity: 'warning',
        description: 'An engine used on a kind of component it does not serve (a `queue` on postgres, a `database` on memcached).',
        rationale: 'The kind says what a component is for; the engine says what it can do. A `database` on Memcached has no persistence or replication, so a restart loses the data; a `queue` on PostgreSQL has no consumer groups, acknowledgements or retention unless the team builds them. Either the kind or the engine is wrong, and the review judges the component with facts that do not fit it. If the choice is deliberate (a queue table in PostgreSQL), say so by suppressing this finding with a reason.',
        question: 'What role does {element} play, and is its engine built for that role?',
        messages: {
            mismatch: '{what} uses engine {engine}, which serves as {served}, not as {kind}: either the kind or the engine is wrong, and the review judges it with facts that do not fit.'
        },
        references: ['ArchLens knowledge base (`src/engine-catalog/engines.json`): the kinds each engine serves'],
        quality: {
            grouping: 'One finding per component.',
            basis: 'Engine: the kinds the engine\'s catalogue entry serves.',
            unknowns: 'Unknown engines are `data/unknown-engine`\'s; interchangeable kinds (service, worker, function; load balancer, gateway) are not mismatches.',
            severity: 'Warning: a likely mistake in the design; no corpus design has one.'
        },
        decisions: [
            'An engine serves the kinds its knowledge-base entry (or the config\'s `engines`) lists; unknown engines are `data/unknown-engine`.',
            'Service, worker and function are interchangeable, as are load balancer and gateway: an engine that serves one of them serves the others.',
            'Components of other designs are left to their own design\'s review.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Sessions { engine: memcached }\nApi -> Sessions',
            fixed: 'service Api { replicas: 2 }\ncache Sessions { engine: memcached }\nApi -> Sessions'
        }
    },
    check({ design, report }) {
        for (const component of design.components) {
            const engine = component.engine;
            if (component.foreign || engine === undefined || !engine.known || serves(engine, component.kind)) {
                continue;
            }
            report({
                on: component,
                messageId: 'mismatch',
                data: { what: describe(component), engine: engine.id, served: joinWords(engine.kinds.map((kind) => KIND_NOUNS[kind]), 'or'), kind: KIND_NOUNS[component.kind] }
            });
        }
    }
});

function serves(engine: EngineInfo, kind: ComponentKind): boolean {
    const family = INTERCHANGEABLE.find((kinds) => kinds.includes(kind)) ?? [kind];
    return family.some((member) => engine.kinds.includes(member));
}

/** How messages name what a kind is. */
const KIND_NOUNS: Readonly<Record<ComponentKind, string>> = {
    client: 'a client',
    external: 'an external system',
    dns: 'DNS',
    cdn: 'a CDN',
    loadbalancer: 'a load balancer',
    gateway: 'a gateway',
    service: 'a service',
    worker: 'a worker',
    function: 'a function',
    database: 'a database',
    cache: 'a cache',
    queue: 'a queue',
    storage: 'object storage',
    search: 'a search index',
    coordinator: 'a coordinator',
    idp: 'an identity provider',
    monitoring: 'monitoring',
    logging: 'logging'
};
