import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS, describe } from '../../../model/component-facts.js';
import { sameBoundary } from '../../helpers/systems.js';

export default defineRule({
    meta: {
        id: 'micro/no-circuit-breaker',
        section: 'microservices',
        severity: 'info',
        description: 'A synchronous call across `system` groups without a circuit breaker.',
        rationale: 'A synchronous call into another team\'s system is where failures spread: when the callee slows down, callers keep sending requests, hold threads and connections while they wait, and run out of them themselves. A circuit breaker notices the failures, stops calling for a while and fails fast (or serves a fallback), so one system\'s outage stays in that system. It is the standard companion of timeouts on calls between bounded contexts.',
        question: 'What does the caller do when {element} keeps failing or hangs?',
        messages: {
            noBreaker: '{id} calls from system {fromSystem} into system {toSystem} without a circuit breaker: when {target} slows down or fails, {source} keeps waiting on it and the failure spreads into {fromSystem}.'
        },
        fix: 'Sets `circuit_breaker: true` on the connection.',
        references: ['AWS Well-Architected REL05-BP01 Implement graceful degradation to transform applicable hard dependencies into soft dependencies', 'Michael Nygard, Release It!, 2nd ed.: Circuit Breaker', 'Microsoft Azure Architecture Center: Circuit Breaker pattern'],
        decisions: [
            'A call counts when it is synchronous and goes from a service, worker, function or gateway to another of those kinds, and both ends sit in `system` groups that are not nested one in the other. Calls to stores (micro/shared-database) and to external systems are not judged here.',
            'A call has a circuit breaker when the connection sets `circuit_breaker: true`, or sets nothing and its source declares `circuit_breaker: true` for all its outgoing calls; `circuit_breaker: false` on the connection wins over the source.',
            'Components outside every system are not in a system, so calls to or from them do not cross one.'
        ],
        examples: {
            flagged: 'system Orders {\n  service OrderApi { replicas: 2 }\n}\nsystem Stock {\n  service StockApi { replicas: 2 }\n}\nOrderApi -> StockApi : grpcs',
            fixed: 'system Orders {\n  service OrderApi { replicas: 2 }\n}\nsystem Stock {\n  service StockApi { replicas: 2 }\n}\nOrderApi -> StockApi { protocol: grpcs, circuit_breaker: true }'
        }
    },
    check({ design, index, report }) {
        for (const connection of design.connections) {
            const from = index.systemOf(connection.source);
            const to = index.systemOf(connection.target);
            if (!from || !to || sameBoundary(from, to) || !isCallBetweenCode(connection) || hasCircuitBreaker(connection)) {
                continue;
            }
            report({
                on: connection,
                messageId: 'noBreaker',
                data: { id: connection.id, fromSystem: from.name, toSystem: to.name, source: describe(connection.source), target: describe(connection.target) },
                fix: { kind: 'set-properties', title: `Call ${connection.target.name} through a circuit breaker`, target: connection, properties: [{ key: 'circuit_breaker', value: 'true' }] }
            });
        }
    }
});

function isCode(component: Component): boolean {
    return COMPUTE_KINDS.includes(component.kind);
}

function isCallBetweenCode(connection: Connection): boolean {
    return connection.mode === 'sync' && isCode(connection.source) && isCode(connection.target);
}

/** The connection's own setting, else the default its source declares for every outgoing call. */
function hasCircuitBreaker(connection: Connection): boolean {
    return (connection.properties.boolean('circuit_breaker') ?? connection.source.properties.boolean('circuit_breaker')) === true;
}
