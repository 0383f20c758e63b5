import type { Component, Connection, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';

/** The kinds that can declare `idempotent` (the schema's callers). */
const IDEMPOTENCY_KINDS = new Set(['service', 'worker', 'function']);
/** Kinds that pass a call on to the services behind them. */
const FORWARDER_KINDS = new Set(['loadbalancer', 'gateway']);

export default defineRule({
    meta: {
        id: 'avail/retry-without-idempotency',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'A connection retries calls that may write to a target that is not idempotent.',
        rationale: 'A timeout does not say whether the call failed or only its answer was lost. Retrying a write to a target that is not idempotent can therefore apply it twice: two orders, two charges, two emails. Retries are safe only when the target makes a repeated request harmless, typically with an idempotency key it stores with the result.',
        question: 'What happens when {element} retries a write that had actually succeeded?',
        messages: {
            notIdempotent: '{id} retries up to {retries} times a call that may write to {target}, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).'
        },
        fix: 'Sets `idempotent: true` on the target service (declaring it deduplicates requests, e.g. by an idempotency key).',
        references: ['AWS Well-Architected REL04-BP04 Make mutating operations idempotent', 'AWS Well-Architected REL05-BP03 Control and limit retry calls'],
        decisions: [
            'Retries are the connection\'s `retries`, else the source\'s default `retries`; `retries: 0` on the connection switches them off.',
            'A call may write unless its `access` is `reads`: an unsaid access carries reads and writes, as in the estimates.',
            'Targets are the kinds that can declare `idempotent` (services, workers, functions). A load balancer or gateway is looked through: the call reaches the services behind it. Stores, queues and external systems cannot declare idempotency in the language and are not judged.',
            'The finding is on the retrying connection; its fix declares the target idempotent.'
        ],
        examples: {
            flagged: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Web\nWeb -> Orders { retries: 3 }',
            fixed: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2, idempotent: true }\nU -> Web\nWeb -> Orders { retries: 3 }'
        }
    },
    check({ design, index, report }) {
        const targets = new WriteTargets(design, index);
        for (const connection of design.connections) {
            const retries = retriesOf(connection);
            const written = retries > 0 && mayWrite(connection) ? targets.notIdempotentBehind(connection.target) : undefined;
            if (written === undefined) {
                continue;
            }
            const via = written === connection.target ? '' : ` (behind ${describe(connection.target)})`;
            report({
                on: connection,
                messageId: 'notIdempotent',
                data: { id: connection.id, retries, target: `${describe(written)}${via}` },
                fix: { kind: 'set-properties', title: `Declare ${written.name} idempotent (deduplicate retried requests)`, target: written, properties: [{ key: 'idempotent', value: 'true' }] }
            });
        }
    }
});

/** Which service a call that may write reaches and that is not idempotent: the target itself, or one behind a load balancer or gateway. */
class WriteTargets {
    private behindForwarders: ReadonlyMap<Component, Component> | undefined;

    constructor(private readonly design: Design, private readonly index: DesignIndex) {}

    notIdempotentBehind(target: Component): Component | undefined {
        if (FORWARDER_KINDS.has(target.kind)) {
            this.behindForwarders ??= nonIdempotentBehindForwarders(this.design, this.index);
            return this.behindForwarders.get(target);
        }
        return isNotIdempotent(target) ? target : undefined;
    }
}

/** The connection's retries, else the caller's default; none when neither says. */
function retriesOf(connection: Connection): number {
    return connection.properties.number('retries') ?? connection.source.properties.number('retries') ?? 0;
}

function mayWrite(connection: Connection): boolean {
    return connection.access !== 'reads';
}

function isNotIdempotent(component: Component): boolean {
    return IDEMPOTENCY_KINDS.has(component.kind) && component.properties.boolean('idempotent') !== true;
}

/**
 * For each load balancer or gateway, one service behind it (through any
 * number of forwarders, over calls that may write) that is not idempotent.
 * One backward walk from those services serves every retrying connection.
 */
function nonIdempotentBehindForwarders(design: Design, index: DesignIndex): Map<Component, Component> {
    const found = new Map<Component, Component>();
    const queue: { reached: Component; service: Component }[] = design.components
        .filter(isNotIdempotent)
        .map((service) => ({ reached: service, service }));
    for (let head = 0; head < queue.length; head++) {
        const { reached, service } = queue[head];
        for (const connection of index.incoming(reached)) {
            const forwarder = connection.source;
            if (FORWARDER_KINDS.has(forwarder.kind) && mayWrite(connection) && !found.has(forwarder)) {
                found.set(forwarder, service);
                queue.push({ reached: forwarder, service });
            }
        }
    }
    return found;
}
