import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { joinWords, namesOf } from '../../helpers/wording.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';

/** Kinds that run a service's code: the hub and its callers. */
const CODE_KINDS = new Set<Component['kind']>(['service', 'worker', 'function']);

/** Stores that hold a service's own records (a cache or a queue is not its data). */
const OWN_DATA_KINDS = new Set<Component['kind']>(['database', 'storage', 'search']);

/** Fewer callers is a service and its client, not a data layer shared by the system. */
const HUB_CALLERS = 3;

export default defineRule({
    meta: {
        id: 'micro/entity-service-hub',
        section: 'microservices',
        severity: 'info',
        description: 'One service is the only way to the data, and several services that keep no data of their own call it synchronously for theirs.',
        rationale: 'Splitting a system into services pays when each owns its data and can change, deploy and fail on its own. A "persistence service" or entity service that fronts the one database and answers every other service\'s reads and writes keeps the shared database in all but name: every change to the data model goes through it, every request of every service waits on it, and it carries the whole system\'s load. It can be a deliberate data-access tier, but a reviewer asks whether the services were meant to be independent.',
        question: 'Which service owns which data behind {element}, and can one of them change its data model without the others?',
        messages: {
            hub: '{what} is the only service on {stores}, and {count} services that keep no data of their own call it synchronously for theirs ({callers}): is it a deliberate data-access tier? If the services are meant to be independent, it is a shared database behind an API: every change to the data model goes through it, every request waits on it, and it carries every service\'s load. Give each service the data it owns, or say why one tier serves them all.',
            hubs: '{count} services ({hubs}) are each the only service on their data, and services that keep no data of their own call them synchronously for it: is the system deliberately cut into entity services that workflow services call? If the services are meant to be independent, each hub is a shared database behind an API: every change to its data model goes through it, every request waits on it, and it carries its callers\' load. Give each service the data it owns, or say why the entity services serve them all.'
        },
        references: ['Michael Nygard, "The Entity Service Antipattern" (2017)', 'Sam Newman, Building Microservices (2nd ed.), ch. 2 "Information Hiding" and ch. 3 on splitting data'],
        decisions: [
            `A hub is a service, worker or function that is the only code connected to one or more databases, storage or search stores, and that at least ${HUB_CALLERS} other services, workers or functions call synchronously while none of those callers connects to a database, storage or search store of its own.`,
            'Caches and queues of the callers do not count as their own data: a cache holds copies, a queue carries messages.',
            `Fewer than ${HUB_CALLERS} callers is a service and its clients, not a data layer the system shares.`,
            'One finding per hub, listing each caller\'s connection as related. When the design has several hubs, cutting the system into entity services that data-less workflow services call is one decision: one finding on the group holding them (or the design), each hub a related line.'
        ],
        quality: {
            grouping: 'One hub: one finding on it, each caller a related line. Several hubs: one finding for the design (or the group holding them), each hub a related line naming its callers.',
            basis: 'Stated: the connections as drawn (who connects to the stores, who calls the hub synchronously); no figure is used.',
            unknowns: 'A caller with any store of its own is taken as owning data (no hub); the finding is a question, since a data-access tier can be deliberate.',
            severity: 'Info: a question about intent, since a shared data tier is sometimes chosen on purpose (both findings on the tuning corpus of 37 designs raised, once a workflow system\'s entity services were asked about together).'
        },
        examples: {
            flagged: 'service Web\nservice Orders\nservice Billing\nservice Data "data access service"\ndatabase Db\nWeb -> Data : http\nOrders -> Data : http\nBilling -> Data : http\nData -> Db : sql',
            fixed: 'service Web\nservice Orders\nservice Billing\ndatabase OrdersDb\ndatabase BillingDb\nWeb -> Orders : http\nWeb -> Billing : http\nOrders -> OrdersDb : sql\nBilling -> BillingDb : sql'
        }
    },
    check({ design, index, report }) {
        const hubs = index.ofKind('service', 'worker', 'function').flatMap((hub) => hubOf(hub, index));
        reportDecision(report, {
            affected: hubs.map(({ hub, stores, callers }) => ({ on: hub, note: `${describe(hub)}: the only service on ${joinWords(stores.map(describe))}, called by ${namesOf(callers)}` })),
            peers: hubs.length,
            once: {
                on: decisionScope(design, hubs.map(({ hub }) => hub)),
                messageId: 'hubs',
                data: { count: hubs.length, hubs: namesOf(hubs.map(({ hub }) => hub)) },
                basis: 'stated'
            },
            each: ({ on }) => {
                const { hub, stores, callers, calls } = hubs.find((item) => item.hub === on) as Hub;
                return {
                    on: hub,
                    messageId: 'hub',
                    data: { what: describe(hub), stores: joinWords(stores.map(describe)), count: callers.length, callers: namesOf(callers) },
                    basis: 'stated',
                    related: calls.map((connection) => ({ on: connection, message: `${connection.source.name} reaches its data only through ${hub.name}` }))
                };
            }
        });
    }
});

interface Hub {
    readonly hub: Component;
    readonly stores: readonly Component[];
    readonly callers: readonly Component[];
    readonly calls: readonly Connection[];
}

/** The component as a hub: the only code on its stores, called synchronously by enough services that keep no data of their own. */
function hubOf(hub: Component, index: DesignIndex): Hub[] {
    const stores = soleStoresOf(hub, index);
    if (hub.foreign || stores.length === 0) {
        return [];
    }
    const calls = index.incoming(hub).filter((connection) => connection.mode === 'sync' && CODE_KINDS.has(connection.source.kind) && connection.source !== hub);
    const callers = [...new Set(calls.map((connection) => connection.source))];
    if (callers.length < HUB_CALLERS || callers.some((caller) => ownStoresOf(caller, index).length > 0)) {
        return [];
    }
    return [{ hub, stores, callers, calls }];
}

/** The stores of its own data the component connects to. */
function ownStoresOf(component: Component, index: DesignIndex): Component[] {
    return [...new Set(index.outgoing(component).map((connection) => connection.target).filter((target) => OWN_DATA_KINDS.has(target.kind)))];
}

/** The component's own stores that no other code connects to. */
function soleStoresOf(component: Component, index: DesignIndex): Component[] {
    return ownStoresOf(component, index).filter((store) => index.incoming(store).every((connection) => connection.source === component || !CODE_KINDS.has(connection.source.kind)));
}
