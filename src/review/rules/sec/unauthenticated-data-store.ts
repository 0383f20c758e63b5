import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe, sensitiveDataOf } from '../../../model/component-facts.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { inScope } from '../../../model/out-of-scope.js';
import { listOf } from '../../helpers/wording.js';
import type { Fix } from '../../fix.js';
import { isPubliclyPlaced, oneHostOf } from '../../helpers/network.js';
import { internetReaches } from '../../helpers/private-reach.js';

/** The kinds that hold data a client signs in to read. */
const STORE_KINDS = new Set(['database', 'cache', 'queue', 'search', 'storage']);

export default defineRule({
    meta: {
        id: 'sec/unauthenticated-data-store',
        section: 'security',
        severity: 'warning',
        description: 'A store the design states accepts connections with no authentication at all (`auth: none`).',
        rationale: 'A store started without authentication (MongoDB, Redis or Elasticsearch as their images start by default) lets anything that reaches its port read, change or delete everything it holds: network placement is then the only control, and one compromised or careless workload in the same network (a debugging pod, a service with a bug that lets a caller choose the host) is enough. Scanners find such stores within hours when a port leaks. Each store needs its own credentials, scoped per service, even on a private network.',
        question: 'What stops any workload in the network of {element} from reading or wiping it?',
        messages: {
            one: '{what} accepts connections with no authentication (auth: none){data}: anything that reaches its port can read, change or delete all it holds, so the network is its only protection. Give it credentials per service (kept in a secret store).',
            many: '{count} stores accept connections with no authentication (auth: none: {list}){data}: anything that reaches their ports can read, change or delete all they hold, so the network is their only protection. Turning authentication on with credentials per service is one decision for all of them.'
        },
        fix: 'Sets `auth: basic` on the store once it requires credentials (per service, kept in a secret store).',
        references: ['CWE-306 Missing Authentication for Critical Function', 'MongoDB Security Checklist: Enable Access Control and Enforce Authentication', 'OWASP Top 10 A07:2021 Identification and Authentication Failures'],
        decisions: [
            'Judged only on what the design states: `auth: none` on a database, cache, queue, search index or storage, or, when the store states no `auth`, `auth: none` on every connection into it (its clients present no credentials, so it accepts connections without any). An unstated `auth` is not assumed to be none: whether a deployment turns authentication on is not an engine fact.',
            'An embedded store (`embedded: true`, a library in its user\'s process) has no port to reach and is not judged; nor are stores the design draws but does not describe (`out_of_scope: true`).',
            'Turning authentication on is one decision for the deployment: several stores give one finding on the innermost group holding them (or the design), each a related location; a lone store is reported on itself.',
            'An error when one of them holds pii, payment, credentials or health data (`data`) and the internet reaches it (placed publicly, called from outside the private networks, or reached by clients\' requests through an edge); a warning otherwise: a store only the private network reaches needs a foothold inside first (field corpus, round 34: the open Postgres of a Mastodon install and the open MongoDB of a Rocket.Chat install, neither published, were judged right, and a warning closer than an error).',
            'A store on a network stated to run on one machine (`hosts: 1`) that is not published and holds no sensitive data (a Redis job queue of a self-hosted install) is not judged: only that host\'s containers reach its port, and what it holds is work in flight (field corpus, round 34: five such Redis and Valkey instances, of Immich, Plane, Penpot, PeerTube and Airflow, were judged not worth raising; the same installs\' open stores of personal data are still errors).'
        ],
        quality: {
            grouping: 'One finding for every store stated `auth: none`, on the group that holds them (or the design), each a related location; a lone store is reported on itself.',
            basis: 'Stated: `auth: none` on the store, or on every connection into a store that states no `auth`, and `data` on the stores.',
            unknowns: 'An unstated `auth` is not judged (a store with one client connection of unstated auth is not taken as open); an embedded or out-of-scope store is not judged.',
            severity: 'Error when a store without authentication holds sensitive data and the internet reaches it, a warning otherwise (round 34: stores only the private network reaches need a foothold first); 2 of 2 on the 43 tuning designs concerns the source shows (MongoDB deployments with no credentials, stated on the store or on every connection into it).'
        },
        examples: {
            flagged: 'service Api\ndatabase Db { engine: mongodb, auth: none }\nApi -> Db : tcp',
            fixed: 'service Api\ndatabase Db { engine: mongodb, auth: basic }\nApi -> Db : tcp'
        }
    },
    check({ design, index, traffic, report }) {
        const open = inScope(design.components).filter((component) => acceptsAnyone(component, index) && !isHostLocalScratch(component));
        if (open.length === 0) {
            return;
        }
        const sensitive = [...new Set(open.flatMap(sensitiveDataOf))];
        // An open door to sensitive data is an error where the internet reaches it; inside, it needs a foothold first.
        const outside = internetReaches(traffic, index);
        const severityOf = (stores: readonly Component[]): 'error' | 'warning' => stores.some((store) => sensitiveDataOf(store).length > 0 && outside(store)) ? 'error' : 'warning';
        const severity = severityOf(open);
        const data = sensitive.length > 0 ? `, and between them they hold ${sensitive.join(', ')} data` : '';
        reportDecision(report, {
            affected: open.map((store) => ({ on: store, note: `${describe(store)}: auth: none` })),
            peers: open.length,
            once: {
                on: decisionScope(design, open),
                messageId: 'many',
                data: { count: open.length, list: listOf(open), data },
                severity,
                basis: 'stated',
                fix: requireCredentials(open)
            },
            each: (item) => {
                const store = open.find((candidate) => candidate === item.on) ?? open[0];
                const held = sensitiveDataOf(store);
                return {
                    on: store,
                    messageId: 'one',
                    data: { what: describe(store), data: held.length > 0 ? ` and holds ${held.join(', ')} data` : '' },
                    severity: severityOf([store]),
                    basis: 'stated',
                    fix: requireCredentials([store])
                };
            }
        });
    }
});

/**
 * A store on one machine (`hosts: 1`) that the internet does not reach and
 * that holds no sensitive data (a job queue, a cache of rendered pages):
 * only the host's own containers reach its port, and a password would guard
 * nothing a foothold on that host does not already have.
 */
function isHostLocalScratch(store: Component): boolean {
    return oneHostOf(store) !== undefined && !isPubliclyPlaced(store) && sensitiveDataOf(store).length === 0;
}

function acceptsAnyone(component: Component, index: DesignIndex): boolean {
    if (!STORE_KINDS.has(component.kind) || component.properties.boolean('embedded') === true) {
        return false;
    }
    const auth = component.properties.string('auth');
    return auth === 'none' || (auth === undefined && everyClientConnectsAnonymously(component, index));
}

/**
 * Every connection into the store states `auth: none`: the clients present no
 * credentials, so the store accepts connections without any (a transcription
 * may state it on the connections rather than on the store).
 */
function everyClientConnectsAnonymously(store: Component, index: DesignIndex): boolean {
    const clients = index.incoming(store);
    return clients.length > 0 && clients.every((connection) => connection.properties.string('auth') === 'none');
}

function requireCredentials(stores: readonly Component[]): Fix {
    const [first] = stores;
    if (stores.length === 1) {
        return { kind: 'set-properties', title: `Require credentials on ${first.name}`, target: first, properties: [{ key: 'auth', value: 'basic' }] };
    }
    return { kind: 'set-properties-each', title: `Require credentials on the ${stores.length} stores`, targets: stores, properties: [{ key: 'auth', value: 'basic' }] };
}
