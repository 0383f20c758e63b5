import type { Connection, ConnectionProtocol } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { sensitiveDataOf } from '../../../model/component-facts.js';
import { crossesNetworks, isPubliclyPlaced } from '../../helpers/network.js';

/** The protocol a `:` shorthand upgrades to, for the quick fix. */
const TLS_UPGRADE: Readonly<Record<string, string>> = { http: 'https', grpc: 'grpcs', ws: 'wss' } satisfies Partial<Record<ConnectionProtocol, ConnectionProtocol>>;

export default defineRule({
    meta: {
        id: 'sec/unencrypted-transport',
        section: 'security',
        severity: 'warning',
        description: 'A connection whose protocol has no TLS and no `tls: true`.',
        rationale: 'Traffic in the clear can be read and changed by anyone on the path: credentials, tokens and personal data leak, and responses can be tampered with. TLS everywhere (including inside the private network, "zero trust") costs little today. Unencrypted links from the internet, across network boundaries or to stores of sensitive data are errors; others are warnings.',
        question: 'Who can read or change the traffic of {element}?',
        messages: {
            cleartext: '{id} uses {protocol} without TLS: {risk}.'
        },
        fix: 'Switches `http`/`grpc`/`ws` to `https`/`grpcs`/`wss`, or sets `tls: true`.',
        threagile: 'unencrypted-communication (CWE-319)',
        references: ['AWS Well-Architected SEC09-BP02 Enforce encryption in transit', 'OWASP Top 10 A02:2021 Cryptographic Failures'],
        decisions: [
            'A connection is encrypted when its protocol is https, grpcs or wss, or it sets `tls: true`.',
            'A connection that states no protocol is not flagged: there is nothing to judge yet.',
            'Error when the link comes from a client or external system, crosses from one network to another (or in or out of every network), or reaches a store holding pii, payment, credentials or health data; warning otherwise.'
        ],
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : http',
            fixed: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https'
        }
    },
    check({ design, report }) {
        for (const connection of design.connections) {
            if (connection.encrypted || connection.protocol === undefined) {
                continue;
            }
            const risk = riskOf(connection);
            const upgrade = TLS_UPGRADE[connection.protocol];
            report({
                on: connection,
                messageId: 'cleartext',
                data: { id: connection.id, protocol: connection.protocol, risk: risk.text },
                severity: risk.severe ? 'error' : 'warning',
                fix: {
                    kind: 'set-properties',
                    title: upgrade ? `Use ${upgrade}` : 'Encrypt with TLS',
                    target: connection,
                    properties: [upgrade ? { key: 'protocol', value: upgrade } : { key: 'tls', value: 'true' }]
                }
            });
        }
    }
});

function riskOf(connection: Connection): { severe: boolean; text: string } {
    const { source, target } = connection;
    if (source.kind === 'client' || source.kind === 'external' || isPubliclyPlaced(source) || isPubliclyPlaced(target)) {
        return { severe: true, text: 'anyone on the internet path can read and change it' };
    }
    const sensitive = sensitiveDataOf(target);
    if (sensitive.length > 0) {
        return { severe: true, text: `${sensitive.join(', ')} data crosses the network in the clear` };
    }
    if (crossesNetworks(connection)) {
        return { severe: true, text: 'it crosses a network boundary in the clear' };
    }
    return { severe: false, text: 'anyone inside the network can read and change it' };
}
