import type { Component, Connection, Design } from '../../../model/design.js';
import type { Report } from '../../rule-context.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe, isDataStore } from '../../../model/component-facts.js';
import { networkOf } from '../../helpers/network.js';
import { authScheme, hasPublishedLogin } from '../../helpers/authentication.js';
import { dataClassOf, linkDataClass } from '../../helpers/data-classes.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';
import { inScope } from '../../../model/out-of-scope.js';
import { plainSecretsPlace } from '../../helpers/plain-secrets.js';
import { looksUp } from '../../helpers/connection-words.js';

/** Why a store is exposed, with the message and the fix that removes that reason. */
interface Exposure {
    readonly messageId: 'reachedByClient' | 'markedPublic' | 'inPublicNetwork' | 'outsideNetworks';
    readonly data: Readonly<Record<string, string>>;
    readonly fix: Fix;
    /** Reached by clients that only read it: what is at stake is what it holds. */
    readonly readByClients?: boolean;
}

export default defineRule({
    meta: {
        id: 'sec/exposed-data-store',
        section: 'security',
        severity: 'error',
        description: 'A database, cache, queue, search index or storage outside every private network, marked `public: true`, or reached by a client directly.',
        rationale: 'A data store that the internet can reach is one leaked password, default configuration or unpatched flaw away from a breach: scanners find open database, Redis and Elasticsearch ports within hours. Stores belong in a private network, reached only by the services that own them, so that every request passes code that checks who is asking. A client talking to a store directly also has to carry the store\'s credentials, where anyone can extract them.',
        question: 'Who can reach {element} from the internet, and what stops them?',
        messages: {
            reachedByClient: '{what} is reached directly by client {client}: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.',
            markedPublic: '{what} is marked public: true: anyone on the internet can reach its data, one leaked credential or loose permission away from a breach.',
            inPublicNetwork: '{what} sits in public network {network}: anyone on the internet can reach it, one leaked credential or unpatched flaw away from a breach.',
            publishedMany: '{count} stores are published to the internet ({list}: `public: true` or a public network): anyone can reach their data, each one leaked credential or unpatched flaw away from a breach. One decision settles them all: keep the stores off the internet (private networks or private endpoints).',
            outsideNetworks: '{what} sits outside every private network, so it is reachable from the internet: one leaked credential or unpatched flaw away from a breach.',
            outsideNetworksMany: '{count} stores sit outside every private network, so they are reachable from the internet: each is one leaked credential or unpatched flaw away from a breach. One decision settles them all: private networks or private endpoints for the stores.',
            signingUnstated: 'Clients reach {stores} directly ({clients}) and the design does not say how their requests are authorised: pre-signed URLs or scoped credentials per user, or open to anyone who has the address? State `auth` on their links (`token` for pre-signed URLs, `iam` for scoped credentials, `none` if open).',
            sendersUnstated: 'Clients send straight into {stores} ({senders}) and the design does not say how each sender authenticates: does each hold its own revocable credential (a token or key per device), or one shared key that leaks from any of them? State `auth` on their links.',
            noNetworks: 'The design draws no networks, so it does not say whether the internet can reach {stores}, and {weakness}: what keeps {verb} private? Put the stores in a `network` (private by default), or say `public: false`.'
        },
        fix: 'Moves the store into a private network; sets `public: false`; puts a service between clients and a store they call directly, or, for object storage and provider-API stores, authenticates the client\'s requests (`auth: token` or `auth: iam` on the connection).',
        threagile: 'unguarded-access-from-internet (CWE-501), missing-network-segmentation (CWE-1008)',
        references: [
            'AWS Well-Architected SEC05-BP01 Create network layers',
            'OWASP Top 10 A01:2021 Broken Access Control',
            'OWASP Top 10 A05:2021 Security Misconfiguration'
        ],
        decisions: [
            'Stores are databases, caches, queues, search indexes and storage. One finding per store, for the first reason that applies: a client connects to it directly, it is `public: true`, it sits in a `network` with `exposure: public`, or it sits outside every network.',
            'Stores the design publishes (`public: true`, or in a network with `exposure: public`; a Compose file\'s published ports read as `public: true`) are one decision, keeping the stores off the internet: several give one finding, on the innermost group holding them or the design, listing them; a lone one is reported on itself.',
            'Managed stores served from the provider\'s own API endpoint are not exposed by placement: no network of a design can hold them, and the provider keeps them private unless told otherwise (S3 and GCS block public access by default). These are `storage` with a managed engine (S3, GCS, or `managed: true`) and managed stores that are highly available on their own (DynamoDB, SQS, Pub/Sub, Kinesis, BigQuery, Spanner, Cosmos DB). They are still flagged when `public: true` or reached by a client directly; drawn inside a network the design marks public they are not, since no network holds them (field corpus, round 31: ten DynamoDB tables and S3 buckets drawn in per-region public groups, every call IAM-signed, were one warning). Managed stores that run inside a VPC (Aurora, ElastiCache, Redshift) are judged by placement like any other.',
            'A client reaching object storage (`storage`), or a store served from the provider\'s API, over a connection with `auth` (pre-signed URLs, `auth: token`, scoped cloud credentials, `auth: iam`) is the standard direct upload, download and mobile-backend pattern and is not flagged. A client reaching any other store directly is, whatever its credentials: they ship inside the client.',
            'A client reaching object storage over a connection that states no `auth` at all is not taken to be unguarded: object storage refuses unsigned requests unless told otherwise, and pre-signed URLs are the usual way in. Unknown is not worst case: only where the links or the buckets carry pii, payment, credentials or health data is one question (info, basis assumed) asked for all such links, how the requests are authorised, settled by `auth` on the links; for unclassified files the provider\'s default (private, signed requests only) is taken as the answer (on the field corpus both such questions were beside the point: one bucket private by default and uploaded to with IAM credentials, one whose source states pre-signed URLs). `auth: none` stated on the link is the exposure, and stays an error.',
            '`public: false` on the store itself says it is not reachable from the internet (security groups, a private endpoint) and silences the placement findings; a client connecting to it directly is still flagged.',
            'Object storage that declares only `data: [public]` (static assets, a public website) is meant to be read by anyone and is not flagged.',
            'A client that only appends to a queue served from the provider\'s API (`access: writes` to Event Hubs, Kinesis, Pub/Sub, SQS: devices or apps sending events) is the ingestion pattern those services are built for: the provider authenticates every sender, and a send-only credential extracted from a client can add events but not read or change what others sent. It is not flagged; who may send is a question for the consumer\'s validation, not an exposed store. A client that reads from such a queue, or writes to any other store, still is. An arrow into such a queue that states no `access` is a send too, as the language reads an arrow into a queue everywhere else (round 29: a bank\'s application gateways pushing telemetry into Event Hubs were flagged at error).',
            'A client that states `managed: true` is a provider-run service (hosted analytics or reporting reading results), not an app on users\' devices: its credential stays in the provider\'s service, so its direct link is not flagged; the store\'s placement is still judged.',
            'Clients only appending to such queues with no `auth` on their links, where the links carry sensitive data (their own `data`, else the queue\'s), give one question (info, assumed) for the design: does each sender hold its own revocable credential, or one shared key? `auth` on the links settles it.',
            'A store clients reach directly is an error when any of them writes to it (or states no `access`) or when it holds pii, payment, credentials or health data; when every such client only `reads` and the store states no sensitive data (unclassified content such as thumbnails, or `public`), it is a warning: the architecture is still one a reviewer questions, but the stated facts show no data to lose.',
            'Only `client` components count as "a client"; an `external` system writing to a store is not judged here.',
            'A person who only reads a store with its own client (`human: true` on the client, `access: reads`: an analyst\'s SQL shell, an operator\'s log-query CLI) signs in with an account of their own that the store\'s permissions scope: that is not a credential shipped inside an app, and the link is not flagged (field corpus, round 16: a log store queried by engineers with per-user accounts was flagged at error); the store\'s placement is still judged. A link that states no `access` counts as reading when its label opens with a look-up (search, query, get, list...: round 27, staff searching an Elasticsearch reporting cluster through its own login were flagged at error).',
            'A store stated `embedded: true` runs inside its service\'s process (SQLite, an in-memory map, a simulated store, a broker started by the service): where it sits is where its service sits, so it is not judged by placement; stated `public: true`, in a public network or reached by a client directly, it still is.',
            'Object storage that only CDNs read from is the origin of what they publish (a static website) and is not flagged.',
            'Stores outside every network are one decision (private networks or private endpoints): several give one finding listing them, an error when any holds pii, payment, credentials or health data, a warning otherwise. A design that draws no networks at all does not say its stores face the internet (security groups, one data centre\'s own network or a cluster-internal service keep most stores private without a drawn network): unknown is not worst case, so it is asked only where the design states that reaching a store would be a breach, because a listed store has default or published credentials (`default_credentials: true`) or no authentication (`auth: none`), or `security.secrets` keeps secrets in plain sight (environment, configuration, code), or where the design draws no front tier either (no load balancer, gateway or CDN: clients reach its servers directly, so nothing separates a public tier from a private one, as in a first sketch). A design with a front tier has the usual split, stores behind it with the servers. Then one question (info) lists them (on the store itself when there is one).'
        ],
        quality: {
            grouping: 'Stores reached by a client directly are each their own finding; stores marked public or in a public network are one finding (keeping them off the internet is one decision), on the innermost group holding them (or the design), each store a related location, a lone one reported on itself; stores outside every network are one finding on the design listing them, with each store a related location; clients sending into provider-API queues without a stated credential are one question, each link a related location, and so are clients reaching object storage holding sensitive data on links that state no `auth`.',
            basis: 'Stated: network groups and their exposure, `public`, `data`, client connections and their `auth`; engine facts for managed stores served from the provider\'s API.',
            unknowns: 'A design without networks gets no exposure per store: one question, and only where it states that a store\'s credentials are weak (default, none, or secrets kept in plain sight) or draws no front tier either; managed stores served from the provider\'s API, clients only sending events into such a queue, and CDN origins are not assumed exposed (how such senders authenticate, left unstated, is one question resting on that assumption); a client reaching object storage on a link that states no `auth` is not assumed unsigned: one question asks how its requests are authorised, and only where the data it reaches is sensitive (the provider\'s default, private and signed, answers it for unclassified files). Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed.',
            severity: 'Error where the stated facts put a store on the internet (a client reaches it, `public: true`, a public network, or outside the drawn networks with sensitive data); warning for unclassified stores outside the drawn networks and for stores clients only read that state no sensitive data; info for the no-networks question. Info also for a client reaching object storage holding sensitive data on a link that states no `auth` (basis assumed). On the tuning corpus (79 designs): 10 of 15 findings raised, all 5 errors among them; one store read directly by browsers (a warning) is a transcription that leaves out the serving tier in front of it, and 4 questions are not worth raising; the 2 questions once asked about unclassified buckets reached on links with no `auth` (one private by default and written with IAM credentials, one whose source states pre-signed URLs) are no longer asked.'
        },
        examples: {
            flagged: 'client U\nnetwork app {\n  service Api { replicas: 2 }\n}\ndatabase Db { engine: postgres }\nU -> Api : https\nApi -> Db : sql',
            fixed: 'client U\nnetwork app {\n  service Api { replicas: 2 }\n  database Db { engine: postgres }\n}\nU -> Api : https\nApi -> Db : sql'
        }
    },
    check({ design, index, report }) {
        reportUnstatedSenders(design, index, report);
        reportUnstatedSigning(design, index, report);
        const outside: Component[] = [];
        const published: { store: Component; exposure: Exposure }[] = [];
        for (const store of inScope(design.components).filter(isDataStore)) {
            const exposure = exposureOf(store, index);
            if (exposure?.messageId === 'outsideNetworks') {
                // Placement says nothing of a store inside its service's process: it is as private as that service.
                if (!isEmbedded(store)) {
                    outside.push(store);
                }
            } else if (exposure?.messageId === 'markedPublic' || exposure?.messageId === 'inPublicNetwork') {
                published.push({ store, exposure });
            } else if (exposure) {
                // Clients that only read a store holding nothing stated as
                // sensitive: a gap to raise, not a stated breach.
                const severity = exposure.readByClients === true && dataClassOf(store).kind !== 'sensitive' ? 'warning' : 'error';
                report({ on: store, messageId: exposure.messageId, data: { what: describe(store), ...exposure.data }, severity, basis: 'stated', fix: exposure.fix });
            }
        }
        reportPublished(design, published, report);
        if (outside.length === 0) {
            return;
        }
        if (!design.groups.some((group) => group.kind === 'network')) {
            reportNoNetworks(design, outside, report);
            return;
        }
        const severity = outside.some((store) => dataClassOf(store).kind === 'sensitive') ? 'error' : 'warning';
        reportDecision(report, {
            affected: outside.map((store) => ({ on: store, note: `${describe(store)}: outside every private network` })),
            peers: outside.length,
            once: {
                on: design,
                messageId: 'outsideNetworksMany',
                data: { count: outside.length },
                severity,
                basis: 'stated',
                fix: moveIntoPrivateNetwork(outside[0])
            },
            each: (item) => {
                const store = outside.find((candidate) => candidate === item.on) ?? outside[0];
                return { on: store, messageId: 'outsideNetworks', data: { what: describe(store) }, severity, basis: 'stated', fix: moveIntoPrivateNetwork(store) };
            }
        });
    }
});

/**
 * Stores the design publishes (`public: true`, a public network: what a
 * Compose file's published ports say) are one decision, keeping the stores
 * off the internet: several give one finding listing them, one its own.
 */
function reportPublished(design: Design, published: readonly { store: Component; exposure: Exposure }[], report: (report: Report) => void): void {
    const stores = published.map((item) => item.store);
    reportDecision(report, {
        affected: published.map(({ store, exposure }) => ({ on: store, note: `${describe(store)}: ${exposure.messageId === 'markedPublic' ? 'public: true' : `in public network ${exposure.data.network}`}` })),
        peers: published.length,
        once: {
            on: decisionScope(design, stores),
            messageId: 'publishedMany',
            data: { count: stores.length, list: stores.map((store) => store.name).join(', ') },
            basis: 'stated',
            fix: { kind: 'set-properties-each', title: 'Keep these stores off the internet', targets: stores, properties: [{ key: 'public', value: 'false' }] }
        },
        each: (item) => {
            const { store, exposure } = published.find((candidate) => candidate.store === item.on) ?? published[0];
            return { on: store, messageId: exposure.messageId, data: { what: describe(store), ...exposure.data }, basis: 'stated', fix: exposure.fix };
        }
    });
}

/**
 * Clients appending to provider-API queues are not exposure, but how each
 * sender proves who it is (its own revocable credential, or one key shared by
 * every device) is a question when the link states no `auth`: one question
 * for the design, each link a related location.
 */
function reportUnstatedSenders(design: Design, index: DesignIndex, report: (report: Report) => void): void {
    const links = inScope(design.components).filter(isDataStore)
        .flatMap((store) => index.incoming(store).filter((connection) => connection.source.kind === 'client'
            && !providerRunClient(connection.source) && appendsToIngestionQueue(connection, store) && connection.properties.string('auth') === undefined));
    // Only where what they send is sensitive: a forged or leaked sender of
    // unclassified events is the consumer's validation question.
    if (!links.some((link) => linkDataClass(link).kind === 'sensitive')) {
        return;
    }
    const stores = [...new Set(links.map((link) => link.target))];
    const senders = [...new Set(links.map((link) => link.source))];
    report({
        on: stores.length === 1 ? stores[0] : design,
        messageId: 'sendersUnstated',
        data: { stores: listOf(stores), senders: listOf(senders) },
        severity: 'info',
        basis: 'assumed',
        assumptions: links.map((link) => ({ element: `${link.source.name}->${link.target.name}`, text: 'how each sender authenticates is not stated', settle: 'auth' })),
        related: links.map((link) => ({ on: link, message: `${link.source.name} -> ${link.target.name}: sender credential not stated` }))
    });
}

/**
 * Clients reaching object storage on links that state no `auth`: it refuses
 * unsigned requests by default, and pre-signed URLs or scoped credentials are
 * the usual way in, so how the requests are authorised is one question, not
 * an exposure.
 */
function reportUnstatedSigning(design: Design, index: DesignIndex, report: (report: Report) => void): void {
    const links = inScope(design.components).filter((store) => store.kind === 'storage' && !holdsOnlyPublicObjects(store))
        .flatMap((store) => index.incoming(store).filter((connection) => connection.source.kind === 'client'
            && !providerRunClient(connection.source) && !appendsToIngestionQueue(connection, store) && connection.properties.string('auth') === undefined));
    // Only where what they reach is sensitive: a bucket of unclassified files
    // refuses unsigned requests by default, so asking rests on nothing stated.
    if (!links.some((link) => linkDataClass(link).kind === 'sensitive')) {
        return;
    }
    const stores = [...new Set(links.map((link) => link.target))];
    report({
        on: stores.length === 1 ? stores[0] : design,
        messageId: 'signingUnstated',
        data: { stores: listOf(stores), clients: listOf([...new Set(links.map((link) => link.source))]) },
        severity: 'info',
        basis: 'assumed',
        assumptions: links.map((link) => ({ element: `${link.source.name}->${link.target.name}`, text: 'how the client\'s requests are authorised is not stated', settle: 'auth' })),
        related: links.map((link) => ({ on: link, message: `${link.source.name} -> ${link.target.name}: request authorisation not stated` })),
        fix: { kind: 'set-properties-each', title: 'Sign the clients\' requests (pre-signed URLs)', targets: links, properties: [{ key: 'auth', value: 'token' }] }
    });
}

/**
 * A design that draws no networks says nothing of where its stores sit:
 * one question, not a breach per store.
 */
function reportNoNetworks(design: Design, stores: readonly Component[], report: (report: Report) => void): void {
    const weakness = statedLoginWeakness(design, stores) ?? noFrontTier(design);
    if (weakness === undefined) {
        // Unknown is not worst case: behind a front tier, stores drawn
        // without a network sit where the servers do (security groups, a
        // data centre's own network, a cluster-internal service).
        return;
    }
    const only = stores.length === 1 ? stores[0] : undefined;
    report({
        on: only ?? design,
        messageId: 'noNetworks',
        data: { stores: listOf(stores), verb: only ? 'it' : 'them', weakness },
        severity: 'info',
        basis: 'stated',
        related: only ? undefined : stores.map((store) => ({ on: store, message: `${describe(store)}: placement not stated` })),
        fix: only ? moveIntoPrivateNetwork(only) : undefined
    });
}

/**
 * What the design states that would turn a reachable store into a breach:
 * a store with default or published credentials, a store without
 * authentication, or secrets kept in plain sight. Undefined when it states
 * none of them.
 */
function statedLoginWeakness(design: Design, stores: readonly Component[]): string | undefined {
    const defaults = stores.filter(hasPublishedLogin);
    if (defaults.length > 0) {
        return `${listOf(defaults)} ${defaults.length === 1 ? 'signs' : 'sign'} in with default or published credentials`;
    }
    const open = stores.filter((store) => store.properties.string('auth') === 'none');
    if (open.length > 0) {
        return `${listOf(open)} ${open.length === 1 ? 'takes' : 'take'} no authentication`;
    }
    const place = plainSecretsPlace(design);
    return place === undefined ? undefined : `its secrets are kept in ${place}`;
}

/** Components that stand between clients and servers: the public tier of a deployment. */
const FRONT_TIER_KINDS: ReadonlySet<string> = new Set(['loadbalancer', 'gateway', 'cdn']);

/** Components that run the application's code and serve its clients. */
const SERVER_KINDS: ReadonlySet<string> = new Set(['service', 'function', 'worker']);

/**
 * A design that draws neither networks nor a front tier (load balancer,
 * gateway, CDN), and whose clients call its servers, puts its clients
 * straight onto its servers: nothing in it separates a public tier from a
 * private one, so where its stores sit is the open question. Undefined when
 * the design has a front tier or no client calls a server.
 */
function noFrontTier(design: Design): string | undefined {
    if (design.components.some((component) => FRONT_TIER_KINDS.has(component.kind))) {
        return undefined;
    }
    const direct = design.connections.find((connection) => connection.source.kind === 'client' && SERVER_KINDS.has(connection.target.kind));
    return direct === undefined ? undefined : `${direct.source.name} reaches ${direct.target.name} with no load balancer, gateway or CDN in front`;
}

function moveIntoPrivateNetwork(store: Component): Fix {
    return { kind: 'move-into-private-network', title: `Move ${store.name} into a private network`, component: store };
}

function exposureOf(store: Component, index: DesignIndex): Exposure | undefined {
    if (holdsOnlyPublicObjects(store)) {
        return undefined;
    }
    const clientLinks = directClientLinks(store, index);
    if (clientLinks.length > 0) {
        return { messageId: 'reachedByClient', data: { client: clientLinks[0].source.name }, fix: routeClientsAway(store, clientLinks), readByClients: clientLinks.every((connection) => connection.access === 'reads') };
    }
    if (isCdnOrigin(store, index)) {
        return undefined;
    }
    const declaredPublic = store.properties.boolean('public');
    if (declaredPublic === true) {
        return {
            messageId: 'markedPublic',
            data: {},
            fix: { kind: 'set-properties', title: `Make ${store.name} private`, target: store, properties: [{ key: 'public', value: 'false' }] }
        };
    }
    if (declaredPublic === false) {
        // The design says how the store is kept off the internet (security
        // groups, a private endpoint) even where the network groups do not.
        return undefined;
    }
    const network = networkOf(store);
    // A store served from the provider's API is in no network of the design's: drawing it inside a public one places nothing.
    if (network?.exposure === 'public' && !servedFromProviderApi(store)) {
        return { messageId: 'inPublicNetwork', data: { network: network.name }, fix: moveIntoPrivateNetwork(store) };
    }
    if (network === undefined && !servedFromProviderApi(store)) {
        return { messageId: 'outsideNetworks', data: {}, fix: moveIntoPrivateNetwork(store) };
    }
    return undefined;
}

/**
 * Connections from clients straight to the store, except authenticated
 * requests to a store built to take them (pre-signed URLs to object storage,
 * scoped credentials to a provider's API).
 */
function directClientLinks(store: Component, index: DesignIndex): Connection[] {
    return index.incoming(store).filter((connection) =>
        connection.source.kind === 'client'
        && !providerRunClient(connection.source)
        && !personReading(connection)
        && !(takesClientCredentials(store) && authScheme(connection) !== undefined)
        && !(store.kind === 'storage' && connection.properties.string('auth') === undefined)
        && !appendsToIngestionQueue(connection, store));
}

/**
 * A person (`human: true` on the client) who only reads, with the store's own
 * client (an operator's or analyst's SQL shell, a log-query CLI, staff
 * searching an index through its own dashboard): the credential is that
 * person's own account, revocable and scoped by the store's permissions, not
 * a secret shipped inside an app to every user. A link that states no
 * `access` reads when its words say it looks something up ("search ...").
 */
function personReading(connection: Connection): boolean {
    return connection.source.properties.boolean('human') === true && (connection.access === 'reads' || looksUp(connection));
}

/**
 * A client the design states is a provider-run service (`managed: true`: a
 * hosted analytics or reporting service reading results): its credential
 * stays in the provider's service, not on users' devices where it can be
 * extracted. Where the store sits is still judged by its placement.
 */
function providerRunClient(client: Component): boolean {
    return client.properties.boolean('managed') === true;
}

/**
 * A client that only sends events into a provider-API queue: the provider
 * authenticates every sender, and a send-only credential reads nothing. An
 * arrow into a queue that states no `access` is a publish, as the language
 * reads it everywhere else (a dual write counts it as one).
 */
function appendsToIngestionQueue(connection: Connection, store: Component): boolean {
    return store.kind === 'queue' && servedFromProviderApi(store) && (connection.access === 'writes' || connection.access === undefined);
}

/** Object storage and provider-API stores check each request's signature or credentials themselves. */
function takesClientCredentials(store: Component): boolean {
    return store.kind === 'storage' || servedFromProviderApi(store);
}

/**
 * Object storage: sign the client's requests (pre-signed URLs); a provider-API
 * store: scoped cloud credentials. Any other store: put a service between the
 * clients and the store.
 */
function routeClientsAway(store: Component, clientLinks: readonly Connection[]): Fix {
    const link = clientLinks[0];
    if (store.kind === 'storage') {
        return { kind: 'set-properties', title: `Sign ${link.source.name}'s requests to ${store.name} (pre-signed URLs)`, target: link, properties: [{ key: 'auth', value: 'token' }] };
    }
    if (servedFromProviderApi(store)) {
        return { kind: 'set-properties', title: `Give ${link.source.name} scoped credentials for ${store.name} (IAM)`, target: link, properties: [{ key: 'auth', value: 'iam' }] };
    }
    return {
        kind: 'insert-between',
        title: `Put a service between clients and ${store.name}`,
        component: { kind: 'service', name: `${store.name}Api`, properties: [] },
        connections: clientLinks
    };
}

/**
 * Stores a provider serves from its own API endpoint, which no network of
 * the design can hold: managed object storage, and managed stores that are
 * highly available on their own (serverless services such as DynamoDB or SQS).
 */
function servedFromProviderApi(store: Component): boolean {
    if (store.properties.boolean('managed') !== true) {
        return false;
    }
    return store.kind === 'storage' || store.engine?.ha === true;
}

/** Object storage that only a CDN reads from: the origin of what the CDN publishes (a static website). */
function isCdnOrigin(store: Component, index: DesignIndex): boolean {
    const callers = index.incoming(store);
    return store.kind === 'storage' && callers.length > 0 && callers.every((connection) => connection.source.kind === 'cdn');
}

/** Object storage that declares it holds public content only (static assets, a website). */
function holdsOnlyPublicObjects(store: Component): boolean {
    const data = store.properties.words('data') ?? [];
    return store.kind === 'storage' && data.length > 0 && data.every((item) => item === 'public');
}

/** A store inside its service's process: placed wherever that service is. */
function isEmbedded(store: Component): boolean {
    return store.properties.boolean('embedded') === true;
}
