import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe, replicaCount } from '../../../model/component-facts.js';
import { inScope, isOutOfScope } from '../../../model/out-of-scope.js';

/** Kinds that run application code and may keep what they are told in process memory (functions keep nothing between invocations). */
const PROCESS_KINDS = ['service', 'worker', 'gateway'] as const;

/** Stores that keep data beyond a process: if the design draws one, state may be kept there, and where it goes is for other rules. */
const LASTING_STORE_KINDS = ['database', 'storage', 'search'] as const;

/** Every kind of store, in-memory ones included: a process that talks to one keeps its state outside itself. */
const STORE_KINDS: ReadonlySet<string> = new Set(['database', 'storage', 'search', 'queue', 'cache']);

export default defineRule({
    meta: {
        id: 'data/in-memory-primary-store',
        section: 'data-store',
        severity: 'warning',
        description: 'A service keeps state in its instances (`stateless: false`), reaches no store, and the design draws no store that keeps data: the only copy of what it holds is in process memory.',
        rationale: 'State held in a map inside a process lives exactly as long as that process. A restart, a redeploy (a rolling update replaces every instance), a reschedule onto another node or a crash wipes it, and a second instance keeps a tally of its own, so readers see different answers depending on which instance they reach. When the state matters (votes, orders, balances) it belongs in a store that outlives the process: a database, or an in-memory store with persistence. When it may be lost, say so.',
        question: 'When {element} restarts, where does the state it holds come back from?',
        messages: {
            onlyInMemory: '{what} keeps state in its instances (stateless: false){copies}, reaches no store, and the design draws no database, storage or search index: the only copy of that state is in process memory, so a restart, redeploy or lost node wipes it. Keep it in a store that outlives the process, or state that losing it is acceptable.'
        },
        references: ['The Twelve-Factor App, VI. Processes ("any data that needs to persist must be stored in a stateful backing service")', 'Kubernetes documentation: Pod lifecycle (pods are ephemeral; a replaced pod starts empty)'],
        quality: {
            grouping: 'One finding per stateful service: each holds its own state.',
            basis: 'Stated: `stateless: false` on the component (written or an engine fact), its connections (none to a store) and the stores the design draws (no database, storage or search index).',
            unknowns: 'An unstated `stateless` is no claim: no finding. A design that draws any lasting store, or leaves a service undescribed (`out_of_scope`), is not judged: the state may be persisted there through another component; nor is a service out of scope.',
            severity: 'Warning: the design states a restart loses the state, a gap a reviewer raises on any system whose state matters (on the tuning corpus, a voting demo whose every rollout wipes the leaderboard).'
        },
        decisions: [
            'Judged: services, workers and gateways stated `stateless: false`. Functions keep nothing between invocations and are not judged.',
            'A component connected to any store (a database, storage, search index, queue or cache) keeps its state outside its process: not judged here (a cache or queue that loses data has rules of its own).',
            'Judged only when the design draws no database, object storage or search index at all, and leaves no service, worker or function undescribed (`out_of_scope`): where a store exists, or a back end the design does not describe, another component may persist the same data (a real-time tier holding channel state that the web back end saves), which the design does not let us rule out.',
            'Several instances of such a service each keep their own copy: the message says so; `scale/stateful-replicas` asks about the routing.'
        ],
        examples: {
            flagged: 'client Web\nservice Votes { stateless: false }\nWeb -> Votes : grpc',
            fixed: 'client Web\nservice Votes\ndatabase VoteDb { engine: postgres }\nWeb -> Votes : grpc\nVotes -> VoteDb : writes'
        }
    },
    check({ index, report }) {
        // A lasting store, or a service the design leaves undescribed, may keep the same data: the state is then not provably the only copy.
        if (index.ofKind(...LASTING_STORE_KINDS).length > 0 || index.ofKind(...PROCESS_KINDS, 'function').some(isOutOfScope)) {
            return;
        }
        for (const component of inScope(index.ofKind(...PROCESS_KINDS))) {
            if (component.properties.boolean('stateless') !== false || reachesStore(component, index)) {
                continue;
            }
            const instances = replicaCount(component);
            report({
                on: component,
                messageId: 'onlyInMemory',
                data: { what: describe(component), copies: instances > 1 ? ', each instance its own copy' : '' },
                basis: 'stated'
            });
        }
    }
});

function reachesStore(component: Component, index: DesignIndex): boolean {
    return index.outgoing(component).some((connection) => STORE_KINDS.has(connection.target.kind));
}
