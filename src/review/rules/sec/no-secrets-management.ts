import type { Component } from '../../../model/design.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS } from '../../../model/component-facts.js';

/** Engines that are secret stores: a component running one is where the design keeps its secrets. */
const SECRET_STORE_ENGINES: ReadonlySet<string> = new Set([
    'vault', 'openbao', 'aws_secrets_manager', 'secrets_manager', 'gcp_secret_manager', 'azure_key_vault', 'key_vault', 'kms', 'infisical', 'doppler'
]);

export default defineRule({
    meta: {
        id: 'sec/no-secrets-management',
        section: 'security',
        severity: 'info',
        description: '`security.secrets` is not declared.',
        rationale: 'Every service holds secrets: database passwords, API keys of payment and email providers, token signing keys. Without a secrets manager they end up in code, configuration files, container images or environment variables, where they leak through repositories, logs and crash dumps, and nobody can rotate them quickly after a leak. A secrets manager (Vault, AWS Secrets Manager, GCP Secret Manager, Azure Key Vault) keeps them encrypted, audited and rotatable.',
        question: 'Where do the secrets of {design} live, who can read them, and how fast can you rotate a leaked one?',
        messages: {
            noSecrets: 'Design {name} does not say where its secrets live: database passwords and API keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.'
        },
        threagile: 'missing-vault (CWE-522)',
        references: [
            'AWS Well-Architected SEC02-BP03 Store and use secrets securely',
            'OWASP Top 10 A07:2021 Identification and Authentication Failures'
        ],
        decisions: [
            'A design that says nothing about security at all (no network, no protocol, no `auth`, `tls`, `data`, `encryption`, `waf`, `rate_limit`, `public` or `mfa`, no `security` block) left it out of scope, like a source about something else: it is not judged (sec/exposed-data-store asks the one question).',
            'Declared means `security { secrets: … }` set to anything but `false` or `none` (e.g. `vault`, `aws_secrets_manager`), or a component whose engine is a secret store (vault, aws_secrets_manager, gcp_secret_manager, azure_key_vault, kms…).',
            'A design with no service, worker, function or gateway runs no code of its own that holds secrets, and is not flagged.',
            'No quick fix: which secrets manager to use is the team\'s choice.'
        ],
        quality: {
            grouping: 'One design-wide finding: where secrets live is one decision for the design.',
            basis: 'Stated: `security.secrets` and the engines of the design\'s components.',
            unknowns: 'A design that runs no code of its own is not asked; an unsaid secrets store is a question, not an assumed leak.',
            severity: 'Info: a question; on the field corpus it is right about half the time, and out of scope for designs that describe one concern.'
        },
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Db\nApi -> Db : sql',
            fixed: 'service Api { replicas: 2 }\ndatabase Db\nApi -> Db : sql\nsecurity { secrets: vault }'
        }
    },
    check({ design, report }) {
        if (!statesSecurity(design)) {
            return;
        }
        if (!design.components.some(runsCode) || design.settings.security?.properties.enabled('secrets') === true || design.components.some(isSecretStore)) {
            return;
        }
        report({ on: design, messageId: 'noSecrets', data: { name: design.name }, basis: 'stated' });
    }
});

function runsCode(component: Component): boolean {
    return COMPUTE_KINDS.includes(component.kind);
}

function isSecretStore(component: Component): boolean {
    const engine = component.engine?.id.toLowerCase();
    return engine !== undefined && SECRET_STORE_ENGINES.has(engine);
}
