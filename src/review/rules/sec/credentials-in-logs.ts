import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { dataClassOf } from '../../helpers/data-classes.js';
import { inScope } from '../../../model/out-of-scope.js';

export default defineRule({
    meta: {
        id: 'sec/credentials-in-logs',
        section: 'security',
        severity: 'warning',
        description: 'Credentials (passwords, tokens, keys) written to a logging component.',
        rationale: 'Logs are read by many more people and tools than the systems they describe, kept for months and copied into search indexes and exports. A bearer token or password written to them (a whole request logged with its Authorization header) can be replayed by anyone who reads the logs. Log the fact of a request, not its secrets: redact credentials before they are written.',
        question: 'Which secrets reach {element}, and are they redacted before they are written?',
        messages: {
            logged: '{what} receives credentials ({writers}): anyone who can read the logs can replay the tokens or passwords in them. Redact credentials before they are logged.'
        },
        references: [
            'OWASP Top 10 A09:2021 Security Logging and Monitoring Failures',
            'OWASP Logging Cheat Sheet: data to exclude (access tokens, passwords, session identifiers)',
            'CWE-532 Insertion of Sensitive Information into Log File'
        ],
        decisions: [
            'Flagged: a `logging` component that a connection writes `credentials` to (the connection\'s own `data` lists `credentials`), or whose own `data` lists `credentials`.',
            'The data of the writer is not carried over: a service that handles credentials does not log them unless the design says its link to the logs carries them.',
            'One finding per logging component, each writer that sends credentials a related location: redaction before the logs is one decision.',
            'No quick fix: what to redact, and where, is the team\'s code.'
        ],
        quality: {
            grouping: 'One finding per logging component that receives credentials, listing the connections that carry them.',
            basis: 'Stated: `data: [credentials]` on the connection to the logging component, or on the logging component itself.',
            unknowns: 'Links and logs that state no `data` are not assumed to carry credentials; nothing is flagged from unclassified data.',
            severity: 'Warning: a gap a reviewer raises (secrets at rest in a widely read place), not an open door by itself.'
        },
        examples: {
            flagged: 'service Api\nlogging Logs\nApi -> Logs : writes { data: [credentials] }',
            fixed: 'service Api\nlogging Logs\nApi -> Logs : writes { data: [internal] }'
        }
    },
    check({ design, index, report }) {
        for (const logs of inScope(design.components).filter((component) => component.kind === 'logging')) {
            const writers = index.incoming(logs).filter(carriesCredentials);
            if (writers.length === 0 && !carriesCredentials(logs)) {
                continue;
            }
            report({
                on: logs,
                messageId: 'logged',
                data: { what: describe(logs), writers: writers.length > 0 ? `from ${writers.map((link) => link.source.name).join(', ')}` : 'its data says so' },
                basis: 'stated',
                related: writers.map((link) => ({ on: link, message: `${link.source.name} -> ${logs.name}: carries credentials` }))
            });
        }
    }
});

function carriesCredentials(element: Component | Connection): boolean {
    const data = dataClassOf(element);
    return data.kind === 'sensitive' && data.data.includes('credentials');
}
