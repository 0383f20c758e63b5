import type { Component, Connection } from '../../../model/design.js';
import { listOf } from '../../helpers/wording.js';
import type { ComponentEstimate, DesignEstimates } from '../../../estimates/estimate-design.js';
import { count, exactRate, seconds } from '../../../estimates/figure.js';
import { describe } from '../../../model/component-facts.js';
import { defineRule } from '../../rule.js';
import type { Report } from '../../rule-context.js';

interface Options {
    readonly maxCalls: number;
}

export default defineRule<Options>({
    meta: {
        id: 'perf/request-amplification',
        section: 'performance-testing',
        severity: 'warning',
        description: 'A connection makes many calls for one request of its caller (`calls`), multiplying the load on its target and the caller\'s latency.',
        rationale: 'A call made once per item (the N+1 query, a page that fetches each of its 50 items from another service) turns one request into N: the target gets N times the caller\'s load, and N round trips made one after another add N times the target\'s latency to the request. It is invisible in a diagram that draws one arrow. Batch the calls (one request for all the items), fetch them in parallel, or cache them.',
        question: 'Why does {element} make so many calls per request, and could one batched call replace them?',
        messages: {
            amplified: '{source} makes {calls} calls to {target} for each request it serves (calls: {calls}): {target} gets {calls}× its load{load}, and made one after another they add {calls} round trips{latency} to each request. Batch them into one call, or make them in parallel.',
            perItem: '{source} calls {targets} once for each item it handles (calls: per_item): a request over N items makes N calls to {each}, so its latency and the load it puts on {them} grow with the size of the result, not with the traffic. Batch the calls (one request for all the items), make them in parallel, or cache what they return.',
            overCapacity: '{source} makes {calls} calls to {target} for each request it serves: {callerLoad} × {calls} = {load} at peak, more than {target} serves ({capacity}; capacity: {capacityDerivation}). Batch the calls, or give {target} the capacity.'
        },
        options: {
            schema: { type: 'object', properties: { maxCalls: { type: 'integer', minimum: 2, description: 'Calls per request from which a connection is reported, whatever the load.' } }, additionalProperties: false },
            defaults: { maxCalls: 10 }
        },
        references: ['Google SRE book, ch. 22 "Addressing Cascading Failures"', 'Fowler, Patterns of Enterprise Application Architecture: "Lazy Load" and the N+1 problem'],
        decisions: [
            '`calls` on a connection is the number of calls made over it for one request of its caller; only values above 1 amplify.',
            '`calls: per_item` states a call per item of what the caller handles (an N+1 loop) without a count: it is reported whatever the load, since the count grows with the data. A caller\'s per-item connections are one finding on the caller (one loop to batch), listing each as related; a single one is reported on the connection.',
            'Reported when `calls` reaches the `maxCalls` option (10), or when the caller\'s estimated load times `calls` exceeds the target\'s capacity as the design states it or its engine gives it (a capacity assumed from the kind is not used for this).',
            'The latency it adds is counted only from a stated or engine latency of the target; otherwise the message says how many round trips, without a figure.',
            'One finding per amplifying connection, on the connection: each is its own code path.'
        ],
        quality: {
            grouping: 'Per connection: each amplifying call site is its own change.',
            basis: 'Stated: `calls`, and the load, capacity and latency only where they are stated or engine facts; no assumed figure is used.',
            unknowns: 'A connection that states no `calls` is one call per request; an unstated capacity is not compared; `calls: per_item` is reported without a figure.',
            severity: 'Warning: a call per item is a gap a reviewer raises (3 of 3 on the 49 tuning designs: a trip search that calls three services for every trip it lists, a dispatch that asks for a route and a driver record once per nearby driver).'
        },
        examples: {
            flagged: 'client U\nservice Page\nservice Catalog\nU -> Page : https\nPage -> Catalog { protocol: https, calls: 50 }',
            fixed: 'client U\nservice Page\nservice Catalog\nU -> Page : https\nPage -> Catalog { protocol: https, calls: 1 }'
        }
    },
    check({ design, estimates, options, report }) {
        reportPerItem(design.connections, report);
        for (const connection of design.connections) {
            const calls = connection.properties.number('calls');
            if (calls === undefined || calls <= 1 || connection.source.foreign) {
                continue;
            }
            if (!reportOverCapacity(connection, calls, estimates(), report) && calls >= options.maxCalls) {
                reportAmplified(connection, calls, estimates(), report);
            }
        }
    }
});

/** Connections stated `calls: per_item`: one finding per caller (its loop is the one thing to batch). */
function reportPerItem(connections: readonly Connection[], report: (report: Report) => void): void {
    const byCaller = new Map<Component, Connection[]>();
    for (const connection of connections) {
        if (connection.properties.string('calls') === 'per_item' && !connection.source.foreign) {
            byCaller.set(connection.source, [...(byCaller.get(connection.source) ?? []), connection]);
        }
    }
    for (const [caller, looped] of byCaller) {
        report({
            on: looped.length === 1 ? looped[0] : caller,
            messageId: 'perItem',
            data: { source: describe(caller), targets: listOf(looped.map((connection) => connection.target)), each: looped.length === 1 ? 'it' : 'each', them: looped.length === 1 ? 'it' : 'them' },
            basis: 'stated',
            related: looped.length === 1 ? [] : looped.map((connection) => ({ on: connection, message: `${connection.id}: calls: per_item` }))
        });
    }
}

/** The target's stated or engine capacity is below the caller's load times the calls: reported with the arithmetic. */
function reportOverCapacity(connection: Connection, calls: number, estimates: DesignEstimates, report: (report: Report) => void): boolean {
    const caller = estimates.components.get(connection.source);
    const target = estimates.components.get(connection.target);
    const callerLoad = callerLoadOf(caller);
    const capacity = target?.capacity;
    if (callerLoad === undefined || !capacity || capacity.basis === 'assumed' || callerLoad * calls <= capacity.value) {
        return false;
    }
    report({
        on: connection,
        messageId: 'overCapacity',
        data: { source: describe(connection.source), target: connection.target.name, calls: count(calls), callerLoad: exactRate(callerLoad), load: exactRate(callerLoad * calls), capacity: exactRate(capacity.value), capacityDerivation: capacity.derivation },
        basis: capacity.basis ?? 'stated'
    });
    return true;
}

function reportAmplified(connection: Connection, calls: number, estimates: DesignEstimates, report: (report: Report) => void): void {
    const callerLoad = callerLoadOf(estimates.components.get(connection.source));
    const latency = estimates.components.get(connection.target)?.latency;
    const knownLatency = latency && latency.basis !== 'assumed' ? latency : undefined;
    report({
        on: connection,
        messageId: 'amplified',
        data: {
            source: describe(connection.source),
            target: connection.target.name,
            calls: count(calls),
            load: callerLoad === undefined ? '' : ` (${exactRate(callerLoad)} × ${count(calls)} = ${exactRate(callerLoad * calls)} at peak)`,
            latency: knownLatency ? ` (${count(calls)} × ${seconds(knownLatency.value)} = ${seconds(calls * knownLatency.value)})` : ''
        },
        basis: knownLatency?.basis ?? 'stated'
    });
}

/** The caller's estimated requests per second at peak, when the load rests on stated figures only. */
function callerLoadOf(caller: ComponentEstimate | undefined): number | undefined {
    const load = caller?.load?.total;
    return load && load.basis !== 'assumed' ? load.value : undefined;
}
