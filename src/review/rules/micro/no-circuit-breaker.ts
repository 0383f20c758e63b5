import type { Component, Connection, Group } from '../../../model/design.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS, describe } from '../../../model/component-facts.js';
import { sameBoundary } from '../../helpers/systems.js';
import { reportDecision } from '../../helpers/one-decision.js';
import { namesOf } from '../../helpers/wording.js';
import { lacksTimeout } from '../../helpers/call-timeouts.js';

export default defineRule({
    meta: {
        id: 'micro/no-circuit-breaker',
        section: 'microservices',
        severity: 'info',
        description: 'A synchronous call across `system` groups without a circuit breaker.',
        rationale: 'A synchronous call into another team\'s system is where failures spread: when the callee slows down, callers keep sending requests, hold threads and connections while they wait, and run out of them themselves. A circuit breaker notices the failures, stops calling for a while and fails fast (or serves a fallback), so one system\'s outage stays in that system. It is the standard companion of timeouts on calls between bounded contexts.',
        question: 'What does the caller do when {element} keeps failing or hangs?',
        messages: {
            noBreakers: '{what} calls {count} services of other systems ({targets}) synchronously, none through a circuit breaker: when one of them slows down or fails, {what} keeps waiting on it and the failure spreads into {fromSystem}. One policy (`circuit_breaker: true` on the caller) settles them all.',
            noBreaker: '{id} calls from system {fromSystem} into system {toSystem} without a circuit breaker: when {target} slows down or fails, {source} keeps waiting on it and the failure spreads into {fromSystem}.'
        },
        fix: 'Sets `circuit_breaker: true` on the connection, or on the caller when every call it makes into other systems lacks one.',
        references: ['AWS Well-Architected REL05-BP01 Implement graceful degradation to transform applicable hard dependencies into soft dependencies', 'Michael Nygard, Release It!, 2nd ed.: Circuit Breaker', 'Microsoft Azure Architecture Center: Circuit Breaker pattern'],
        decisions: [
            'A call counts when it is synchronous and goes from a service, worker, function or gateway to another of those kinds, and both ends sit in `system` groups that are not nested one in the other. Calls to stores (micro/shared-database) and to external systems are not judged here.',
            'A call has a circuit breaker when the connection sets `circuit_breaker: true`, or sets nothing and its source declares `circuit_breaker: true` for all its outgoing calls; `circuit_breaker: false` on the connection wins over the source.',
            'Components outside every system are not in a system, so calls to or from them do not cross one.',
            'A durable workflow orchestrator (an engine whose facts say `durable_workflow`, such as Step Functions) is not judged as a caller: each run is its own execution whose task calls are bounded and caught into compensating steps, so a failing callee fails that run and does not spread.',
            'A call that states no timeout either is left to `avail/no-timeout`, whose one policy question already names both the timeout and the circuit breaker: asking again here would repeat it on the same calls. This rule asks about the calls that are bounded by a timeout but still have no breaker, and about calls that rule does not judge (no protocol stated).',
            'The calls of one caller into other systems are one decision: when none of them has a circuit breaker and there are two or more, one finding on the caller lists them; a call is reported on its own when the caller\'s other calls have one.'
        ],
        quality: {
            grouping: 'One finding per caller when none of its calls into other systems has a circuit breaker (the calls listed, one fix on the caller); per call only where the caller\'s other calls have one.',
            basis: 'Stated: the `system` groups, the synchronous connections and their `circuit_breaker` (or the caller\'s).',
            unknowns: 'Components outside every system, calls to stores or external systems, and calls made by a durable workflow orchestrator (engine fact `durable_workflow`) are not judged; calls with no timeout either are `avail/no-timeout`\'s question, not a second one here.',
            severity: 'Info: a question for the order path; on published designs most per-call copies, and the copies of the timeout question on calls that state no timeout, were noise; one per caller, on calls that have a timeout, is what a reviewer asks.'
        },
        examples: {
            flagged: 'system Orders {\n  service OrderApi { replicas: 2 }\n}\nsystem Stock {\n  service StockApi { replicas: 2 }\n}\nOrderApi -> StockApi : grpcs { timeout: 2s }',
            fixed: 'system Orders {\n  service OrderApi { replicas: 2 }\n}\nsystem Stock {\n  service StockApi { replicas: 2 }\n}\nOrderApi -> StockApi : grpcs { timeout: 2s, circuit_breaker: true }'
        }
    },
    check({ design, index, report }) {
        const crossingBySource = new Map<Component, Crossing[]>();
        for (const connection of design.connections) {
            const from = index.systemOf(connection.source);
            const to = index.systemOf(connection.target);
            // A call with no timeout either is already in avail/no-timeout's one policy question ("no timeout and no circuit breaker").
            if (!from || !to || sameBoundary(from, to) || !isCallBetweenCode(connection) || lacksTimeout(connection) || isDurableWorkflow(connection.source)) {
                continue;
            }
            const crossings = crossingBySource.get(connection.source) ?? [];
            crossings.push({ connection, from, to });
            crossingBySource.set(connection.source, crossings);
        }
        for (const [source, crossings] of crossingBySource) {
            const unguarded = crossings.filter((crossing) => !hasCircuitBreaker(crossing.connection));
            reportDecision(report, {
                affected: unguarded.map((crossing) => ({ on: crossing.connection, note: `${crossing.connection.id}: into system ${crossing.to.name}` })),
                peers: crossings.length,
                once: {
                    on: source,
                    messageId: 'noBreakers',
                    data: { what: describe(source), count: unguarded.length, fromSystem: unguarded[0]?.from.name ?? '', targets: namesOf(unguarded.map((crossing) => crossing.connection.target)) },
                    fix: { kind: 'set-properties', title: `Call every other system from ${source.name} through a circuit breaker`, target: source, properties: [{ key: 'circuit_breaker', value: 'true' }] }
                },
                each: ({ on }) => callFinding(unguarded.find((crossing) => crossing.connection === on) ?? unguarded[0])
            });
        }
    }
});

/**
 * A durable workflow orchestrator (Step Functions, engine fact): each run is
 * its own execution and a failed task is caught into compensation, so a
 * failing callee fails that run; it holds no shared threads for the failure
 * to spread through, and a breaker would only fail faster.
 */
function isDurableWorkflow(component: Component): boolean {
    return component.engine?.durableWorkflow === true;
}

/** A synchronous call from code in one system into code in another. */
interface Crossing {
    readonly connection: Connection;
    readonly from: Group;
    readonly to: Group;
}

function callFinding({ connection, from, to }: Crossing): Report {
    return {
        on: connection,
        messageId: 'noBreaker',
        data: { id: connection.id, fromSystem: from.name, toSystem: to.name, source: describe(connection.source), target: describe(connection.target) },
        fix: { kind: 'set-properties', title: `Call ${connection.target.name} through a circuit breaker`, target: connection, properties: [{ key: 'circuit_breaker', value: 'true' }] }
    };
}

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
