/**
 * The longest chain of services that call one another synchronously, in
 * linear time whatever the shape of the design (long chains, dense cycles).
 *
 * It reads the design's synchronous service graph (services, workers and
 * functions; load balancers and gateways in front of one service are looked
 * through), shared with micro/sync-cycle and micro/deep-sync-chain. Unlike
 * deep-sync-chain, services that call one another in a cycle count together,
 * once each: a request that loops through them crosses every one, which is
 * when a trace is needed most.
 */
import type { Component, Design } from '../../model/design.js';
import { syncRequestGraphOf } from '../graph/sync-service-graph.js';
import { appendAll } from '../../util/large-arrays.js';

/** The services of the longest synchronous chain, in call order (empty when the design has none). */
export function longestServiceChain(design: Design): Component[] {
    const graph = syncRequestGraphOf(design);
    const { sccs, sccOf, calls } = graph;
    // Components come callees first, so each one's best continuation is known when it is reached.
    const weight = new Int32Array(sccs.length);
    const next = new Int32Array(sccs.length).fill(-1);
    sccs.forEach((members, id) => {
        let best = -1;
        for (const node of members) {
            for (const call of calls[node]) {
                const callee = sccOf[call.to];
                if (callee !== id && (best < 0 || weight[callee] > weight[best])) {
                    best = callee;
                }
            }
        }
        next[id] = best;
        weight[id] = members.length + (best < 0 ? 0 : weight[best]);
    });
    const chain: Component[] = [];
    for (let id = heaviest(weight); id >= 0; id = next[id]) {
        appendAll(chain, sccs[id].map((node) => graph.services[node]));
    }
    return chain;
}

/** The index of the largest weight, -1 when there is none. */
function heaviest(weight: Int32Array): number {
    let best = -1;
    weight.forEach((value, id) => {
        if (best < 0 || value > weight[best]) {
            best = id;
        }
    });
    return best;
}
