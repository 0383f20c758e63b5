import type { Connection, Design, Group } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { defineRule } from '../../rule.js';
import { authenticationMissing } from '../../helpers/open-entry.js';
import { unauthenticatedServiceCalls } from '../../helpers/service-identity.js';
import { runsProduct } from '../../../model/component-facts.js';
import { decisionScope, reportDecision, scopeName, scopeNetwork } from '../../helpers/one-decision.js';

export default defineRule({
    meta: {
        id: 'sec/internal-unauthenticated',
        section: 'security',
        severity: 'info',
        description: 'A service-to-service connection with `auth: none` or none given.',
        rationale: 'Inside the network, a service that accepts any caller trusts the network itself: once one component is compromised, or one port is exposed by mistake, the attacker can call every service as if it were a legitimate peer. Authenticating service-to-service calls (mutual TLS, signed tokens from a workload identity) lets each service accept only the callers it expects, which is what least privilege and zero trust ask for.',
        question: 'If one service is compromised, what stops it from calling {element}?',
        messages: {
            unauthenticated: '{source} calls {target} without authenticating: anything that can reach {target} on the network can act as {source}.',
            unauthenticatedMany: 'Services call each other without authenticating on {count} connections inside {scope}: anything that can reach them on the network can act as a legitimate caller. One decision settles them all: mutual TLS, a service mesh or workload identity for the network.'
        },
        fix: 'Sets `auth: mtls` on the network that holds the calls (on each call when no one network holds them), or on the one connection.',
        references: [
            'AWS Well-Architected SEC09-BP03 Authenticate network communications',
            'AWS Well-Architected SEC03-BP02 Grant least privilege access',
            'OWASP Top 10 A01:2021 Broken Access Control'
        ],
        decisions: [
            'A design that says nothing about security at all (no network, no protocol, no `auth`, `tls`, `data`, `encryption`, `waf`, `rate_limit`, `public` or `mfa`, no `security` block) left it out of scope, like a source about something else: it is not judged (sec/exposed-data-store asks the one question).',
            'Service-to-service means a service, worker or function calling a service, worker, function or gateway. A gateway\'s hop to the services it routes client requests to is part of the entry path and is judged by sec/unauthenticated-entrypoint (reviewers on the field corpus found it a copy of that concern). Load balancers, CDNs and DNS pass traffic on and do not hold an identity of their own, so their links are not judged.',
            'A call between two components that run a released product (`product`: Penpot\'s front end calling its exporter) is how that product\'s parts authenticate each other, which its vendor wrote and the deployment does not show (a user\'s session passed on, a shared secret): not judged (field corpus, round 33: an exporter that renders with the user\'s own session was called open to anyone on the network).',
            'Links to data stores (databases, caches, queues, search, storage) are not judged: a store connection always carries the store\'s own credentials, and which rights they grant is not in the model. Links to external systems are not judged either.',
            'A link is authenticated when it declares `auth` other than `none`, when its target declares `auth` other than `none` (the target then authenticates every caller), or when a network holding both ends declares `auth` other than `none` or a `mesh` (mutual TLS for its members).',
            'A design that draws no network does not say what else can reach its services (one host, one process, a data centre\'s own network): unknown is not worst case, and only calls stating `auth: none` are judged there (field-corpus reviewers found the question noise on such designs: scaling write-ups, local demos).',
            'Service-to-service authentication is one decision: every unauthenticated call is listed in one finding on the innermost network or system holding them (the design when none does); a single such call is reported on itself.',
            'A target in a network that denies by default (`policy: default_deny`, e.g. Kubernetes network policies that let each service be reached only by its callers) is reached only by the callers the design connects to it, wherever they sit: nothing else on the network can act as them.',
            'A call to a service that clients already reach with nothing authenticating them (an open entry point, reported by sec/unauthenticated-entrypoint), or to the gateway or load balancer in front of one, is not reported again: anyone on the internet can already act as the caller.',
            'A call to a relay to the outside (a service whose only calls go to external systems, telemetry aside: an SMTP relay, a push-notification provider) is not asked about: it keeps no data, a caller can only have it send what it sends anyway, and the external system\'s credentials guard it.',
            'A call to a target on the caller\'s own machine (`colocated: true`: a sidecar, a node-local agent) never reaches the network: nothing else on the network can make it, so it is not judged.',
            'A managed serverless function (a function whose engine is managed, e.g. Lambda) is invoked through the provider\'s API, which always checks the caller\'s cloud credentials: links to it are authenticated.',
            'A call that says it starts a run (a job, an execution) of a managed job service (a worker whose engine is managed, e.g. Glue) goes to the provider\'s API too, not to the job\'s code: it is authenticated (field corpus, round 30: a Lambda starting a Glue job run was asked how it authenticates). Other calls into a managed worker still reach its own code and are judged, except calls into a managed workflow engine (`durable_workflow` facts: Step Functions, Logic Apps), which has no endpoint of its own: every call starts an execution through the provider\'s API (field corpus, round 36: one state machine starting another "when the load completes" was asked how it authenticates).',
            'A design that authenticates no caller at all (no `auth` on a component or a non-store link, no identity provider) while clients reach open entry points lacks one decision, authentication, which sec/unauthenticated-entrypoint raises; the calls between its services are not reported again.',
            '`security { least_privilege: true }` is a claim about permissions, not about how services prove who they are, so it does not silence this rule.'
        ],
        quality: {
            grouping: 'One finding for all unauthenticated service-to-service calls, on the innermost network or system holding them (the design when none does), each call a related location, with one fix (`auth: mtls` on the network, or on each call); a lone call is reported on itself.',
            basis: 'Stated: `auth` on links, targets and networks, `mesh` and `policy` on networks, managed functions, and the open entry points clients reach.',
            unknowns: 'In a design that draws no network, unstated service authentication is not asked about (only `auth: none` on a call is judged); calls a network-wide `auth` or `mesh` covers are authenticated, a target in a `policy: default_deny` network is reached only by its declared callers, and a call to a sidecar on the caller\'s own machine (`colocated: true`) never crosses the network; a design that authenticates nobody is left to sec/unauthenticated-entrypoint; links to stores and external systems are not judged; an unsaid scheme is a question (info), never a claim of attack.',
            severity: 'Info: most designs leave service identity unsaid and reviewers rarely open with it, so the finding is a question; with network policies, open entry points and sidecars read, what remains on the tuning corpus (37 designs) is raised, once calls through the open front door of an open entry point and calls to relays to the outside were no longer asked about.'
        },
        examples: {
            flagged: 'network core {\n  service Orders { replicas: 2 }\n  service Payments { replicas: 2 }\n}\nOrders -> Payments : grpcs',
            fixed: 'network core {\n  service Orders { replicas: 2 }\n  service Payments { replicas: 2 }\n}\nOrders -> Payments { protocol: grpcs, auth: mtls }'
        }
    },
    check({ design, index, traffic, report }) {
        if (!statesSecurity(design) || authenticationMissing(index, traffic)) {
            return;
        }
        // Two parts of one released product talk as their vendor wrote them (a session cookie passed on, a shared secret): not this design's protocol.
        const links = unauthenticatedServiceCalls(index, traffic).filter((connection) => !(runsProduct(connection.source) && runsProduct(connection.target)));
        const scope = decisionScope(design, links.flatMap((connection) => [connection.source, connection.target]));
        reportDecision(report, {
            affected: links.map((connection) => ({ on: connection, note: `${connection.id}: no authentication` })),
            peers: links.length,
            once: {
                on: scope,
                messageId: 'unauthenticatedMany',
                data: { count: links.length, scope: scopeName(scope) },
                basis: 'stated',
                fix: authenticateAll(scope, links)
            },
            each: (item) => {
                const connection = links.find((link) => link === item.on) ?? links[0];
                return {
                    on: connection,
                    messageId: 'unauthenticated',
                    data: { source: connection.source.name, target: connection.target.name },
                    basis: 'stated',
                    fix: { kind: 'set-properties', title: `Authenticate ${connection.source.name} to ${connection.target.name} with mutual TLS`, target: connection, properties: [{ key: 'auth', value: 'mtls' }] }
                };
            }
        });
    }
});

/** One switch: `auth: mtls` on the network that holds the links, else on each link. */
function authenticateAll(scope: Design | Group, links: readonly Connection[]): Fix {
    const network = scopeNetwork(scope);
    if (network) {
        return { kind: 'set-properties', title: `Authenticate every call inside ${network.name} with mutual TLS`, target: network, properties: [{ key: 'auth', value: 'mtls' }] };
    }
    return { kind: 'set-properties-each', title: 'Authenticate these calls with mutual TLS', targets: links, properties: [{ key: 'auth', value: 'mtls' }] };
}
