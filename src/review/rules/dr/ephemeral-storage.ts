import type { Component } from '../../../model/design.js';
import type { Severity } from '../../../model/finding.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { describe, minInstances } from '../../../model/component-facts.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { namesOf } from '../../helpers/wording.js';
import { inScope } from '../../../model/out-of-scope.js';
import { isReadOnlyStore } from '../../helpers/writes.js';

/** Stores of record: a cache holds copies by design and is left out. */
const KINDS = ['database', 'storage', 'queue', 'search'] as const;

export default defineRule({
    meta: {
        id: 'dr/ephemeral-storage',
        section: 'failure-recovery',
        severity: 'error',
        description: 'A store keeps its data on a volume that lives and dies with its instance (`volume: ephemeral`).',
        rationale: 'A database on a Kubernetes emptyDir, an instance-store disk or the container\'s own filesystem loses everything it holds when its pod is rescheduled, its node is drained or lost, or it simply restarts on another host: routine events, not disasters. Replicas only help while one of them survives; a rolling upgrade or a cluster move can take them all. A persistent volume (or the provider\'s managed storage) keeps the data across those events.',
        question: 'What happens to the data in {element} when its instance is rescheduled to another node?',
        messages: {
            ephemeral: '{what} keeps its data on an ephemeral volume and runs one instance: a restart on another node, a drained or lost node wipes every record it holds.',
            ephemeralReplicated: '{what} keeps its data on ephemeral volumes in each of its {count} instances: a lost instance is rebuilt from the others, but restarting them together (an upgrade, a cluster move) wipes every record.',
            ephemeralEach: 'The {count} stores keep their data on ephemeral volumes ({stores}): a restart on another node, a drained or lost node wipes what each holds. One storage decision, a persistent volume for each, settles them all.'
        },
        fix: 'Sets `volume: persistent` on each store the finding lists.',
        references: ['Kubernetes documentation: Volumes (emptyDir: "the data in the emptyDir is deleted permanently" when the Pod is removed from a node)', 'AWS Well-Architected REL09-BP01 Identify and back up all data that needs to be backed up'],
        quality: {
            grouping: 'Where stores keep their data is one storage decision: when every store of record that states its volume states an ephemeral one, one finding on the group or design lists them with one fix; a store that is ephemeral while its peers state a persistent volume is reported on its own (stores that state no volume do not split the decision).',
            basis: 'Stated: the store\'s `volume`, which a transcription writes only when its source names the volume, and its `replicas`.',
            unknowns: 'A store every connection only reads (seed or reference data its image loads at start) loses nothing on a restart and is not judged. A store that does not state `volume` is not judged (most designs leave the disk to the platform); caches are not judged (they hold copies by design), nor components the design draws but does not describe (`out_of_scope: true`).',
            severity: 'An error for a single instance: the stated facts show it loses its data on a routine reschedule; a warning when it is replicated, since a lost instance is rebuilt from its peers.'
        },
        decisions: [
            'Databases, object and file storage, queues and search indexes are judged; caches are not.',
            'Only `volume: ephemeral`, written, is flagged: an unstated volume is the platform\'s ordinary disk, not a guess at the worst.',
            'One instance (`replicas` left out or 1) on an ephemeral volume is an error; two or more are a warning. A stated `replication_factor` of 2 or more counts as copies on separate instances, whatever `replicas` says (field corpus, round 35: an in-memory index kept as two replicas per shard across zones was an error that said it runs one instance).',
            'A store that something reads and nothing writes (every connection to it says `reads`, directly or through a store proxy) holds only what its image loads at start: a restart reloads it, so it is not flagged.',
            'Several stores on ephemeral volumes, none of their peers on a persistent one, are one decision: one finding on the innermost group that holds them (or the design) lists them. A store that states no volume is no peer: it does not turn one decision into a finding per store.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres, volume: ephemeral }\nU -> Api -> Db',
            fixed: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres, volume: persistent }\nU -> Api -> Db'
        }
    },
    check({ design, index, report }) {
        // A store nothing writes is reloaded from its image on the next start: nothing is lost.
        const judged = inScope(index.ofKind(...KINDS)).filter((store) => !isReadOnlyStore(store, index));
        const ephemeral = judged.filter((store) => store.properties.string('volume') === 'ephemeral');
        reportDecision(report, {
            affected: ephemeral.map((store) => ({ on: store, note: `${describe(store)}: volume ephemeral, ${copiesOf(store) === 1 ? 'one instance' : `${copiesOf(store)} instances`}` })),
            // Only stores that state their volume are peers: an unstated volume is not a
            // different decision, so it must not split one storage choice into copies.
            peers: judged.filter((store) => store.properties.string('volume') !== undefined).length,
            once: {
                on: decisionScope(design, ephemeral),
                messageId: 'ephemeralEach',
                data: { count: ephemeral.length, stores: namesOf(ephemeral) },
                severity: ephemeral.some(isSingle) ? 'error' : 'warning',
                basis: 'stated',
                fix: { kind: 'set-properties-each', title: `Keep the data of ${ephemeral.length} stores on persistent volumes`, targets: ephemeral, properties: [{ key: 'volume', value: 'persistent' }] }
            },
            each: ({ on }) => storeFinding(on as Component)
        });
    }
});

function isSingle(store: Component): boolean {
    return copiesOf(store) < 2;
}

/**
 * How many copies of each record live on separate instances: the store's
 * instances, or its stated `replication_factor` (each shard kept on N nodes)
 * when that says more.
 */
function copiesOf(store: Component): number {
    return Math.max(minInstances(store), store.properties.number('replication_factor') ?? 0);
}

function storeFinding(store: Component): Report {
    const severity: Severity = isSingle(store) ? 'error' : 'warning';
    return {
        on: store,
        messageId: isSingle(store) ? 'ephemeral' : 'ephemeralReplicated',
        data: { what: describe(store), count: copiesOf(store) },
        severity,
        basis: 'stated',
        fix: { kind: 'set-properties', title: `Keep ${store.name}'s data on a persistent volume`, target: store, properties: [{ key: 'volume', value: 'persistent' }] }
    };
}
