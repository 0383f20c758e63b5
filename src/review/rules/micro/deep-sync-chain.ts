import type { Component, ComponentKind, Journey } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { RelatedReport, Report } from '../../rule-context.js';
import { namesOf } from '../../helpers/wording.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { type Call, type SyncServiceGraph, PATH_NAMES_SHOWN, pathText, syncServiceGraphOf } from '../../graph/sync-service-graph.js';

interface Options {
    readonly maxServices: number;
}

/** Related locations shown with one finding. */
const MAX_RELATED = 25;

/**
 * Components that pass a client's request on to a service without running
 * application code of their own: the chain starts at the first service behind them.
 */
const FRONT_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['dns', 'cdn', 'loadbalancer', 'gateway']);

export default defineRule<Options>({
    meta: {
        id: 'micro/deep-sync-chain',
        section: 'microservices',
        severity: 'warning',
        description: 'A synchronous chain from an entry point passes through more than 4 services.',
        rationale: 'Every synchronous hop adds its latency to the request and multiplies its availability into the request\'s: five services at 99.9% each give at most 99.5%, and the slowest one sets the pace. Deep chains also couple deployments: a change deep in the chain can break every caller above it. Keep request paths shallow: let a service own the data it needs (replicate it through events), call independent services in parallel, or move work that can wait behind a queue.',
        question: 'What latency and availability does the chain behind {element} add up to?',
        messages: {
            deepChain: 'A request reaching {what} waits on a synchronous chain of {count} services ({chain}), more than {max}: latencies add up, availabilities multiply, and one slow service stalls the whole request.',
            sharedTail: 'Requests reaching {what}, and those reaching {entries} that run into the same calls, wait on synchronous chains of up to {count} services ({chain}), more than {max}: latencies add up, availabilities multiply, and one slow service on the shared calls stalls every one of those requests.',
            deepChainQuestion: 'Does one request reaching {what} follow the whole synchronous chain of {count} services ({chain})? The design draws these calls but no journey through them; if one request does, that is more than {max}: latencies add up, availabilities multiply, and one slow service stalls the whole request. A `journey` along the path settles it.',
            sharedTailQuestion: 'Do requests reaching {what}, or {entries}, follow the whole synchronous chains of up to {count} services ({chain})? The design draws these calls but no journey through them; if they do, that is more than {max}: latencies add up, availabilities multiply, and one slow service on the shared calls stalls every one of those requests. A `journey` along the path settles it.'
        },
        options: {
            schema: { type: 'object', properties: { maxServices: { type: 'integer', minimum: 1, description: 'The most services a synchronous chain from an entry point may pass through.' } }, additionalProperties: false },
            defaults: { maxServices: 4 }
        },
        references: ['Microsoft Azure Architecture Center: Design interservice communication for microservices', 'Michael Nygard, Release It! (2nd ed.): Cascading Failures'],
        quality: {
            grouping: 'One finding per deep chain: entry services whose chains run into a reported chain, and would not be too deep without its calls, are listed on that finding (related) rather than reported again.',
            basis: 'Stated: synchronous connections between services, and the journeys that go through them; a chain no journey states is assumed to be followed by one request, and asked as a question (info).',
            unknowns: 'Calls inside a cycle are left to `micro/sync-cycle`; shared load balancers and gateways are not followed.',
            severity: 'Warning when a journey states the chain: latency and availability multiply along it. Info when only the graph allows it: on the 55-design corpus, of 3 chains stitched from the drawn calls one was raised (a benchmark\'s booking chain), one joined calls of different operations (a user\'s creation, an image\'s deletion) that no request follows, and one ran through an agent\'s calls into the shop\'s own API; whether one request follows the chain is a question the design can settle with a `journey`.'
        },
        decisions: [
            'Services, workers and functions count as services on a chain. A chain follows synchronous connections from a service to a service, directly or through load balancers and gateways that forward to that one service only (they do not count). A load balancer or gateway shared by several services is not followed inside a chain: its connections do not say where a given request goes next.',
            'A chain starts at each service a client or external system reaches directly or only through DNS, CDNs, load balancers and gateways (the first service behind the entry point).',
            'Calls inside a cycle are left out (micro/sync-cycle reports the cycle), so chains are paths of distinct services; the longest one from each start is found in linear time on the graph of strongly connected components, without enumerating paths.',
            'A chain the graph allows is one request\'s chain only when the design says so: a `journey` whose steps include every service of the chain makes it a warning (stated); without one, the calls may serve different operations (a call made on sign-up, the next one made on delete), so the finding asks, at info, whether one request follows the whole chain, naming `journey` as what settles it. A design that declares journeys has stated which paths its requests take: a chain none of them goes through is not asked.',
            'One finding per start whose longest chain is too deep, on that service, deepest first; a start that already lies on a reported chain is not reported again.',
            'A start whose chain runs into a reported chain is another way into the same deep calls when its own part before the join is not too deep by itself: it is listed on that finding (one line each, with where it joins) instead of being reported again; shortening the shared calls settles them all. A start whose own part is too deep is reported on its own.'
        ],
        examples: {
            flagged: 'client U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nservice C { replicas: 2 }\nservice D { replicas: 2 }\nservice E { replicas: 2 }\nU -> A -> B -> C -> D -> E : grpcs',
            fixed: 'client U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nservice C { replicas: 2 }\nservice D { replicas: 2 }\nservice E { replicas: 2 }\nqueue Q { engine: sqs }\nU -> A -> B -> C : grpcs\nC -> Q\nQ -> D\nD -> E : grpcs'
        }
    },
    check({ design, index, options, report }) {
        const graph = syncServiceGraphOf(design);
        const chains = longestChains(graph);
        const starts = chainStarts(index, graph).sort((a, b) => chains.length[b] - chains.length[a] || a - b);
        const reported: DeepChain[] = [];
        /** For each service on a reported chain, that chain. */
        const chainOf = new Map<number, DeepChain>();
        for (const start of starts) {
            if (chains.length[start] <= options.maxServices) {
                break;
            }
            if (chainOf.has(start)) {
                continue;
            }
            const join = joinOf(chains, start, chainOf);
            const own = join === undefined ? undefined : chainOf.get(join.node);
            const chain = own !== undefined && join !== undefined && join.before <= options.maxServices ? own : newChain(start, reported);
            if (chain.start !== start && join !== undefined) {
                chain.joining.push({ start, join: join.node });
            }
            markChain(chains, start, chain, chainOf);
        }
        for (const chain of reported) {
            const finding = asStatedOrAsked(findingOf(graph, chains, chain, options.maxServices), chainServices(graph, chains, chain.start), design.journeys);
            if (finding !== undefined) {
                report(finding);
            }
        }
    }
});

/**
 * A chain the graph allows is not yet a chain one request follows: the calls
 * may serve different operations (one service's call on sign-up, the next
 * one's on delete). A journey through every service of the chain states it
 * (a warning); a design that declares journeys, none through the chain, has
 * said its requests do not follow it; otherwise the finding asks, at info,
 * naming the assumption.
 */
function asStatedOrAsked(finding: Report, services: readonly Component[], journeys: readonly Journey[]): Report | undefined {
    if (journeys.some((journey) => services.every((service) => journey.steps.includes(service)))) {
        return { ...finding, basis: 'stated' };
    }
    // A design that declares its journeys has said which paths its requests take: a chain none of them follows is not one.
    if (journeys.length > 0) {
        return undefined;
    }
    const [start] = services;
    return {
        ...finding,
        messageId: finding.messageId === 'deepChain' ? 'deepChainQuestion' : 'sharedTailQuestion',
        severity: 'info',
        basis: 'assumed',
        assumptions: [{ element: start.name, text: `one request reaching ${start.name} follows every call of the chain`, settle: 'journey' }]
    };
}

/** Every service of a start's longest chain, in order. */
function chainServices(graph: SyncServiceGraph, chains: LongestChains, start: number): Component[] {
    return [start, ...chainCalls(chains, start, Number.MAX_SAFE_INTEGER).map((call) => call.to)].map((node) => graph.services[node]);
}

/** A reported deep chain: its deepest start, and the other starts that run into it. */
interface DeepChain {
    readonly start: number;
    readonly joining: { readonly start: number; readonly join: number }[];
}

function newChain(start: number, reported: DeepChain[]): DeepChain {
    const chain: DeepChain = { start, joining: [] };
    reported.push(chain);
    return chain;
}

/** The first service of a start's chain that lies on a reported chain, and how many services come before it. */
function joinOf(chains: LongestChains, start: number, chainOf: ReadonlyMap<number, DeepChain>): { node: number; before: number } | undefined {
    let before = 0;
    for (let node: number | undefined = start; node !== undefined; node = chains.next[node]?.to) {
        if (chainOf.has(node)) {
            return { node, before };
        }
        before++;
    }
    return undefined;
}

function findingOf(graph: SyncServiceGraph, chains: LongestChains, chain: DeepChain, max: number): Report {
    const start = graph.services[chain.start];
    const calls = chainCalls(chains, chain.start, MAX_RELATED).map((call, link): RelatedReport => ({ on: call.connection, message: `${call.connection.id}: call ${link + 1} of the chain` }));
    const data = { what: describe(start), count: chains.length[chain.start], chain: chainText(graph, chains, chain.start), max };
    if (chain.joining.length === 0) {
        return { on: start, messageId: 'deepChain', data, related: calls };
    }
    const entries = chain.joining.map(({ start: other }) => graph.services[other]);
    const joins = chain.joining.map(({ start: other, join }): RelatedReport => ({
        on: graph.services[other],
        message: `${graph.services[other].name}: a chain of ${chains.length[other]} services, joining at ${graph.services[join].name}`
    }));
    return { on: start, messageId: 'sharedTail', data: { ...data, entries: namesOf(entries) }, related: [...joins, ...calls].slice(0, MAX_RELATED) };
}

/** For each service: how many services its longest chain passes through, the call that continues it, and where it ends. */
interface LongestChains {
    readonly length: Int32Array;
    readonly next: readonly (Call | undefined)[];
    readonly last: Int32Array;
}

/**
 * Longest paths on the graph of strongly connected components: components
 * come callees first, so every callee outside the caller's component is
 * done before the caller. Calls inside a component (cycles) are skipped.
 */
function longestChains(graph: SyncServiceGraph): LongestChains {
    const count = graph.services.length;
    const length = new Int32Array(count);
    const next: (Call | undefined)[] = new Array<Call | undefined>(count).fill(undefined);
    const last = new Int32Array(count);
    for (const scc of graph.sccs) {
        for (const node of scc) {
            let best: Call | undefined;
            for (const call of graph.calls[node]) {
                if (!graph.isInsideCycle(node, call) && (best === undefined || length[call.to] > length[best.to])) {
                    best = call;
                }
            }
            length[node] = 1 + (best ? length[best.to] : 0);
            next[node] = best;
            last[node] = best ? last[best.to] : node;
        }
    }
    return { length, next, last };
}

/**
 * The first services a request from a client or external system reaches:
 * directly, or through DNS, CDNs, load balancers and gateways only.
 */
function chainStarts(index: DesignIndex, graph: SyncServiceGraph): number[] {
    const starts = new Set<number>();
    const seen = new Set<Component>();
    const queue: Component[] = [...index.ofKind('client', 'external')];
    for (let head = 0; head < queue.length; head++) {
        for (const connection of index.outgoing(queue[head])) {
            const target = connection.target;
            if (connection.mode !== 'sync' || seen.has(target)) {
                continue;
            }
            seen.add(target);
            const node = graph.node(target);
            if (node !== undefined) {
                starts.add(node);
            } else if (FRONT_KINDS.has(target.kind)) {
                queue.push(target);
            }
        }
    }
    return [...starts];
}

/** Marks a start's chain as reported; stops where an earlier chain already marked the rest (they share the tail). */
function markChain(chains: LongestChains, start: number, chain: DeepChain, chainOf: Map<number, DeepChain>): void {
    for (let node: number | undefined = start; node !== undefined && !chainOf.has(node); node = chains.next[node]?.to) {
        chainOf.set(node, chain);
    }
}

/** The first `limit` calls of a start's chain. */
function chainCalls(chains: LongestChains, start: number, limit: number): Call[] {
    const calls: Call[] = [];
    for (let call = chains.next[start]; call !== undefined && calls.length < limit; call = chains.next[call.to]) {
        calls.push(call);
    }
    return calls;
}

function chainText(graph: SyncServiceGraph, chains: LongestChains, start: number): string {
    const leading = [start, ...chainCalls(chains, start, PATH_NAMES_SHOWN - 1).map((call) => call.to)].map((node) => graph.services[node].name);
    return pathText(leading, chains.length[start], graph.services[chains.last[start]].name);
}
