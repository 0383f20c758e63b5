import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Assumption } from '../../../model/finding.js';
import { describe } from '../../../model/component-facts.js';
import { count } from '../../../estimates/figure.js';
import { defineRule } from '../../rule.js';

/** Kinds that fan writes out (a daemon, a consumer, a function behind a queue, an API that writes inline). */
const FANNING_KINDS = new Set<Component['kind']>(['service', 'worker', 'function']);
const STORE_KINDS = new Set<Component['kind']>(['database', 'cache', 'search', 'storage', 'queue']);

/** Words on a write that say it copies each item to every follower ("fan-out of new photos to followers' feeds", "into each follower's timeline"). */
const WRITES_PER_FOLLOWER = /\b((each|every|all)\s+(of\s+(their|the)\s+)?followers?(['’]s?)?\s|followers?['’]s?\s+(feeds?|timelines?|inbox(es)?|home\s+feeds?)\b)/i;

interface FanOut {
    /** The component that fans out. */
    readonly writer: Component;
    /** The connection its copies go over. */
    readonly writes: Connection;
    /** The follow graph it reads the targets from, when that is how the design shows the fan-out. */
    readonly graph?: Connection;
    /** The fan-out is stated only in the write's own words (its label or description). */
    readonly inWords?: boolean;
}

export default defineRule({
    meta: {
        id: 'scale/celebrity-fanout',
        section: 'scaling',
        severity: 'warning',
        description: 'Fan-out on write with skewed targets: one item from a source with millions of followers becomes millions of writes.',
        rationale: 'Fan-out on write copies each new item into every follower\'s feed, so reads are cheap. Its cost is the number of followers, and follower counts are skewed: most accounts have a few hundred, a few have tens of millions. One post from such an account means millions of writes to one hot path: the fan-out queue backs up for minutes, followers see the post late or out of order, and the same store serves everyone else\'s writes meanwhile. The usual answer is a hybrid: fan out on write for ordinary accounts and merge the largest accounts\' items at read time.',
        question: 'When an account with millions of followers posts, how many writes does {element} make?',
        messages: {
            skewed: '{what} fans out each write to {target} {fanout}, and the targets are skewed (skew: high): one item from a source with millions of followers means millions of writes, a hot key that delays everyone\'s feed. Fan out on write for most sources and merge the largest at read time.',
            graph: '{what} reads the follow graph {graph} and writes to {target} once per follower: follower counts are usually skewed, so one item from an account with millions of followers means millions of writes. How are the largest accounts handled (a hybrid that merges them at read time)? State `skew` and `fanout` on {connection} to settle it.',
            words: '{what} writes {target} once per follower ("{said}"): follower counts are usually skewed, so one item from an account with millions of followers means millions of writes. How are the largest accounts handled (a hybrid that merges them at read time)? State `skew` and `fanout` on {connection} to settle it.',
            unknownSkew: '{what} fans out each write to {target} {fanout}: how skewed are the targets? If a few sources have millions of followers, one item from them means millions of writes; state `skew` on {connection} to settle it.'
        },
        references: ['Raffi Krikorian, "Timelines at Scale", QCon San Francisco 2012', 'Kleppmann, Designing Data-Intensive Applications, ch. 1 "Describing Load" (Twitter\'s home timelines)'],
        decisions: [
            'A fan-out on write is a connection with `fanout` above 1 (writes per incoming item), or a service, worker or function that reads a `model: graph` database (the follow graph) and writes to another store: a write per follower; or a write to a store whose own label or description says it copies each item to every follower ("fan-out of new photos to followers\' feeds", "into each follower\'s timeline").',
            'Skewed targets are stated by `skew: high` on the fan-out connection: that is a warning. `skew: none` or `low` says the fan-out is even: no finding.',
            'When the skew is not stated, the finding is a question at information level that assumes follower counts are skewed (they are in every social graph) and names `skew` as the property that settles it.',
            'One finding per fanning component, on the component, with the fan-out connection as a related location.'
        ],
        quality: {
            grouping: 'Per fanning component: each fan-out path has its own hot-key risk and its own hybrid decision.',
            basis: 'Stated when `skew: high` is written; otherwise assumed (follow graphs are skewed), which makes the finding an information-level question naming `skew`.',
            unknowns: 'An unstated skew is a question, not a verdict; `skew: none` or `low` silences it.',
            severity: 'Warning when the stated skew shows the risk (the headline risk of fan-out on write); information when it is assumed. On the tuning corpus (67 designs) 3 of 3 findings are tp (Twitter\'s fan-out daemon, Tumblr\'s Dashboard inboxes, Instagram\'s push of each photo to followers\' feeds).'
        },
        examples: {
            flagged: 'service Posts\nworker Fanout\ndatabase Timelines { engine: redis }\nPosts -> Fanout : async\nFanout -> Timelines { access: writes, fanout: 200, skew: high }',
            fixed: 'service Posts\nworker Fanout\ndatabase Timelines { engine: redis }\nPosts -> Fanout : async\nFanout -> Timelines { access: writes, fanout: 200, skew: low }'
        }
    },
    check({ index, design, report }) {
        for (const component of design.components) {
            const fanOut = !component.foreign && FANNING_KINDS.has(component.kind) ? fanOutOf(component, index) : undefined;
            if (!fanOut) {
                continue;
            }
            const { writer, writes, graph, inWords } = fanOut;
            const skew = writes.properties.string('skew');
            if (skew === 'none' || skew === 'low') {
                continue;
            }
            const fanout = writes.properties.number('fanout');
            const data = {
                what: describe(writer),
                target: writes.target.name,
                fanout: fanout === undefined ? '' : `(${count(fanout)} writes per item on average)`,
                graph: graph?.target.name ?? '',
                connection: `${writes.source.name} -> ${writes.target.name}`,
                said: wordsOf(writes)
            };
            const related = [{ on: writes, message: `${writes.source.name} -> ${writes.target.name}: the fan-out writes` }, ...(graph ? [{ on: graph, message: `${graph.source.name} -> ${graph.target.name}: the followers it fans out to` }] : [])];
            if (skew === 'high') {
                report({ on: writer, messageId: 'skewed', data: { ...data, fanout: data.fanout === '' ? 'once per follower' : data.fanout }, related, basis: 'stated' });
                continue;
            }
            const assumptions: Assumption[] = [{ element: data.connection, text: 'the fan-out targets are skewed (a few sources have millions of followers)', settle: 'skew' }];
            const messageId = fanout !== undefined ? 'unknownSkew' : graph ? 'graph' : inWords ? 'words' : 'unknownSkew';
            report({ on: writer, messageId, data, related, basis: 'assumed', assumptions });
        }
    }
});

/** How the component fans out, if it does: a stated `fanout`, or writes fed by a follow graph it reads. */
function fanOutOf(component: Component, index: DesignIndex): FanOut | undefined {
    const outgoing = index.outgoing(component);
    const stated = outgoing.find((connection) => (connection.properties.number('fanout') ?? 1) > 1);
    if (stated) {
        return { writer: component, writes: stated };
    }
    const graph = outgoing.find((connection) => connection.target.kind === 'database' && connection.target.properties.string('model') === 'graph' && connection.access !== 'writes');
    const writes = graph && outgoing.find((connection) => connection !== graph && STORE_KINDS.has(connection.target.kind) && connection.access === 'writes');
    if (graph && writes) {
        return { writer: component, writes, graph };
    }
    const said = outgoing.find((connection) => STORE_KINDS.has(connection.target.kind) && connection.access !== 'reads' && WRITES_PER_FOLLOWER.test(wordsOf(connection)));
    return said ? { writer: component, writes: said, inWords: true } : undefined;
}

/** What a connection says of itself: its label and description. */
function wordsOf(connection: Connection): string {
    return [connection.label, connection.properties.string('description')].filter((words) => words !== undefined && words !== '').join('; ');
}
