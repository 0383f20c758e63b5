import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { authenticatesCallers, clientLinkAuthenticated } from '../../helpers/authentication.js';
import { unguardedEntryHandlers } from '../../helpers/entry-path.js';

export default defineRule({
    meta: {
        id: 'sec/unauthenticated-entrypoint',
        section: 'security',
        severity: 'error',
        description: 'A service reached from a client where neither it nor any gateway, load balancer or CDN on the way authenticates.',
        rationale: 'An endpoint that anyone on the internet can call without proving who they are exposes every operation behind it: data can be read, changed or deleted by strangers, and abuse cannot be traced to an account. Authentication belongs at the first component that runs code for the client, or at the gateway in front of it (OAuth 2.0 / OIDC tokens, sessions, JWTs).',
        question: 'Who may call {element}, and how does it know who they are?',
        messages: {
            unauthenticated: '{what} takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.'
        },
        fix: 'Sets `auth: oauth2` on the service.',
        threagile: 'missing-authentication (CWE-306)',
        references: [
            'AWS Well-Architected SEC02-BP04 Rely on a centralized identity provider',
            'OWASP Top 10 A07:2021 Identification and Authentication Failures',
            'OWASP API Security Top 10 API2:2023 Broken Authentication'
        ],
        decisions: [
            'Judged: services and functions a client reaches synchronously through CDNs, load balancers, gateways and DNS only. A service behind another service is not an entry point; its link is judged by sec/internal-unauthenticated.',
            'A component authenticates when it declares `auth` other than `none`, or when it is connected to an `idp` (it validates tokens or sessions with it). Authentication on the service itself or on any CDN, load balancer or gateway on the way covers the service.',
            'A connection from a client with `auth` other than `none`, or from a client that declares its own `auth`, counts as authenticated: the path stops there. `auth` on a link between two components of the design (a load balancer presenting a certificate to a service) authenticates that component, not the user, and does not count.',
            'Only paths from `client` components count; callers of kind `external` (webhooks, partners) are not judged by this rule.',
            'Components of other designs reached by `Design.Name` are left to that design\'s review.'
        ],
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https',
            fixed: 'client Web\nservice Api { replicas: 2, auth: oauth2 }\nWeb -> Api : https'
        }
    },
    check({ index, traffic, report }) {
        const exposed = unguardedEntryHandlers(traffic, {
            byComponent: (component) => authenticatesCallers(component, index),
            byConnection: clientLinkAuthenticated
        });
        for (const service of exposed) {
            report({
                on: service,
                messageId: 'unauthenticated',
                data: { what: describe(service) },
                fix: { kind: 'set-properties', title: `Authenticate callers of ${service.name} with OAuth 2.0`, target: service, properties: [{ key: 'auth', value: 'oauth2' }] }
            });
        }
    }
});
