import type { Component, ComponentKind } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { RelatedReport } from '../../rule-context.js';
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
            deepChain: 'A request reaching {what} waits on a synchronous chain of {count} services ({chain}), more than {max}: latencies add up, availabilities multiply, and one slow service stalls the whole request.'
        },
        options: {
            schema: { type: 'object', properties: { maxServices: { type: 'integer', minimum: 1, description: 'The most services a synchronous chain from an entry point may pass through.' } }, additionalProperties: false },
            defaults: { maxServices: 4 }
        },
        references: ['Microsoft Azure Architecture Center: Design interservice communication for microservices', 'Michael Nygard, Release It! (2nd ed.): Cascading Failures'],
        quality: {
            grouping: 'One finding per entry service whose longest chain is too deep; a service already on a reported chain is not reported again.',
            basis: 'Stated: synchronous connections between services.',
            unknowns: 'Calls inside a cycle are left to `micro/sync-cycle`; shared load balancers and gateways are not followed.',
            severity: 'Warning: latency and availability multiply along the chain; no corpus chain exceeds the limit.'
        },
        decisions: [
            'Services, workers and functions count as services on a chain. A chain follows synchronous connections from a service to a service, directly or through load balancers and gateways that forward to that one service only (they do not count). A load balancer or gateway shared by several services is not followed inside a chain: its connections do not say where a given request goes next.',
            'A chain starts at each service a client or external system reaches directly or only through DNS, CDNs, load balancers and gateways (the first service behind the entry point).',
            'Calls inside a cycle are left out (micro/sync-cycle reports the cycle), so chains are paths of distinct services; the longest one from each start is found in linear time on the graph of strongly connected components, without enumerating paths.',
            'One finding per start whose longest chain is too deep, on that service; a start that already lies on a reported chain is not reported again.'
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
        const covered = new Uint8Array(graph.services.length);
        for (const start of starts) {
            if (chains.length[start] <= options.maxServices) {
                break;
            }
            if (covered[start] === 1) {
                continue;
            }
            markChain(chains, start, covered);
            report({
                on: graph.services[start],
                messageId: 'deepChain',
                data: { what: describe(graph.services[start]), count: chains.length[start], chain: chainText(graph, chains, start), max: options.maxServices },
                related: chainCalls(chains, start, MAX_RELATED).map((call, link): RelatedReport => ({ on: call.connection, message: `${call.connection.id}: call ${link + 1} of the chain` }))
            });
        }
    }
});

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
function markChain(chains: LongestChains, start: number, covered: Uint8Array): void {
    for (let node: number | undefined = start; node !== undefined && covered[node] === 0; node = chains.next[node]?.to) {
        covered[node] = 1;
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
