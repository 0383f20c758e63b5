import type { Connection } from '../../../model/design.js';
import type { RelatedReport, Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { describe, runsProduct } from '../../../model/component-facts.js';
import { type Call, type Scc, type SyncServiceGraph, PATH_NAMES_SHOWN, SERVICE_KINDS, pathText, syncRequestGraphOf } from '../../graph/sync-service-graph.js';
import { relaysToOwner } from '../../../model/routing.js';

/** Related locations shown with one finding; a cycle of thousands of services would drown the editor. */
const MAX_RELATED = 25;

export default defineRule({
    meta: {
        id: 'micro/sync-cycle',
        section: 'microservices',
        severity: 'info',
        description: 'Synchronous calls between services form a cycle.',
        rationale: 'When services call each other synchronously in a loop, none of them can be deployed, scaled or fail on its own: a slow service holds the threads of every caller in the loop, which then hold the threads of the slow one, and the whole loop locks up under load (a distributed deadlock). A request can also bounce around the loop until it times out. Break the cycle: merge the services, move the shared logic to one of them, or turn one direction into an asynchronous event through a queue.',
        question: 'What happens to the requests in the cycle {element} when one of its services slows down?',
        messages: {
            selfCall: '{what} calls itself synchronously ({id}): every request waits on another request to the same service, and under load its instances exhaust each other\'s threads.',
            cycle: 'Synchronous calls form a cycle {cycle}: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.',
            knot: 'Synchronous calls form a cycle {cycle}, in a knot of {count} services that all reach each other ({services}): does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.'
        },
        references: ['Michael Nygard, Release It! (2nd ed.): Cascading Failures', 'Sam Newman, Building Microservices (2nd ed.)'],
        quality: {
            grouping: 'One finding per knot of services that all reach each other, naming the shortest cycle and listing the rest.',
            basis: 'Assumed: the cycle of synchronous connections is stated (through load balancers and gateways that front one service), but that one request goes round it is not, so the finding is a question naming `phase` and `routing`, the properties that take a call off the request path. A service calling itself is stated.',
            unknowns: 'Two calls drawn between two services do not say that one request crosses both; a queue, an `async` connection, or a call used only at start-up or in the background (`phase`), or a delivery to subscribers (`routing: subscribers`), breaks a cycle.',
            severity: 'Info for a cycle (a question: its one finding on published designs was two separate flows, a subscription and its callback); warning for a service that calls itself, where the same request does wait on the same service.'
        },
        decisions: [
            `Services, workers and functions (${[...SERVICE_KINDS].join(', ')}) count as services: they run code and wait on what they call. Gateways and load balancers are not services themselves.`,
            'A call is a synchronous connection from a service to a service, directly or through load balancers and gateways that forward to that one service only. A load balancer or gateway shared by several services is not followed: its connections do not say which caller reaches which target, and following them would invent cycles.',
            'A connection through a queue or marked `async` breaks a cycle, which is the usual fix.',
            'A call that starts a job or an execution (its label says "job submission", "submit a job", "StartExecution", "start the workflow", or opens with "trigger") returns once the run is accepted: what the run calls later, back into its starter included, is not the same request, so it does not close a cycle (round 27: a registry core submitting jobs that report back to it, and a function starting the state machine that later invokes it). A call into a managed workflow engine (`durable_workflow` facts: Step Functions, Logic Apps) always starts an execution, whatever its label says (field corpus, round 36).',
            'A connection used only at start-up or in the background (`phase: startup` or `phase: background`) holds no request, so it does not close a cycle: a periodic refresh is a separate flow from the calls it seems to loop with.',
            'A delivery to subscribers (`routing: subscribers`: a push to the gateways that subscribed, a webhook to the address a client registered) answers an earlier subscription, not the request in hand, so it does not close a cycle with the subscribing call either.',
            'The rule finds every cycle in linear time with Tarjan\'s strongly connected components. It reports one finding per knot of services that all reach each other, on the first-declared connection of the knot, naming one cycle through it (the shortest) and listing the other services of the knot; listing every elementary cycle could take exponential time and would repeat the same advice.',
            'A service that calls itself is reported on its own connection, even inside a larger knot; unless the call is routed by key (`routing: shard` or `consistent_hash`): the instance a client reached forwards the call once to the instance that owns the key, which serves it itself (a pooler relaying to the node that holds a tenant\'s pool), so no request waits on a chain of its own kind.',
            'A service\'s call to itself that crosses regions (`crosses_region: true`: a dispatcher publishing to its peers in the other data centres) hands the request once to the peer deployments, which serve it locally, so it is no self-call; and a knot whose every service runs a released product (`product`: a design tool\'s front end and exporter) is the call graph its vendor designed, not this design\'s (field corpus, round 33: both such findings were wrong).',
            `A finding lists up to ${MAX_RELATED} related locations (the other connections of the cycle, then the rest of the knot); a path longer than ${PATH_NAMES_SHOWN} names is shortened in the message.`
        ],
        examples: {
            flagged: 'service Orders { replicas: 2 }\nservice Stock { replicas: 2 }\nOrders -> Stock : grpcs\nStock -> Orders : grpcs',
            fixed: 'service Orders { replicas: 2 }\nservice Stock { replicas: 2 }\nqueue Changes { engine: sqs }\nOrders -> Stock : grpcs\nStock -> Changes\nChanges -> Orders'
        }
    },
    check({ design, report }) {
        const graph = syncRequestGraphOf(design);
        for (let node = 0; node < graph.services.length; node++) {
            for (const call of graph.calls[node].filter((candidate) => candidate.to === node && !relaysToOwner(candidate.connection) && !handsToPeerRegion(candidate.connection))) {
                report({ on: call.connection, messageId: 'selfCall', severity: 'warning', basis: 'stated', data: { what: describe(graph.services[node]), id: call.connection.id } });
            }
        }
        for (const scc of graph.sccs) {
            // The parts of one released product call each other as their vendor designed them.
            if (scc.length > 1 && !scc.every((node) => runsProduct(graph.services[node]))) {
                reportKnot(graph, scc, report);
            }
        }
    }
});

type Reporter = (report: Report) => void;

/**
 * A service's call to its own peers in other regions (`crosses_region: true`
 * on the self-call): each instance hands the request once to the peer
 * deployments, which serve it where they are and do not send it on.
 */
function handsToPeerRegion(connection: Connection): boolean {
    return connection.properties.boolean('crosses_region') === true;
}

function reportKnot(graph: SyncServiceGraph, scc: Scc, report: Reporter): void {
    const cycle = shortestCycleThrough(graph, firstDeclaredCallInside(graph, scc));
    const names = [...cycle.map((call) => graph.services[call.from].name), graph.services[cycle[0].from].name];
    const onCycle = new Set(cycle.map((call) => call.from));
    const rest = scc.filter((node) => !onCycle.has(node));
    const related: RelatedReport[] = [
        ...cycle.slice(1).map((call) => ({ on: call.connection, message: `${call.connection.id}: part of the cycle` })),
        ...rest.slice(0, MAX_RELATED).map((node) => ({ on: graph.services[node], message: `${describe(graph.services[node])} is caught in the same knot of synchronous calls` }))
    ].slice(0, MAX_RELATED);
    report({
        on: cycle[0].connection,
        messageId: rest.length === 0 ? 'cycle' : 'knot',
        data: {
            cycle: pathText(names.slice(0, PATH_NAMES_SHOWN), names.length, names[names.length - 1]),
            count: scc.length,
            services: listText(scc.map((node) => graph.services[node].name))
        },
        basis: 'assumed',
        assumptions: [{ element: cycle[0].connection.id, text: `one request goes round the cycle ${names.join(' -> ')} (no call of it states a phase or a delivery to subscribers)`, settle: 'phase' }],
        related
    });
}

/** A call together with its caller's node number. */
interface CallFrom extends Call {
    readonly from: number;
}

/** The knot's first-declared call between two different services of it: where the finding goes, stable across edits elsewhere. */
function firstDeclaredCallInside(graph: SyncServiceGraph, scc: Scc): CallFrom {
    let first: CallFrom | undefined;
    for (const from of scc) {
        for (const call of graph.calls[from]) {
            if (call.to !== from && graph.isInsideCycle(from, call) && (first === undefined || call.order < first.order)) {
                first = { ...call, from };
            }
        }
    }
    if (first === undefined) {
        throw new Error('a strongly connected component of several services has a call inside it');
    }
    return first;
}

/**
 * The shortest cycle that starts with `closing`: a breadth-first search from
 * its callee back to its caller inside the knot (linear in the knot's size).
 */
function shortestCycleThrough(graph: SyncServiceGraph, closing: CallFrom): CallFrom[] {
    const reachedBy = new Map<number, CallFrom>();
    const queue = [closing.to];
    for (let head = 0; head < queue.length && !reachedBy.has(closing.from); head++) {
        const from = queue[head];
        for (const call of graph.calls[from]) {
            if (graph.isInsideCycle(from, call) && call.to !== closing.to && !reachedBy.has(call.to)) {
                reachedBy.set(call.to, { ...call, from });
                queue.push(call.to);
            }
        }
    }
    const path: CallFrom[] = [];
    for (let node = closing.from; node !== closing.to;) {
        const step = reachedBy.get(node);
        if (step === undefined) {
            throw new Error('every service of a strongly connected component reaches every other');
        }
        path.push(step);
        node = step.from;
    }
    return [closing, ...path.reverse()];
}

/** `A, B, C` or `A, B, C and 12 more`. */
function listText(names: readonly string[]): string {
    if (names.length <= PATH_NAMES_SHOWN) {
        return names.join(', ');
    }
    return `${names.slice(0, PATH_NAMES_SHOWN - 1).join(', ')} and ${names.length - PATH_NAMES_SHOWN + 1} more`;
}
