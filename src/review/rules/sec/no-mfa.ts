import type { Component, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe, SENSITIVE_DATA, sensitiveDataOf } from '../../../model/component-facts.js';
import { authScheme, isHumanClient, isUserScheme } from '../../helpers/authentication.js';
import { dataWords } from '../../helpers/data-classes.js';

export default defineRule({
    meta: {
        id: 'sec/no-mfa',
        section: 'security',
        severity: 'info',
        description: 'Users sign in (an identity provider or user authentication) and sensitive data is stored, and `security.mfa` is not true.',
        rationale: 'Passwords are phished, guessed and reused across sites; credential stuffing turns one leak elsewhere into account takeovers here. A second factor (an authenticator app, a security key, a passkey) stops most of these attacks. Where accounts reach personal, payment or health data, and above all for administrators, a reviewer expects MFA to be required.',
        question: 'What stops a phished or reused password from opening an account of {design}?',
        messages: {
            noMfa: 'Users sign in ({signIn}) and the design holds {data}, but no second factor is required: one phished or reused password opens an account and all it can see.'
        },
        fix: 'Sets `security { mfa: true }`.',
        threagile: 'missing-authentication-second-factor (CWE-308)',
        references: [
            'AWS Well-Architected SEC02-BP01 Use strong sign-in mechanisms',
            'OWASP Top 10 A07:2021 Identification and Authentication Failures'
        ],
        decisions: [
            'Users sign in when the design has a human client (any `client` not marked `human: false`) and any of: an `idp` component; a client that declares `auth`; a component with user authentication (`auth` of session, jwt, oauth2, oidc, saml or basic); a client\'s connection with user credentials (`auth` of token, jwt, oauth2 or password). Machine authentication (mtls, api_key, iam) is not users signing in.',
            'Sensitive data is pii, payment, credentials or health in any component\'s `data` or in `requirements.data`.',
            'MFA is addressed by `security { mfa: true }` or by `mfa: true` on any component (the identity provider, a client, a gateway or a service).',
            'The finding is design-wide: it points at the `architecture` header.'
        ],
        quality: {
            grouping: 'One design-wide finding: requiring a second factor is one decision for the design.',
            basis: 'Stated: clients, `auth` schemes, identity providers, `data` and `requirements.data`, `mfa`.',
            unknowns: 'Nothing is assumed: without a stated sign-in or stated sensitive data there is no finding.',
            severity: 'Info: a question; on the field corpus reviewers judged a second factor for shoppers a detail, and the admin sign-in it matters most for cannot be told apart in the model yet.'
        },
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2, auth: oauth2 }\ndatabase Users { data: [pii] }\nWeb -> Api : https\nApi -> Users : sql',
            fixed: 'client Web\nservice Api { replicas: 2, auth: oauth2 }\ndatabase Users { data: [pii] }\nWeb -> Api : https\nApi -> Users : sql\nsecurity { mfa: true }'
        }
    },
    check({ design, index, report }) {
        if (requiresMfa(design)) {
            return;
        }
        const signIn = howUsersSignIn(index);
        const data = sensitiveDataIn(design);
        if (signIn === undefined || data.length === 0) {
            return;
        }
        report({
            on: design,
            messageId: 'noMfa',
            data: { signIn, data: dataWords(data) },
            basis: 'stated',
            fix: { kind: 'set-settings', title: 'Require a second factor at sign-in', settings: 'security', properties: [{ key: 'mfa', value: 'true' }] }
        });
    }
});

function requiresMfa(design: Design): boolean {
    return design.settings.security?.properties.boolean('mfa') === true
        || design.components.some((component) => component.properties.boolean('mfa') === true);
}

/** How people sign in to the design, in words for the message; undefined when nobody does. */
function howUsersSignIn(index: DesignIndex): string | undefined {
    const humans = index.ofKind('client').filter(isHumanClient);
    if (humans.length === 0) {
        return undefined;
    }
    const idp = index.ofKind('idp')[0];
    if (idp) {
        return `through ${describe(idp)}`;
    }
    return humans.map((client) => clientSignIn(client, index)).find((how) => how !== undefined) ?? componentSignIn(index.design);
}

/** A human client that declares how its users sign in, or sends user credentials on a connection. */
function clientSignIn(client: Component, index: DesignIndex): string | undefined {
    const scheme = authScheme(client) ?? index.outgoing(client).map(authScheme).find((linkScheme) => linkScheme !== undefined && isUserScheme(linkScheme));
    return scheme === undefined ? undefined : `client ${client.name} with ${scheme}`;
}

/** A component that authenticates people (sessions, user tokens, single sign-on), not machines. */
function componentSignIn(design: Design): string | undefined {
    for (const component of design.components) {
        const scheme = authScheme(component);
        if (component.kind !== 'client' && scheme !== undefined && isUserScheme(scheme)) {
            return `${describe(component)} with ${scheme}`;
        }
    }
    return undefined;
}

/** Every sensitive kind of data declared anywhere in the design, once each. */
function sensitiveDataIn(design: Design): string[] {
    const declared = new Set(design.components.flatMap(sensitiveDataOf));
    for (const item of design.settings.requirements?.properties.words('data') ?? []) {
        if ((SENSITIVE_DATA as readonly string[]).includes(item)) {
            declared.add(item);
        }
    }
    return SENSITIVE_DATA.filter((item) => declared.has(item));
}
