import type { Component, Group } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS, describe } from '../../../model/component-facts.js';
import { decisionScope } from '../../helpers/one-decision.js';
import { joinWords } from '../../helpers/wording.js';

/** Kinds that run a service's code and so own the data they use: the compute kinds and an identity provider (its user store). */
const OWNER_KINDS = new Set<Component['kind']>([...COMPUTE_KINDS, 'idp']);

export default defineRule({
    meta: {
        id: 'micro/shared-database-server',
        section: 'microservices',
        severity: 'warning',
        description: 'The databases of several services live on one database server.',
        rationale: 'Separate logical databases keep the schemas apart, but not the server: when the databases of several services share one server (`server`), its failure, a failover, a version upgrade or one service\'s heavy query reaches every one of those services at once, and none of them can be scaled, tuned or restored on its own. It is a common and cheap start (one server to run), but it is one failure domain and one noisy neighbour for everything on it, and a reviewer asks whether that was chosen.',
        question: 'Which services fail together when the server under {element} goes down, and which one can starve the others?',
        messages: {
            shared: '{count} databases ({databases}) of {owners} live on one server ({server}): a failure, failover or upgrade of that server reaches all of them at once, and a heavy query from one slows the others. Is one failure domain for these services a choice? If not, give each its own server.'
        },
        references: ['Chris Richardson, microservices.io: Database per service ("private-tables-per-service, schema-per-service, database-server-per-service")', 'Microsoft Azure Architecture Center: Data considerations for microservices'],
        decisions: [
            'Databases that name the same `server` share it; a database that names none is its own server.',
            'The owners of a database are the innermost `system` of each service, worker, function, gateway or identity provider that connects to it (the component itself when it is in no system); a server is reported when its databases have two owners or more. Databases of one owner on one server are that owner\'s business.',
            'One finding per shared server, on the innermost group holding its databases (the server is one decision), each database a related line.'
        ],
        quality: {
            grouping: 'One finding per shared server, on the group holding its databases, each database a related line.',
            basis: 'Stated: the `server` of each database and the connections into them; no figure is used.',
            unknowns: 'A database that names no server is taken as having its own: nothing is assumed shared.',
            severity: 'Warning: one failure domain for several services is a gap a reviewer raises, though it can be a deliberate start; the source has to state the shared server for the rule to fire.'
        },
        examples: {
            flagged: 'system Orders {\n  service OrderApi\n  database OrdersDb { engine: postgres, server: main_pg }\n}\nsystem Billing {\n  service Invoicer\n  database BillingDb { engine: postgres, server: main_pg }\n}\nOrderApi -> OrdersDb : sql\nInvoicer -> BillingDb : sql',
            fixed: 'system Orders {\n  service OrderApi\n  database OrdersDb { engine: postgres, server: orders_pg }\n}\nsystem Billing {\n  service Invoicer\n  database BillingDb { engine: postgres, server: billing_pg }\n}\nOrderApi -> OrdersDb : sql\nInvoicer -> BillingDb : sql'
        }
    },
    check({ design, index, report }) {
        for (const [server, databases] of databasesByServer(index)) {
            const owners = ownersOf(databases, index);
            if (databases.length < 2 || owners.length < 2) {
                continue;
            }
            report({
                on: decisionScope(design, databases),
                messageId: 'shared',
                data: { count: databases.length, databases: joinWords(databases.map((database) => database.name)), owners: joinWords(owners), server },
                basis: 'stated',
                related: databases.map((database) => ({ on: database, message: `${describe(database)} lives on server ${server}` }))
            });
        }
    }
});

/** The databases that name a server, by that server, in declaration order. */
function databasesByServer(index: DesignIndex): Map<string, Component[]> {
    const byServer = new Map<string, Component[]>();
    for (const database of index.ofKind('database')) {
        const server = database.properties.string('server');
        if (server !== undefined && server !== '' && !database.foreign) {
            byServer.set(server, [...(byServer.get(server) ?? []), database]);
        }
    }
    return byServer;
}

/** The names of the systems (or the components outside any system) whose code uses these databases. */
function ownersOf(databases: readonly Component[], index: DesignIndex): string[] {
    const owners = new Map<Component | Group, string>();
    for (const database of databases) {
        for (const connection of index.incoming(database)) {
            if (OWNER_KINDS.has(connection.source.kind)) {
                const system = index.systemOf(connection.source);
                owners.set(system ?? connection.source, system ? `system ${system.name}` : describe(connection.source));
            }
        }
    }
    return [...owners.values()];
}
