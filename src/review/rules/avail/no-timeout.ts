import type { Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';

/** Application code that holds a thread or a request open while it waits. */
const CALLER_KINDS = new Set(['service', 'worker', 'function']);
/** What such code calls as a service: another service, a function, a third party, or a balancer in front of services. */
const CALLEE_KINDS = new Set(['service', 'function', 'external', 'loadbalancer', 'gateway']);

export default defineRule({
    meta: {
        id: 'avail/no-timeout',
        section: 'failure-recovery',
        severity: 'info',
        description: 'A synchronous service-to-service call with neither a timeout nor a circuit breaker.',
        rationale: 'A dependency that hangs is worse than one that fails: every call to it waits, holding a thread, a connection and the caller\'s own request, until the caller runs out of them and stops answering too. A timeout (shorter than the caller\'s own deadline) bounds the wait; a circuit breaker stops calling a dependency that keeps failing. Library defaults are often infinite or far too long.',
        question: 'How long does {element} wait before giving up, and what does its caller see meanwhile?',
        messages: {
            noTimeout: '{id} has no timeout and no circuit breaker: when {target} hangs, {source} waits on it with every request in flight, until {source} stops answering too.'
        },
        fix: 'Sets `timeout: 2s` on the connection.',
        references: ['AWS Well-Architected REL05-BP05 Set client timeouts', 'AWS Well-Architected REL05-BP01 Implement graceful degradation to transform applicable hard dependencies into soft dependencies'],
        decisions: [
            'Callers are services, workers and functions; callees are services, functions, external systems (a hung third party is the classic case) and load balancers or gateways in front of services. Calls to stores are left to the drivers\' own timeouts.',
            'Only synchronous connections: an asynchronous one does not hold the caller.',
            'A `timeout` or `circuit_breaker: true` on the connection, or the caller\'s default `timeout` or `circuit_breaker: true`, addresses it.'
        ],
        examples: {
            flagged: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Web -> Orders',
            fixed: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Web\nWeb -> Orders { timeout: 2s }'
        }
    },
    check({ design, report }) {
        for (const connection of design.connections) {
            const { source, target } = connection;
            if (connection.mode !== 'sync' || !CALLER_KINDS.has(source.kind) || !CALLEE_KINDS.has(target.kind) || isBounded(connection)) {
                continue;
            }
            report({
                on: connection,
                messageId: 'noTimeout',
                data: { id: connection.id, source: source.name, target: target.name },
                fix: { kind: 'set-properties', title: 'Time the call out after 2s', target: connection, properties: [{ key: 'timeout', value: '2s' }] }
            });
        }
    }
});

/** A timeout or a circuit breaker on the connection, or as the caller's default. */
function isBounded(connection: Connection): boolean {
    return [connection.properties, connection.source.properties].some((properties) =>
        (properties.number('timeout') ?? 0) > 0 || properties.boolean('circuit_breaker') === true);
}
