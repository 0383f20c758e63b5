import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS } from '../../../model/component-facts.js';
import { authScheme } from '../../helpers/authentication.js';

export default defineRule({
    meta: {
        id: 'sec/internal-unauthenticated',
        section: 'security',
        severity: 'info',
        description: 'A service-to-service connection with `auth: none` or none given.',
        rationale: 'Inside the network, a service that accepts any caller trusts the network itself: once one component is compromised, or one port is exposed by mistake, the attacker can call every service as if it were a legitimate peer. Authenticating service-to-service calls (mutual TLS, signed tokens from a workload identity) lets each service accept only the callers it expects, which is what least privilege and zero trust ask for.',
        question: 'If one service is compromised, what stops it from calling {element}?',
        messages: {
            unauthenticated: '{source} calls {target} without authenticating: anything that can reach {target} on the network can act as {source}.'
        },
        fix: 'Sets `auth: mtls` on the connection.',
        references: [
            'AWS Well-Architected SEC09-BP03 Authenticate network communications',
            'AWS Well-Architected SEC03-BP02 Grant least privilege access',
            'OWASP Top 10 A01:2021 Broken Access Control'
        ],
        decisions: [
            'Service-to-service means both ends are services, workers, functions or gateways (a gateway forwarding to a service counts: without authentication anyone inside can bypass the gateway). Load balancers, CDNs and DNS pass traffic on and do not hold an identity of their own, so their links are not judged.',
            'Links to data stores (databases, caches, queues, search, storage) are not judged: a store connection always carries the store\'s own credentials, and which rights they grant is not in the model. Links to external systems are not judged either.',
            'A link is authenticated when it declares `auth` other than `none`, or when its target declares `auth` other than `none` (the target then authenticates every caller).',
            'A managed serverless function (a function whose engine is managed, e.g. Lambda) is invoked through the provider\'s API, which always checks the caller\'s cloud credentials: links to it are authenticated.',
            '`security { least_privilege: true }` is a claim about permissions, not about how services prove who they are, so it does not silence this rule.'
        ],
        examples: {
            flagged: 'service Orders { replicas: 2 }\nservice Payments { replicas: 2 }\nOrders -> Payments : grpcs',
            fixed: 'service Orders { replicas: 2 }\nservice Payments { replicas: 2 }\nOrders -> Payments { protocol: grpcs, auth: mtls }'
        }
    },
    check({ design, report }) {
        for (const connection of design.connections) {
            if (!isServiceToService(connection) || isAuthenticated(connection)) {
                continue;
            }
            report({
                on: connection,
                messageId: 'unauthenticated',
                data: { source: connection.source.name, target: connection.target.name },
                fix: { kind: 'set-properties', title: `Authenticate ${connection.source.name} to ${connection.target.name} with mutual TLS`, target: connection, properties: [{ key: 'auth', value: 'mtls' }] }
            });
        }
    }
});

function isServiceToService(connection: Connection): boolean {
    const { source, target } = connection;
    return source !== target && COMPUTE_KINDS.includes(source.kind) && COMPUTE_KINDS.includes(target.kind);
}

function isAuthenticated(connection: Connection): boolean {
    return authScheme(connection) !== undefined || authScheme(connection.target) !== undefined || isInvokedThroughProviderApi(connection.target);
}

/** Managed functions (Lambda, Cloud Functions) are only invoked through the provider's authenticated API. */
function isInvokedThroughProviderApi(target: Component): boolean {
    return target.kind === 'function' && target.properties.boolean('managed') === true;
}
