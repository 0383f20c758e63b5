import type { Component, Connection, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Fix } from '../../fix.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { connectionList } from '../../helpers/connection-list.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { peersWhenMost } from '../../helpers/most-peers.js';
import { joinWords, unique } from '../../helpers/wording.js';
import { RECORD_KINDS, writesTo } from '../../helpers/writes.js';

/** The kinds that can declare `idempotent`: the schema's callers, and third parties. */
const IDEMPOTENCY_KINDS = new Set(['service', 'worker', 'function', 'external']);
/** Kinds that pass a call on to the services behind them. */
const FORWARDER_KINDS = new Set(['loadbalancer', 'gateway']);

/** A retrying call that may write, and the target it writes. */
interface RetriedWrite {
    readonly connection: Connection;
    readonly retries: number;
    readonly written: Component;
    /** `idempotent: false` is written on the call or the target. */
    readonly statedNot: boolean;
}

export default defineRule({
    meta: {
        id: 'avail/retry-without-idempotency',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'A connection retries calls that may write to a target that is not idempotent.',
        rationale: 'A timeout does not say whether the call failed or only its answer was lost. Retrying a write to a target that is not idempotent can therefore apply it twice: two orders, two charges, two emails. Retries are safe only when the target makes a repeated request harmless, typically with an idempotency key it stores with the result, or when the call itself replaces state rather than adding to it.',
        question: 'What happens when {element} retries a write that had actually succeeded?',
        messages: {
            notIdempotent: '{id} retries {times} a call that may write to {target}, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).',
            retryPolicy: '{count} calls retry writes to targets not declared idempotent ({calls}): a retry after a timeout can apply the same write twice (a duplicate order, a double charge). {doTargets} make a repeated request harmless?',
            statedNotIdempotent: '{id} retries {times} a call that may write to {target}, and {where} says idempotent: false: a retry after a timeout applies the same write twice (a duplicate order, a double charge).'
        },
        fix: 'Sets `idempotent: true` on the targets (declaring that they deduplicate requests, e.g. by an idempotency key).',
        references: ['AWS Well-Architected REL04-BP04 Make mutating operations idempotent', 'AWS Well-Architected REL05-BP03 Control and limit retry calls'],
        quality: {
            grouping: 'A retry policy is usually one default (a client library\'s, a gateway\'s filter): when all or most retried writes reach targets not declared idempotent, one finding on the group or design lists the calls with one fix; otherwise each call is its own finding, as is every call stated `idempotent: false`.',
            basis: 'Retries and idempotency are stated: the connection\'s `retries`, else the caller\'s; `idempotent` on the call or its target.',
            unknowns: 'An unstated access may write (as in the estimates); a target that does not declare idempotency is asked about at warning level, and only a stated `idempotent: false` makes the error.',
            severity: 'A warning (the retried writes are stated, the idempotency is not); an error when the design states the call or its target is not idempotent, since then a retry does apply writes twice. On the tuning corpus both grouped findings are concerns a reviewer raises.'
        },
        decisions: [
            'Retries are the connection\'s `retries`, else the source\'s default `retries`; `retries: 0` on the connection switches them off.',
            'A call may write unless its `access` is `reads`: an unsaid access carries reads and writes, as in the estimates.',
            'Targets are the kinds that can declare `idempotent` (services, workers, functions, external systems). A load balancer or gateway is looked through: the call reaches the services behind it. Stores and queues are not judged.',
            '`idempotent` on the connection (a replace-style call, an idempotency key sent with it) wins over the target\'s.',
            'A stateless target (a function, or `stateless: true`) with no connection of its own that may write changes nothing when run twice: a retry to it repeats no write and is not judged in a design that draws where its writes go (some component writes a store); a sketch that draws no store says nothing either way (field corpus, round 24: a coffee-ordering workflow\'s retried calls to a menu check and an HTML renderer).',
            'The finding is on the retrying connection (or, grouped, on the group or design that holds the callers); its fix declares the targets idempotent.'
        ],
        examples: {
            flagged: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Web\nWeb -> Orders { retries: 3 }',
            fixed: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2, idempotent: true }\nU -> Web\nWeb -> Orders { retries: 3 }'
        }
    },
    check({ design, index, report }) {
        const targets = new WriteTargets(design, index);
        // The peers: every retried call that may write to a target that can be idempotent, settled or not.
        const retried = design.connections.filter((connection) => retriesOf(connection) > 0 && mayWrite(connection) && canDeclare(connection.target));
        const writes = retried.flatMap((connection): RetriedWrite[] => {
            const written = connection.properties.boolean('idempotent') === true ? undefined : targets.notIdempotentBehind(connection.target);
            return written === undefined ? [] : [{ connection, retries: retriesOf(connection), written, statedNot: statesNotIdempotent(connection, written) }];
        });
        for (const write of writes.filter((candidate) => candidate.statedNot)) {
            report({ ...perCall(write, 'statedNotIdempotent'), severity: 'error' });
        }
        const unstated = writes.filter((write) => !write.statedNot);
        const written = unique(unstated.map((write) => write.written));
        reportDecision(report, {
            affected: unstated.map((write) => ({ on: write.connection, note: `${write.connection.id}: ${write.retries} retries, ${describe(write.written)} not declared idempotent` })),
            peers: peersWhenMost(unstated.length, retried.length),
            once: {
                on: decisionScope(design, unique(unstated.map((write) => write.connection.source))),
                messageId: 'retryPolicy',
                data: { count: unstated.length, calls: connectionList(unstated.map((write) => write.connection)), doTargets: `${written.length === 1 ? 'Does' : 'Do'} ${joinWords(written.map(describe))}` },
                basis: 'stated',
                fix: declareIdempotent(written)
            },
            each: (item) => perCall(unstated.find((write) => write.connection === item.on) as RetriedWrite, 'notIdempotent')
        });
    }
});

function perCall(write: RetriedWrite, messageId: 'notIdempotent' | 'statedNotIdempotent'): Report {
    const { connection, retries, written } = write;
    const via = written === connection.target ? '' : ` (behind ${describe(connection.target)})`;
    const where = connection.properties.boolean('idempotent') === false ? 'the call' : written.name;
    return {
        on: connection,
        messageId,
        data: { id: connection.id, times: retries === 1 ? 'once' : `up to ${retries} times`, target: `${describe(written)}${via}`, where },
        basis: 'stated',
        fix: declareIdempotent([written])
    };
}

function declareIdempotent(targets: readonly Component[]): Fix {
    const [first] = targets;
    if (targets.length === 1) {
        return { kind: 'set-properties', title: `Declare ${first.name} idempotent (deduplicate retried requests)`, target: first, properties: [{ key: 'idempotent', value: 'true' }] };
    }
    return { kind: 'set-properties-each', title: `Declare ${targets.length} targets idempotent (deduplicate retried requests)`, targets, properties: [{ key: 'idempotent', value: 'true' }] };
}

/** Which service a call that may write reaches and that is not idempotent: the target itself, or one behind a load balancer or gateway. */
class WriteTargets {
    private behindForwarders: ReadonlyMap<Component, Component> | undefined;

    constructor(private readonly design: Design, private readonly index: DesignIndex) {}

    notIdempotentBehind(target: Component): Component | undefined {
        if (FORWARDER_KINDS.has(target.kind)) {
            this.behindForwarders ??= nonIdempotentBehindForwarders(this.design, this.index);
            return this.behindForwarders.get(target);
        }
        return isNotIdempotent(target) && !changesNothing(target, this.index) ? target : undefined;
    }
}

/**
 * A stateless target (a function, or `stateless: true`) that writes nowhere
 * (no connection of its own that may write) in a design that draws where
 * its writes go (some component writes a store): running it twice changes
 * nothing, so a retry repeats no write (a step that validates an order or
 * renders a page). A sketch that draws no store says nothing either way.
 */
function changesNothing(target: Component, index: DesignIndex): boolean {
    const stateless = target.kind === 'function' || target.properties.boolean('stateless') === true;
    // A stated `idempotent: false` wins: the design knows of a side effect it does not draw.
    return stateless && target.properties.boolean('idempotent') === undefined && !index.outgoing(target).some(writesTo) && drawsStoreWrites(index.design);
}

function drawsStoreWrites(design: Design): boolean {
    return design.connections.some((connection) => RECORD_KINDS.has(connection.target.kind) && writesTo(connection));
}

/** The connection's retries, else the caller's default; none when neither says. */
function retriesOf(connection: Connection): number {
    return connection.properties.number('retries') ?? connection.source.properties.number('retries') ?? 0;
}

function mayWrite(connection: Connection): boolean {
    return connection.access !== 'reads';
}

function canDeclare(component: Component): boolean {
    return IDEMPOTENCY_KINDS.has(component.kind) || FORWARDER_KINDS.has(component.kind);
}

function isNotIdempotent(component: Component): boolean {
    return IDEMPOTENCY_KINDS.has(component.kind) && component.properties.boolean('idempotent') !== true;
}

function statesNotIdempotent(connection: Connection, written: Component): boolean {
    return connection.properties.boolean('idempotent') === false
        || (connection.properties.boolean('idempotent') === undefined && written.properties.boolean('idempotent') === false);
}

/**
 * For each load balancer or gateway, one service behind it (through any
 * number of forwarders, over calls that may write) that is not idempotent.
 * One backward walk from those services serves every retrying connection.
 */
function nonIdempotentBehindForwarders(design: Design, index: DesignIndex): Map<Component, Component> {
    const found = new Map<Component, Component>();
    const queue: { reached: Component; service: Component }[] = design.components
        .filter((component) => isNotIdempotent(component) && !changesNothing(component, index))
        .map((service) => ({ reached: service, service }));
    for (let head = 0; head < queue.length; head++) {
        const { reached, service } = queue[head];
        for (const connection of index.incoming(reached)) {
            const forwarder = connection.source;
            if (FORWARDER_KINDS.has(forwarder.kind) && mayWrite(connection) && connection.properties.boolean('idempotent') !== true && !found.has(forwarder)) {
                found.set(forwarder, service);
                queue.push({ reached: forwarder, service });
            }
        }
    }
    return found;
}
