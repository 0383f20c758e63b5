import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { describe } from '../../../model/component-facts.js';
import { inScope } from '../../../model/out-of-scope.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { joinWords, namesOf } from '../../helpers/wording.js';
import { defineRule } from '../../rule.js';
import { hasPublishedLogin } from '../../helpers/authentication.js';

export default defineRule({
    meta: {
        id: 'sec/plain-secret',
        section: 'security',
        severity: 'warning',
        description: 'A component whose deployment writes passwords, keys or tokens as plain text in its settings (`plain_secrets`, written by an import from a Compose file or manifest).',
        rationale: 'A password in a Compose file\'s `environment` or a manifest\'s `env` is in the repository, in every copy of it, in the output of `docker inspect` and `kubectl get -o yaml`, and in every log that prints the configuration. Nobody can rotate it without a commit and a redeploy, and nobody can tell who has read it. Compose `secrets`, a Kubernetes Secret read through `secretKeyRef`, or a secrets manager keeps the value out of the file and lets it be rotated and audited.',
        question: 'Who can read the secrets written in the deployment of {element}, and how would you rotate one that leaked?',
        messages: {
            plain: '{what} has {keys} written as plain text in its deployment: anyone who reads the repository or the running configuration has {them}, and rotating {them} takes a commit and a redeploy.',
            plainEach: '{count} components have secrets written as plain text in their deployment ({components}): anyone who reads the repository or the running configuration has them. Where secrets live is one decision: pass them as secrets (Compose `secrets:`, a Kubernetes Secret, a secrets manager) everywhere.'
        },
        references: ['OWASP Top 10 A05:2021 Security Misconfiguration', 'CWE-798 Use of Hard-coded Credentials', 'Compose Specification: secrets', 'Kubernetes documentation: Secrets (using Secrets as environment variables)'],
        quality: {
            grouping: 'Where a deployment keeps its secrets is one decision: when several components write secrets in plain text, one finding on the network or design that holds them lists each; one component is reported on its own.',
            basis: 'Stated: `plain_secrets`, which an import writes from the deployment file itself (a key such as `POSTGRES_PASSWORD` with a literal value, or a password inside a connection URL).',
            unknowns: 'A component stated `default_credentials: true`, and a client of one, are left to sec/default-credentials: the published login is the plain-text secret in both files, one fact (round 22: on two demos the second finding was judged a copy). A value filled in at run time (`${DB_PASSWORD}`), a `*_FILE` path, a `secretKeyRef` or a Compose secret is not plain text and is not listed; a design that does not state `plain_secrets` is not judged.',
            severity: 'A warning: the secret is in the file for anyone to read, a stated fact, but a local development file often holds throwaway passwords on purpose, which a reviewer asks about rather than blocks on.'
        },
        decisions: [
            'Only what the deployment writes counts: the import lists the keys, never the values.',
            'Components the design draws but does not describe (`out_of_scope: true`) are not judged.'
        ],
        examples: {
            flagged: 'service Api { plain_secrets: ["JWT_SECRET"] }',
            fixed: 'service Api'
        }
    },
    check({ design, index, report }) {
        const leaking = inScope(design.components.filter((component) => !component.foreign))
            .filter((component) => (component.properties.words('plain_secrets') ?? []).length > 0 && !holdsPublishedLogin(component, index));
        reportDecision(report, {
            affected: leaking.map((component) => ({ on: component, note: `${describe(component)}: ${joinWords(keysOf(component))} in plain text` })),
            peers: leaking.length,
            once: { on: decisionScope(design, leaking), messageId: 'plainEach', data: { count: leaking.length, components: namesOf(leaking) }, basis: 'stated' },
            each: ({ on }) => {
                const component = on as Component;
                const keys = keysOf(component);
                return { on: component, messageId: 'plain', data: { what: describe(component), keys: joinWords(keys.map((key) => `\`${key}\``)), them: keys.length > 1 ? 'them' : 'it' }, basis: 'stated' };
            }
        });
    }
});

/**
 * A login published with the source (`default_credentials: true`) is the
 * plain-text secret itself, on the store and in the file of each client that
 * signs in to it: sec/default-credentials reports that one fact.
 */
function holdsPublishedLogin(component: Component, index: DesignIndex): boolean {
    return hasPublishedLogin(component) || index.outgoing(component).some((connection) => hasPublishedLogin(connection.target));
}

function keysOf(component: Component): readonly string[] {
    return component.properties.words('plain_secrets') ?? [];
}
