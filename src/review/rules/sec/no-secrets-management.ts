import type { Component, Connection, Design } from '../../../model/design.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS, describe, EDGE_KINDS } from '../../../model/component-facts.js';
import { networkSetting } from '../../helpers/network.js';
import type { Affected } from '../../helpers/one-decision.js';
import { relatedOf } from '../../helpers/one-decision.js';
import { joinWords, unique } from '../../helpers/wording.js';
import { plainSecretsPlace } from '../../helpers/plain-secrets.js';
import { hasPublishedLogin } from '../../helpers/authentication.js';
import { inScope, isOutOfScope } from '../../../model/out-of-scope.js';

/** Engines that are secret stores: a component running one is where the design keeps its secrets. */
const SECRET_STORE_ENGINES: ReadonlySet<string> = new Set([
    'vault', 'openbao', 'aws_secrets_manager', 'secrets_manager', 'gcp_secret_manager', 'azure_key_vault', 'key_vault', 'kms', 'infisical', 'doppler'
]);

/**
 * Schemes by which the caller presents a secret it keeps: a password, a
 * static key or token, an OAuth 2.0 client secret. Workload identity (`iam`),
 * certificates handed out by a mesh (`mtls`) and user tokens passed along
 * (`jwt`) are not secrets the code keeps.
 */
const SECRET_SCHEMES: ReadonlySet<string> = new Set(['password', 'api_key', 'token', 'oauth2', 'basic']);

/** Sign-in schemes that make the component a confidential client of an identity provider (a client secret or signing key). */
const RELYING_PARTY_SCHEMES: ReadonlySet<string> = new Set(['oidc', 'saml']);

export default defineRule({
    meta: {
        id: 'sec/no-secrets-management',
        section: 'security',
        severity: 'info',
        description: 'The design states secrets its code holds (passwords or keys on its connections, an identity provider it runs, a sign-in through one) and `security.secrets` does not name a secrets store.',
        rationale: 'A service that holds secrets (database passwords, API keys of payment, email or AI providers, OAuth client secrets, token signing keys) needs a place to keep them. Without a secrets manager they end up in code, configuration files, container images or environment variables, where they leak through repositories, logs and crash dumps, and nobody can rotate them quickly after a leak. A secrets manager (Vault, AWS Secrets Manager, GCP Secret Manager, Azure Key Vault) keeps them encrypted, audited and rotatable.',
        question: 'Where do the secrets of {design} live, who can read them, and how fast can you rotate a leaked one?',
        messages: {
            noSecrets: 'Design {name} holds secrets ({secrets}) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.',
            plainSecrets: 'Design {name} keeps its secrets in {place} (`security.secrets: {place}`): they leak through repositories, logs, crash dumps and images, and cannot be rotated quickly. Keep them in a secrets manager.'
        },
        threagile: 'missing-vault (CWE-522)',
        references: [
            'AWS Well-Architected SEC02-BP03 Store and use secrets securely',
            'OWASP Top 10 A07:2021 Identification and Authentication Failures'
        ],
        decisions: [
            'A design that says nothing about security at all (no network, no protocol, no `auth`, `tls`, `data`, `encryption`, `waf`, `rate_limit`, `public` or `mfa`, no `security` block) left it out of scope, like a source about something else: it is not judged (sec/exposed-data-store asks the one question).',
            'The question is worth asking only where the design states a secret its own code holds: a connection from a service, worker, function or gateway with `auth` of password, api_key, token, oauth2 or basic (its own, or its network\'s); a call to an external system that takes api_key, oauth2 or basic; a component that signs users in through an identity provider (`auth: oidc` or `saml`, a confidential client with a client secret); an identity provider the design runs itself (an `idp` not `managed`, which keeps token-signing keys); a component whose login the design states (`default_credentials`, true or false: its callers present a password). A design silent on credentials is not asked: most stores of a sample application take none, and unknown is not worst case.',
            'Components drawn but not described (`out_of_scope: true`: another team\'s identity provider, a platform named only) keep their own secrets: they and their links are not counted (round 27: an interview answer\'s out-of-scope auth service was the only secret holder named).',
            'A key presented by a managed gateway or load balancer (its engine is a managed product such as Azure API Management or Amazon API Gateway, or it states `managed: true`) to its backend is kept in the gateway\'s own configuration, encrypted by the provider (named values, stage variables): no code of the team holds it, so it does not raise the question. A self-run gateway (NGINX, Kong) presenting a key still does.',
            'A design whose only secrets are the logins of components with default or published credentials (`default_credentials: true`, and the links presenting them) is not asked: sec/default-credentials already reports them, and its fix (credentials generated per deployment, kept in a secret store) is the same decision. Any other secret held keeps the question; a stated plain place for secrets (`security.secrets: env`) is still reported.',
            'Users\' passwords in a store (`data: [credentials]`) are data to protect at rest (sec/no-encryption-at-rest), not secrets the code presents: they do not raise this question.',
            'Declared means `security { secrets: … }` naming a store (e.g. `vault`, `aws_secrets_manager`), or a component whose engine is a secret store (vault, aws_secrets_manager, gcp_secret_manager, azure_key_vault, kms…). `secrets: env` (or config, files, code, plaintext) states that secrets live where they leak: a warning, whatever the design holds.',
            'No quick fix: which secrets manager to use is the team\'s choice.'
        ],
        quality: {
            grouping: 'One design-wide finding: where secrets live is one decision for the design; the connections and components that hold the secrets are its related locations.',
            basis: 'Stated: `auth` on connections, networks, externals and components, `default_credentials` on components, `idp` components and their `managed` fact, `security.secrets` and the engines of the design\'s components.',
            unknowns: 'A key a managed gateway presents to its backend is the provider\'s to keep, not a secret held in code. A connection with no `auth` is not assumed to carry a password, and an external with no `auth` is not assumed to take a key: without a stated secret there is no finding; where the only secrets stated are published default credentials, sec/default-credentials already asks for a secret store and this question is not repeated.',
            severity: 'Info for the question (secrets held, no store named: asked only where the design states a secret); warning when `security.secrets` states that secrets live in environment variables, configuration or code. On the tuning corpus (73 designs): 6 of 8 findings raised; 2 true but not worth raising (a handbook design\'s few client secrets, committed keys the default-credentials error already covers).'
        },
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Db\nApi -> Db : sql { auth: password }',
            fixed: 'service Api { replicas: 2 }\ndatabase Db\nApi -> Db : sql { auth: password }\nsecurity { secrets: vault }'
        }
    },
    check({ design, report }) {
        if (!statesSecurity(design) || design.components.some(isSecretStore)) {
            return;
        }
        const stated = plainSecretsPlace(design);
        if (stated !== undefined) {
            report({ on: design, messageId: 'plainSecrets', data: { name: design.name, place: stated }, severity: 'warning', basis: 'stated' });
            return;
        }
        if (design.settings.security?.properties.enabled('secrets') === true) {
            return;
        }
        const held = secretsHeld(design);
        // Published credentials (sec/default-credentials) already ask for
        // generated credentials kept in a secret store: where they are the
        // only secrets held, that is one decision, one finding.
        if (held.length === 0 || held.every(isPublishedLogin)) {
            return;
        }
        report({
            on: design,
            messageId: 'noSecrets',
            data: { name: design.name, secrets: joinWords(unique(held.map((secret) => secret.what))) },
            basis: 'stated',
            related: relatedOf(held.map((secret) => secret.where))
        });
    }
});

/** The login of a component with published credentials (`default_credentials: true`), or a link presenting it. */
function isPublishedLogin(secret: HeldSecret): boolean {
    return secret.loginTo !== undefined && hasPublishedLogin(secret.loginTo);
}

/** A secret the design states its code holds: what kind, and where. */
interface HeldSecret {
    readonly what: string;
    readonly where: Affected;
    /** The component the secret signs in to, where it is a login (a password to a store, a key to a service). */
    readonly loginTo?: Component;
}

/** Secrets held by what the design describes: a component drawn `out_of_scope` (another team's identity provider) keeps its own. */
function secretsHeld(design: Design): HeldSecret[] {
    const described = inScope(design.components);
    return [
        ...design.connections.filter((connection) => !isOutOfScope(connection.source)).flatMap(connectionSecret),
        ...described.flatMap(componentSecret),
        ...described.flatMap(storeLogin)
    ];
}

/** Each scheme's secret in words: in the message's list, and for one link. */
const SECRET_WORDS: Readonly<Record<string, { readonly many: string; readonly one: string }>> = {
    password: { many: 'passwords', one: 'a password' },
    basic: { many: 'passwords', one: 'a password' },
    api_key: { many: 'API keys', one: 'an API key' },
    token: { many: 'tokens', one: 'a static token' },
    oauth2: { many: 'OAuth client secrets', one: 'an OAuth client secret' }
};

/** The caller runs code and presents a password, key, token or client secret on this link. */
function connectionSecret(connection: Connection): HeldSecret[] {
    if (!runsCode(connection.source) || providerKeeps(connection.source)) {
        return [];
    }
    const scheme = secretSchemeOf(connection);
    if (scheme === undefined) {
        return [];
    }
    const words = SECRET_WORDS[scheme];
    return [{ what: words.many, where: { on: connection, note: `${connection.id}: ${words.one}` }, loginTo: connection.target }];
}

/** The link's own `auth`, else its network's, else what the external system it calls takes. */
function secretSchemeOf(connection: Connection): string | undefined {
    const own = connection.properties.string('auth') ?? stringOf(networkSetting(connection, 'auth'));
    if (own !== undefined) {
        return SECRET_SCHEMES.has(own) ? own : undefined;
    }
    const external = connection.target.kind === 'external' ? connection.target.properties.string('auth') : undefined;
    return external !== undefined && SECRET_SCHEMES.has(external) ? external : undefined;
}

function stringOf(value: string | boolean | undefined): string | undefined {
    return typeof value === 'string' ? value : undefined;
}

/** A confidential client of an identity provider, or an identity provider the design runs itself. */
function componentSecret(component: Component): HeldSecret[] {
    const scheme = component.properties.string('auth');
    if (runsCode(component) && scheme !== undefined && RELYING_PARTY_SCHEMES.has(scheme)) {
        return [{ what: 'sign-in client secrets', where: { on: component, note: `${describe(component)}: signs users in with ${scheme} (a client secret)` } }];
    }
    if (component.kind === 'idp' && component.properties.boolean('managed') !== true) {
        return [{ what: 'token-signing keys', where: { on: component, note: `${describe(component)}: runs the identity provider (token-signing keys)` } }];
    }
    return [];
}

/**
 * A component whose login the design states (`default_credentials`, true or
 * false) has a password its callers present: a secret their code holds.
 */
function storeLogin(component: Component): HeldSecret[] {
    if (component.properties.boolean('default_credentials') === undefined) {
        return [];
    }
    return [{ what: 'passwords', where: { on: component, note: `${describe(component)}: its callers sign in with a password` }, loginTo: component }];
}

/**
 * A managed gateway or load balancer (API Management, API Gateway: its engine
 * is a managed product, or it states `managed: true`) keeps the key it
 * presents to a backend in its own configuration, encrypted by the provider
 * (named values, stage variables): no code of the team holds it.
 */
function providerKeeps(component: Component): boolean {
    return EDGE_KINDS.has(component.kind) && (component.engine?.managed === true || component.properties.boolean('managed') === true);
}

function runsCode(component: Component): boolean {
    return COMPUTE_KINDS.includes(component.kind);
}

function isSecretStore(component: Component): boolean {
    const engine = component.engine?.id.toLowerCase();
    return engine !== undefined && SECRET_STORE_ENGINES.has(engine);
}
