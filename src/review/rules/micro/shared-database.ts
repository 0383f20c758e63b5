import type { Component, Connection, Group } from '../../../model/design.js';
import { isExportRead } from '../../helpers/copy-jobs.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { RelatedReport } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS, describe } from '../../../model/component-facts.js';
import { spansSeveralSystems } from '../../helpers/systems.js';
import { isStoreProxy } from '../../helpers/writes.js';

/** Related locations shown with one finding. */
const MAX_RELATED = 25;

export default defineRule({
    meta: {
        id: 'micro/shared-database',
        section: 'microservices',
        severity: 'warning',
        description: 'A database is read or written by components of two or more `system` groups.',
        rationale: 'A database shared by several systems is an integration point nobody owns: its schema becomes a contract between teams, a migration for one system can break another, a heavy query from one starves the others, and none of them can be deployed, scaled or fail on its own. Give each system its own database and share data through its API or through events (database per service).',
        question: 'Which team owns the schema of {element}, and how do the others change it without breaking each other?',
        messages: {
            shared: '{what} is read or written by {count} systems ({systems}): a schema change in one breaks the others, and none of them can deploy, scale or fail on its own.'
        },
        references: ['Chris Richardson, microservices.io: Database per service and Shared database patterns', 'Microsoft Azure Architecture Center: Data considerations for microservices'],
        quality: {
            grouping: 'One finding per database, listing the connections from each system as related locations.',
            basis: 'Stated: `system` groups and the connections into the database (through proxies in front of it).',
            unknowns: 'A design without `system` groups is not split into microservices yet, so nothing is shared; nested systems are one boundary.',
            severity: 'Warning: shared schema coupling is a gap a reviewer raises; no corpus design with systems shares a database.'
        },
        decisions: [
            'Services, workers, functions and gateways that connect to the database (in either mode, reading or writing) use it; monitoring, logging and other stores connected to it (replication, change data capture) do not.',
            'A component belongs to its innermost `system`. Nested systems are one boundary: a database used by a system and by a system inside it is not shared; one used by two sibling systems is.',
            'An export job\'s read (a worker or function nothing calls or feeds whose every input is a read of a store and which writes into another store: a nightly mongoexport into a warehouse, an ETL copy into a data lake) does not share the database: it copies rows out on a schedule and holds no state there, so its system does not count. A job that reads and writes nothing drawn (a report) or relays into a queue (an outbox or change-data-capture relay) still counts (field corpus, round 32: a data pipeline dumping a core database into a warehouse was called a second owner of it).',
            'Components outside every system belong to no system and do not count: a design without systems is not split into microservices yet, so nothing is shared between them.',
            'A load balancer or proxy in front of the database that forwards only to stores is looked through: the components behind it use the database.',
            'Only `database` components are judged, as the catalog says; caches, queues and storage shared between systems are left alone.'
        ],
        examples: {
            flagged: 'database Db { replicas: 2 }\nsystem Orders {\n  service OrderApi { replicas: 2 }\n}\nsystem Billing {\n  service Invoicer { replicas: 2 }\n}\nOrderApi -> Db : sql, tls\nInvoicer -> Db : sql, tls',
            fixed: 'system Orders {\n  service OrderApi { replicas: 2 }\n  database OrdersDb { replicas: 2 }\n}\nsystem Billing {\n  service Invoicer { replicas: 2 }\n  database BillingDb { replicas: 2 }\n}\nOrderApi -> OrdersDb : sql, tls\nInvoicer -> BillingDb : sql, tls\nInvoicer -> OrderApi : grpcs'
        }
    },
    check({ index, report }) {
        for (const database of index.ofKind('database')) {
            const usesBySystem = usesBySystemOf(database, index);
            if (!spansSeveralSystems([...usesBySystem.keys()])) {
                continue;
            }
            report({
                on: database,
                messageId: 'shared',
                data: { what: describe(database), count: usesBySystem.size, systems: systemsText(usesBySystem) },
                related: [...usesBySystem].flatMap(([system, uses]) => uses.map((use): RelatedReport => ({ on: use, message: `${use.id}: used from system ${system.name}` }))).slice(0, MAX_RELATED)
            });
        }
    }
});

/** The connections from code that uses the database, by the innermost system of their source, in declaration order. */
function usesBySystemOf(database: Component, index: DesignIndex): Map<Group, Connection[]> {
    const bySystem = new Map<Group, Connection[]>();
    // An export job that only reads the database copies it out (ETL): it reads the schema but shares no state.
    for (const connection of usesOf(database, index).filter((use) => !isExportRead(use, index))) {
        const system = COMPUTE_KINDS.includes(connection.source.kind) ? index.systemOf(connection.source) : undefined;
        if (system) {
            const uses = bySystem.get(system) ?? [];
            uses.push(connection);
            bySystem.set(system, uses);
        }
    }
    return bySystem;
}

/**
 * The connections into the database, and into a load balancer or proxy that
 * forwards only to stores in front of it: a proxy drawn before the database
 * does not hide who uses it.
 */
function usesOf(database: Component, index: DesignIndex): Connection[] {
    const direct = index.incoming(database);
    const throughProxies = direct.filter((connection) => isStoreProxy(connection.source, index)).flatMap((connection) => index.incoming(connection.source));
    return [...direct, ...throughProxies];
}

/** `Orders (OrderApi), Billing (Invoicer, Refunds)`. */
function systemsText(usesBySystem: ReadonlyMap<Group, readonly Connection[]>): string {
    return [...usesBySystem].map(([system, uses]) => `${system.name} (${[...new Set(uses.map((use) => use.source.name))].join(', ')})`).join(', ');
}
