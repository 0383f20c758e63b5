import type { Connection, ConnectionProtocol, Design, Group } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import type { Report } from '../../rule-context.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { isDataStore } from '../../../model/component-facts.js';
import { crossesInternet, inPrivateNetwork, isColocated, linkEncrypted, staysOnOneHost } from '../../helpers/network.js';
import { authenticationMissing } from '../../helpers/open-entry.js';
import { dataClassOf, dataWords, designSensitiveData, linkDataClass, mergeSensitive } from '../../helpers/data-classes.js';
import { authScheme, isUserScheme } from '../../helpers/authentication.js';
import { decisionScope, reportDecision, scopeName, scopeNetwork, type Affected } from '../../helpers/one-decision.js';
import { joinWords, unique } from '../../helpers/wording.js';
import { judgesPractices } from '../../../model/purpose.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { publishesAnything, reachedOnlyPrivately } from '../../helpers/private-reach.js';
import { unauthenticatedServiceCalls } from '../../helpers/service-identity.js';
import type { Traffic } from '../../graph/traffic.js';

/** The protocol a `:` shorthand upgrades to, for the quick fix. */
const TLS_UPGRADE: Readonly<Record<string, string>> = { http: 'https', grpc: 'grpcs', ws: 'wss' } satisfies Partial<Record<ConnectionProtocol, ConnectionProtocol>>;

/** A link in the clear, and the sensitive data it carries (empty when unclassified). */
interface InternalLink {
    readonly connection: Connection;
    readonly sensitive: readonly string[];
    /** Across the internet: the data is only what a design not for production holds behind the hop, and no user gives any on the way. */
    readonly demoData?: boolean;
}

export default defineRule({
    meta: {
        id: 'sec/unencrypted-transport',
        section: 'security',
        severity: 'warning',
        description: 'A connection whose protocol has no TLS and no `tls: true`: the hops across the internet as one decision (TLS at the edge), the links inside the deployment as another.',
        rationale: 'Traffic in the clear can be read and changed by anyone on the path: credentials, tokens and personal data leak, and responses can be tampered with. On the internet that is anyone between the user and the edge. Inside the deployment, TLS (or a service mesh giving mutual TLS) is one decision for the whole network, made once, and worth it above all where personal, payment, credential or health data flows.',
        question: 'Who can read or change the traffic of {element}?',
        messages: {
            internet: '{id} uses {protocol} without TLS across the internet{carrying}: anyone on the path can read and change it.',
            internetUnplaced: '{id} uses {protocol} without TLS{carrying}, and the design does not say where it runs: if its clients reach it across the internet, anyone on the path can read and change it. Does it ever run beyond the developer\'s machine? Place it in a `network` (`exposure: public` when the internet reaches it) to settle it.',
            internetUnplacedMany: '{count} client hops use no TLS ({protocols}){carrying}, and the design does not say where it runs: if its clients reach it across the internet, anyone on the path can read and change them. Does it ever run beyond the developer\'s machine? Place it in a `network` (`exposure: public` when the internet reaches it) to settle it.',
            internetPublic: '{id} uses {protocol} without TLS across the internet for public content: nothing on it is secret, but anyone on the path can change what users get (inject scripts, swap downloads). Is plain text intended here?',
            internetMany: '{count} hops across the internet use no TLS ({protocols}){carrying}: anyone on the path can read and change them. One decision settles them all: TLS at the edge.',
            internetPublicMany: '{count} hops across the internet use no TLS ({protocols}) for public content: nothing on them is secret, but anyone on the path can change what users get (inject scripts, swap downloads). Is plain text intended here?',
            internalSensitive: '{count} connections inside {scope} are not encrypted ({protocols}), and {carrying} {data} in the clear: anyone inside the network can read and change it. One decision settles them all: TLS or a service mesh for the network.',
            internalOneSensitive: '{id} uses {protocol} without TLS and {data} crosses it in the clear: anyone inside the network can read and change it.',
            internalQuestion: '{count} connections inside {scope} are not encrypted ({protocols}), and the design does not say what data they carry: do they need TLS? Say `data` on the stores or links (`public` when nothing is sensitive), or `tls: true` on the network.',
            internalOneQuestion: '{id} uses {protocol} without TLS, and the design does not say what data it carries: does it need TLS? Say `data` on the link or its store (`public` when nothing is sensitive), or `tls: true`.'
        },
        fix: 'Across the internet: switches `http`/`grpc`/`ws` to `https`/`grpcs`/`wss`, or sets `tls: true`. Inside the deployment: sets `tls: true` on the network that holds the links, or on each link when no one network holds them.',
        threagile: 'unencrypted-communication (CWE-319)',
        references: ['AWS Well-Architected SEC09-BP02 Enforce encryption in transit', 'OWASP Top 10 A02:2021 Cryptographic Failures'],
        quality: {
            grouping: 'The hops across the internet are one decision (TLS at the edge: every entry point, and a CDN\'s hop to its origin, terminate it together), reported once with each hop a related location, public-content hops apart from the others; every unencrypted link inside the deployment is another decision (TLS or a mesh for the network), raised beside a plain edge only for payment or health data, reported once on the innermost network or system holding them (the design when none does), each link a related location, with one fix; a single hop or link is reported on itself.',
            basis: 'Stated: the protocol, `tls` on the link or its network, `mesh`, `tls_termination`, network exposure, `data` on links, stores, services and externals, `requirements.data`, and `auth`; engine facts for stores that accept only TLS and for platforms that encrypt their connection to an engine.',
            unknowns: 'In a design that is not for production, plain internet hops carrying no sensitive data or credentials are not flagged (hardening), a client calling into private networks of a design that publishes nothing is not taken to cross the internet, and plain internal links carrying neither a data class nor users\' tokens are not asked about; links inside the deployment that carry only `public` (or other non-sensitive) data are not flagged, and neither are links whose payload the application encrypts itself (`payload_encrypted: true`; across the internet such a hop carries no data class), and such a hop across the internet is an info question (integrity, not secrecy); inside the deployment, unclassified data gives one question, not a warning per link, and none behind a TLS-terminating edge in private networks; links to or from a store whose engine ArchLens does not know are left out (the engine may enforce TLS; data/unknown-engine asks about it); a link with no protocol, and a call to a sidecar on the caller\'s own machine (`colocated: true`), are not judged.',
            severity: 'Error for hops across the internet carrying sensitive data or sign-in credentials (stated on a hop or on the path behind it), warning when a design not for production only holds that data behind the hop and no user gives any on the way, info (a question) when that internet path is assumed because a non-production design draws no network; warning for other internet hops and for internal links carrying sensitive data; info for internet hops carrying only public data and for the internal question. On the tuning corpus (73 designs): 29 of 34 findings raised, all 15 errors among them; the other 5 are true but not worth raising (plain links inside one VPC or batch run, a sample\'s hop that its source runs on the user\'s own machine, a demo dashboard of synthetic orders and a sample\'s development mail inbox, both now warnings).'
        },
        decisions: [
            'A connection is encrypted when its protocol is https, grpcs or wss, it sets `tls: true`, or a network holding both ends sets `tls: true` or a `mesh` (unless the link says `tls: false`).',
            'A hop between two components of one network stated to run on a single machine (`hosts: 1`: a Compose project on one Docker engine) is not judged: it goes over loopback or a bridge inside that host and crosses no wire anyone else is on (round 22: eight such hops of a self-hosted deployment were reported as readable by anyone inside the network). A hop that leaves the host is judged as always.',
                        'A hop crosses the internet when a client or external system outside the design\'s private networks calls in, or a CDN outside every network fetches from its origin. A hop from a public load balancer or gateway into a private network stays inside the deployment, as does a client placed in a private network.',
            'The data a link carries is its own `data`, else the `data` of the component it calls, else of the store it reads from; `requirements.data` counts for every link of the design. Data classed only as `public` (or any non-sensitive class) silences the finding inside the deployment.',
            'Across the internet, `public` data lowers the finding to an info question rather than silencing it: public data needs no confidentiality, but TLS also guards integrity, and anyone on the path can change a page or a download served in the clear (reviewers on the field corpus raised plain HTTP for public catalogues). Inside the deployment the same change needs an attacker already in the network, so public data silences it there.',
            'When a hop across the internet states no `data` of its own, it carries what its requests reach: the sensitive `data` of every component on the synchronous path behind it, and credentials when the client or the hop declares `auth` or a component on that path authenticates users (session, jwt, oauth2, oidc, saml, basic, token, password).',
            'Credentials an `external` system holds behind the hop\'s first component (a key vault, a parameter store, a provider\'s API keys) are the calling service\'s own secrets: the service fetches them to do its work, they do not travel back to the client, so they are not carried across the hop. Users\' credentials live in the design\'s own stores or identity provider, and still count.',
            'In a design not for production, the records its components hold may be the demo\'s own (seeded, or generated by a simulated customer): when a hop\'s sensitive data is only what the components behind it hold (the hop\'s own target included: a development mail catcher\'s inbox, a dashboard\'s store), with no user giving any on the way (the hop and the design state no data, nobody signs in, no call on the path states the data it carries, no credentials held), the hop is a warning, not an error. A demo whose users sign in, or whose calls state the personal or card data they carry, keeps the error.',
            'With hops across the internet already in the clear (and not only for public content), the internal links are not a second finding for ordinary personal or credential data: TLS at the edge is the first decision, and east-west TLS the same hardening a second time (field-corpus reviewers called that copy noise). Links carrying payment or health data still are, since PCI DSS and HIPAA ask for encryption in transit on every network such data crosses.',
            'Internal links whose data is unclassified are one question, asked only when no hop across the internet is already in the clear (that finding raises TLS for the design), and not when the design terminates TLS at its edge (`tls_termination`) and every plain link leaves that edge or stays inside private networks: that is the deliberate, common choice, worth questioning only once data says it matters.',
            'A design that authenticates no caller while clients reach open entry points gets no internal finding: anyone can read through the open entry what the internal links carry, and the first decision is authentication (sec/unauthenticated-entrypoint). Hops across the internet are still reported: they expose what users send, passwords included.',
            'A store that accepts only TLS (`tls_only`, stated or an engine fact: Azure Service Bus, Event Hubs, Azure SQL, Cosmos DB) encrypts every link to or from it, whatever protocol word the link names.',
            'A link whose words name a remote session (ssh, RDP) is encrypted by its session protocol, whatever transport word it names (SSH always; RDP over TLS by default), unless it says `tls: false` (field corpus, round 25: RDP from a managed bastion to a jump box, written `tcp`).',
            'A caller whose platform wraps its built-in connection to the target\'s engine in TLS (engine fact `encrypts_to`: Cloud Run\'s Cloud SQL connection runs through the Cloud SQL Auth Proxy) has an encrypted link, whatever protocol word it names, unless the link says `tls: false` (field corpus, round 23: a Django sample\'s three links to Cloud SQL over the /cloudsql socket were read as plain SQL carrying credentials).',
            'A hop whose `data` is neither sensitive nor left out (`public`, `confidential`, `internal`) carries no sensitive data of its own, but when it or its client states `auth` it carries the credential it presents (an API key, a password, a token): it is judged as carrying credential data, not as public content (round 28: SDKs sending traces with Basic auth over plain http were asked about "public content").',
            'Plain hops across the internet are one decision, TLS at the edge: when several cross it (a second gateway next to the API gateway, a CDN and its hop to the origin load balancer), one finding lists them all, with the worst severity among them; hops carrying only public content are listed apart (a question, not a warning).',
            'A link whose payload the application encrypts itself (`payload_encrypted: true`: end-to-end encrypted messages, documents encrypted for their recipient) carries nothing readable: inside the deployment it is not judged, as for public data; across the internet it is a hop like any other but carries no data class (TLS still guards who talks to whom and that nothing is changed on the way).',
            'A call to a target on the caller\'s own machine (`colocated: true`: a sidecar, a node-local agent) never leaves the host: there is no network path to encrypt, so it is not judged.',
            'In a design whose `purpose` is not production (a demo, sample, benchmark, proof of concept or teaching example), a plain hop across the internet that carries no sensitive data and no credentials is not flagged: TLS there is hardening, not a flaw in what the design does. Hops carrying personal, payment, health or credential data still are (a sample that takes passwords in the clear teaches the flaw), and so is public content\'s integrity question.',
            'In a design not for production that publishes nothing (no network with `exposure: public`, no component with `public: true`), a client outside every network calling into a private network does not cross the internet: nothing is reachable from it, so the caller is on the deployment\'s own reach (a port forward or `minikube service` on the developer\'s machine, a VPN). The link is judged as one inside the deployment.',
            'In a design not for production, plain links inside the deployment are not asked about when no data class says they matter and no user token crosses them (no call into a component that signs users in, no user scheme on the link): TLS between a demo\'s own containers is hardening. Links carrying sensitive data, or users\' tokens, still are.',
            'In a design not for production that draws no network and publishes nothing (no `public: true`), where it runs is unstated, and most such demos and samples run on the developer\'s machine: its plain client hops carrying personal, payment or health data (demo input) are one question (info, basis assumed: "its clients reach it across the internet"), settled by placing the components in a `network`. A hop carrying credentials (a sign-in over plain text, a flaw the demo teaches wherever it runs) keeps them all as stated. Production designs without networks keep the usual reading (clients on the internet).',
            'Internal links of unclassified data that are all service calls sec/internal-unauthenticated already asks about are not a second question: mutual TLS between the services, the decision that question names, encrypts them too (one decision, one finding). Links carrying sensitive data keep their own finding.',
            'Mail coming in from senders across the internet (`smtp` from a client or external system into the design) is not judged: a public mail exchanger must accept plain mail from senders that do not use TLS (RFC 3207), so requiring TLS is not the design\'s to choose; offering STARTTLS and publishing MTA-STS is a finer question than this rule asks (field corpus, round 24: of four inbound mail hops reported as readable by anyone on the path, two of them errors, a reviewer raised one, on an email service, as the STARTTLS question; the other three were wrong or not worth raising). Such a hop still counts as plain traffic at the edge when the links inside the deployment are weighed (the decision above on plain edge hops).',
            'A connection that states no protocol is not flagged: there is nothing to judge yet.'
        ],
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : http',
            fixed: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https'
        }
    },
    check({ design, index, traffic, report }) {
        const designData = designSensitiveData(design);
        const internal: InternalLink[] = [];
        const internet: InternalLink[] = [];
        const publicInternet: Connection[] = [];
        let inboundMail = 0;
        for (const connection of design.connections) {
            if (!isJudged(connection)) {
                continue;
            }
            // A public mail exchanger must accept plain mail (RFC 3207): requiring TLS is not the design's to choose.
            if (bringsMailFromInternet(connection)) {
                inboundMail += 1;
                continue;
            }
            if (sealed(connection)) {
                // Ciphertext inside the deployment exposes nothing readable; across the internet its integrity is still a question.
                if (crossesInternet(connection)) {
                    internet.push({ connection, sensitive: [] });
                }
                continue;
            }
            const carried = carriedData(connection, designData);
            if (carried === 'public') {
                if (crossesInternet(connection) && !reachedOnlyPrivately(design, connection.target)) {
                    publicInternet.push(connection);
                }
                continue;
            }
            if (crossesInternet(connection) && !reachedOnlyPrivately(design, connection.target)) {
                internet.push(carried.length > 0 ? heldOrGiven(connection, carried, designData, index) : behindHop(connection, index));
            } else {
                internal.push({ connection, sensitive: carried });
            }
        }
        // In a demo, sample or teaching design, TLS on a hop that carries no
        // sensitive data and no credentials is hardening, not a flaw in what
        // it does (review-quality: purpose).
        const judged = judgesPractices(design) ? internet : internet.filter((hop) => hop.sensitive.length > 0);
        // Sign-in over plain text is a flaw a demo teaches wherever it runs;
        // its other data is demo input, exposed only if it runs beyond the
        // developer's machine, which an unplaced demo leaves unsaid.
        const unplaced = placementUnstated(design) && !judged.some((hop) => hop.sensitive.includes('credentials'));
        reportInternet(design, judged, report, unplaced);
        reportPublicInternet(design, publicInternet, report);
        // Mail still arrives in the clear at the edge: the internal links are
        // weighed as beside any plain hop there.
        const internetHops = internet.length + publicInternet.length + inboundMail;
        // With nobody authenticated at an open entry, anyone can already read
        // through the entry what the internal links carry: the first decision
        // is authentication (sec/unauthenticated-entrypoint).
        if (authenticationMissing(index, traffic)) {
            return;
        }
        if (internalIsOwnDecision(design, internal, judged.length + inboundMail, internetHops) && !settledByServiceIdentity(internal, index, traffic)) {
            reportInternal(design, internal, report);
        }
    }
});

type ReportFn = (report: Report) => void;

/** Data whose regulations ask for encryption in transit on every network it crosses (PCI DSS, HIPAA), not only the internet. */
const REGULATED_DATA: ReadonlySet<string> = new Set(['payment', 'health']);

/**
 * Whether the plain links inside the deployment are a decision worth its own
 * finding. With sensitive hops already in the clear across the internet,
 * TLS at the edge comes first and east-west TLS for ordinary personal data
 * is the same hardening a second time: only regulated data (payment, health)
 * makes it a decision of its own. With only public content in the clear
 * across the internet, a question about unclassified internal links repeats
 * the TLS concern. Behind an edge that terminates TLS, plain links inside
 * private networks are the deliberate, common choice: nothing to ask until
 * data says it matters.
 */
function internalIsOwnDecision(design: Design, internal: readonly InternalLink[], plainEdgeHops: number, internetHops: number): boolean {
    const sensitiveInside = internal.some((link) => link.sensitive.length > 0);
    // In a demo, sample or teaching design, TLS between its own components
    // is hardening unless data says it matters or users' tokens cross the
    // links: no question to ask.
    if (!judgesPractices(design) && !sensitiveInside && !internal.some(({ connection }) => carriesUserToken(connection))) {
        return false;
    }
    if (plainEdgeHops > 0) {
        return internal.some((link) => link.sensitive.some((word) => REGULATED_DATA.has(word)));
    }
    if (sensitiveInside) {
        return true;
    }
    return internetHops === 0 && !plainBehindTlsEdge(design, internal);
}

/**
 * The design terminates TLS at its edge (a component with `tls_termination`)
 * and every plain internal link either leaves that edge or stays inside
 * private networks.
 */
function plainBehindTlsEdge(design: Design, internal: readonly InternalLink[]): boolean {
    const edges = design.components.filter((component) => component.properties.boolean('tls_termination') === true);
    return edges.length > 0 && internal.every(({ connection }) =>
        edges.includes(connection.source) || (inPrivateNetwork(connection.source) && inPrivateNetwork(connection.target)));
}

/**
 * The plain links carry no data class, and every one of them is a service
 * call sec/internal-unauthenticated already asks about: mutual TLS between
 * the services, the one decision that question names, encrypts them too.
 */
function settledByServiceIdentity(internal: readonly InternalLink[], index: DesignIndex, traffic: Traffic): boolean {
    if (internal.some((link) => link.sensitive.length > 0) || !statesSecurity(index.design)) {
        return false;
    }
    const unauthenticated = new Set(unauthenticatedServiceCalls(index, traffic));
    return internal.every((link) => unauthenticated.has(link.connection));
}

/** A call into a component that signs users in (jwt, session...), or a link that states a user scheme: the user's token crosses it. */
function carriesUserToken(connection: Connection): boolean {
    const scheme = authScheme(connection) ?? authScheme(connection.target);
    return scheme !== undefined && isUserScheme(scheme);
}

/**
 * A design not for production that draws no network and publishes nothing:
 * where it runs is unstated, and most such demos run on the developer's
 * machine. Its plain client hops are a question resting on that assumption.
 */
function placementUnstated(design: Design): boolean {
    return !judgesPractices(design) && design.groups.every((group) => group.kind !== 'network') && !publishesAnything(design);
}

function isJudged(connection: Connection): boolean {
    return connection.protocol !== undefined && !linkEncrypted(connection) && !isColocated(connection) && !staysOnOneHost(connection) && !touchesUnknownStoreEngine(connection);
}

/** The link or its client states how callers authenticate on it: whatever they present crosses the hop. */
function presentsCredential(connection: Connection): boolean {
    return authScheme(connection) !== undefined || (connection.source.kind === 'client' && authScheme(connection.source) !== undefined);
}

/** A store whose engine ArchLens does not know may enforce TLS (Azure Service Bus does): unknown is not worst case. */
function touchesUnknownStoreEngine(connection: Connection): boolean {
    return [connection.source, connection.target].some((end) => isDataStore(end) && end.engine !== undefined && !end.engine.known);
}

/**
 * The application encrypts the payload itself (`payload_encrypted`: end-to-end
 * encrypted messages, documents encrypted for their recipient): the data
 * crosses as ciphertext, so none is readable on the hop.
 */
function sealed(connection: Connection): boolean {
    return connection.properties.boolean('payload_encrypted') === true;
}

/**
 * The sensitive data a link carries, `public` when it carries none, or an
 * empty list when unclassified. A link classed as neither sensitive nor
 * unclassified (`public`, `confidential`, `internal`) that presents a
 * credential of its own (`auth` on it or its client: an API key, a password,
 * a token) still carries that credential across the hop.
 */
function carriedData(connection: Connection, designData: readonly string[]): readonly string[] | 'public' {
    const data = linkDataClass(connection);
    if (data.kind === 'other') {
        return presentsCredential(connection) ? mergeSensitive([['credentials'], designData]) : 'public';
    }
    return mergeSensitive([data.kind === 'sensitive' ? data.data : [], designData]);
}

/**
 * The plain hops across the internet: TLS at the edge is one decision, so
 * several hops are one finding (the worst severity among them), one hop its
 * own. Each hop carries its own data, or what its requests reach.
 */
function reportInternet(design: Design, hops: readonly InternalLink[], report: ReportFn, unplaced: boolean): void {
    // A demo's stored records behind a hop nobody gives data on may be
    // seeded or generated: a gap to raise, not a stated breach.
    const severityOf = (data: readonly string[], demoData: boolean): 'error' | 'warning' | 'info' => (unplaced ? 'info' : data.length > 0 && !demoData ? 'error' : 'warning');
    // Where an unplaced demo runs is assumed, not stated: the finding asks.
    const grounds = (element: Design | Connection): Pick<Report, 'basis' | 'assumptions'> => (unplaced
        ? { basis: 'assumed', assumptions: [{ element: 'id' in element ? element.id : element.name, text: 'its clients reach it across the internet: the design draws no network', settle: 'network' }] }
        : { basis: 'stated' });
    const sensitive = mergeSensitive(hops.map((hop) => hop.sensitive));
    reportDecision(report, {
        affected: hops.map(({ connection, sensitive: data }) => ({ on: connection, note: `${connection.id}: plain ${connection.protocol}${data.length > 0 ? `, ${dataWords(data)}` : ''}` })),
        peers: hops.length,
        once: {
            on: decisionScope(design, hops.flatMap(({ connection }) => [connection.source, connection.target])),
            messageId: unplaced ? 'internetUnplacedMany' : 'internetMany',
            data: { count: hops.length, protocols: protocolsOf(hops), carrying: sensitive.length > 0 ? ` carrying ${dataWords(sensitive)}` : '' },
            severity: severityOf(sensitive, hops.every((hop) => hop.demoData === true)),
            ...grounds(design),
            fix: encryptEach(hops.map((hop) => hop.connection))
        },
        each: (item) => {
            const { connection, sensitive: data, demoData } = hops.find((hop) => hop.connection === item.on) ?? hops[0];
            return {
                on: connection,
                messageId: unplaced ? 'internetUnplaced' : 'internet',
                data: { id: connection.id, protocol: connection.protocol ?? '', carrying: data.length > 0 ? ` carrying ${dataWords(data)}` : '' },
                severity: severityOf(data, demoData === true),
                ...grounds(connection),
                fix: encryptLink(connection)
            };
        }
    });
}

/** Mail from senders across the internet: `smtp` from a client or external system outside the private networks. */
function bringsMailFromInternet(connection: Connection): boolean {
    return connection.protocol === 'smtp' && crossesInternet(connection) && connection.source.kind !== 'cdn';
}

/** Public content in the clear across the internet: no secret to keep, but its integrity is still at stake (one question for all such hops). */
function reportPublicInternet(design: Design, hops: readonly Connection[], report: ReportFn): void {
    reportDecision(report, {
        affected: hops.map((connection) => ({ on: connection, note: `${connection.id}: plain ${connection.protocol}, public content` })),
        peers: hops.length,
        once: {
            on: decisionScope(design, hops.flatMap((connection) => [connection.source, connection.target])),
            messageId: 'internetPublicMany',
            data: { count: hops.length, protocols: protocolsOf(hops.map((connection) => ({ connection, sensitive: [] }))) },
            severity: 'info',
            basis: 'stated',
            fix: encryptEach(hops)
        },
        each: (item) => {
            const connection = hops.find((hop) => hop === item.on) ?? hops[0];
            return {
                on: connection,
                messageId: 'internetPublic',
                data: { id: connection.id, protocol: connection.protocol ?? '' },
                severity: 'info',
                basis: 'stated',
                fix: encryptLink(connection)
            };
        }
    });
}

/**
 * What requests over an internet hop reach, when the hop itself says
 * nothing: the sensitive data of every component on the synchronous path
 * behind it, and credentials when the client, the hop or a component on
 * that path signs users in. Credentials an external system holds behind the
 * hop's target (a vault, a parameter store) are the calling service's own
 * secrets: they go to that service, not back across the hop. `demoData`
 * says the data is only what a design not for production holds, with no
 * user giving any on the path (nobody signs in, no call states the data it
 * carries): it may be the demo's own seeded or generated records.
 */
function behindHop(connection: Connection, index: DesignIndex): InternalLink {
    const held: string[][] = [];
    const given: string[][] = [];
    const userScheme = (scheme: string | undefined): boolean => scheme !== undefined && isUserScheme(scheme);
    if (presentsCredential(connection)) {
        given.push(['credentials']);
    }
    const reached = new Set([connection.target]);
    for (const component of reached) {
        const data = dataClassOf(component);
        const callersSecrets = component.kind === 'external' && component !== connection.target;
        held.push(data.kind === 'sensitive' ? data.data.filter((item) => !(callersSecrets && item === 'credentials')) : []);
        if (userScheme(authScheme(component))) {
            given.push(['credentials']);
        }
        for (const next of index.outgoing(component).filter((call) => call.mode === 'sync' && !call.target.foreign)) {
            const stated = dataClassOf(next);
            given.push(stated.kind === 'sensitive' ? [...stated.data] : []);
            reached.add(next.target);
        }
    }
    const sensitive = mergeSensitive([...held, ...given]);
    const usersGive = mergeSensitive(given).length > 0 || sensitive.includes('credentials');
    return { connection, sensitive, demoData: sensitive.length > 0 && !usersGive && !judgesPractices(index.design) };
}

/**
 * A hop whose data class is only the one its target holds (the hop and the
 * design state none): in a design not for production, that is the demo's own
 * records unless a user gives data on the way, as for a hop that states
 * nothing (behindHop).
 */
function heldOrGiven(connection: Connection, carried: readonly string[], designData: readonly string[], index: DesignIndex): InternalLink {
    const ownData = dataClassOf(connection).kind !== 'unclassified' || designData.length > 0;
    return { connection, sensitive: carried, demoData: !ownData && behindHop(connection, index).demoData };
}

function reportInternal(design: Design, links: readonly InternalLink[], report: ReportFn): void {
    const sensitive = mergeSensitive(links.map((link) => link.sensitive));
    const scope = decisionScope(design, links.flatMap(({ connection }) => [connection.source, connection.target]));
    const affected: Affected[] = links.map(({ connection, sensitive: data }) => ({
        on: connection,
        note: `${connection.id}: plain ${connection.protocol}${data.length > 0 ? `, ${dataWords(data)}` : ''}`
    }));
    const question = sensitive.length === 0;
    reportDecision(report, {
        affected,
        peers: affected.length,
        once: {
            on: scope,
            messageId: question ? 'internalQuestion' : 'internalSensitive',
            data: { count: links.length, scope: scopeName(scope), protocols: protocolsOf(links), data: dataWords(sensitive), carrying: carryingWords(links) },
            severity: question ? 'info' : 'warning',
            basis: 'stated',
            fix: encryptAll(scope, links.map((link) => link.connection))
        },
        each: (item) => {
            const link = links.find((candidate) => candidate.connection === item.on) ?? links[0];
            const { connection } = link;
            return {
                on: connection,
                messageId: link.sensitive.length === 0 ? 'internalOneQuestion' : 'internalOneSensitive',
                data: { id: connection.id, protocol: connection.protocol ?? '', data: dataWords(link.sensitive) },
                severity: link.sensitive.length === 0 ? 'info' : 'warning',
                basis: 'stated',
                fix: encryptLink(connection)
            };
        }
    });
}

/** `all of them carry`, `3 of them carry`. */
function carryingWords(links: readonly InternalLink[]): string {
    const carrying = links.filter((link) => link.sensitive.length > 0).length;
    if (carrying === links.length) {
        return 'all of them carry';
    }
    return carrying === 1 ? 'one of them carries' : `${carrying} of them carry`;
}

/** `plain http and tcp`. */
function protocolsOf(links: readonly InternalLink[]): string {
    return `plain ${joinWords(unique(links.map((link) => link.connection.protocol ?? '')))}`;
}

function encryptLink(connection: Connection): Fix {
    const upgrade = connection.protocol === undefined ? undefined : TLS_UPGRADE[connection.protocol];
    return {
        kind: 'set-properties',
        title: upgrade ? `Use ${upgrade}` : 'Encrypt with TLS',
        target: connection,
        properties: [upgrade ? { key: 'protocol', value: upgrade } : { key: 'tls', value: 'true' }]
    };
}

/** One switch: `tls: true` on the network that holds the links, else on each link. */
function encryptAll(scope: Design | Group, connections: readonly Connection[]): Fix {
    const network = scopeNetwork(scope);
    if (network) {
        return { kind: 'set-properties', title: `Encrypt every connection inside ${network.name} with TLS`, target: network, properties: [{ key: 'tls', value: 'true' }] };
    }
    return encryptEach(connections);
}

function encryptEach(connections: readonly Connection[]): Fix {
    return { kind: 'set-properties-each', title: 'Encrypt these connections with TLS', targets: connections, properties: [{ key: 'tls', value: 'true' }] };
}
