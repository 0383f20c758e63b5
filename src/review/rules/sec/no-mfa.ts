import type { Component, Connection, Design } from '../../../model/design.js';
import { servesRequests } from '../../../model/phase.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Fix } from '../../fix.js';
import { dataClassOf } from '../../helpers/data-classes.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { authScheme, isHumanClient, isUserScheme } from '../../helpers/authentication.js';
import { joinWords } from '../../helpers/wording.js';

/**
 * Words by which a design names privileged people or an administrative
 * entry: administrators, staff, operators, moderators, a back office. "Ops"
 * counts only as a team or its console: alone it is as often operations
 * ("1,000 ops", "edit ops/s").
 */
const PRIVILEGED_WORDS = /\b(admins?|administrators?|administration|staff|operators?|ops[- ](?:team|console|portal|engineers?)|moderators?|back[- ]?office|superusers?|employees?)\b/i;

export default defineRule({
    meta: {
        id: 'sec/no-mfa',
        section: 'security',
        practice: true,
        severity: 'warning',
        description: 'Privileged users (administrators, staff, operators) sign in and no second factor is required (`mfa` on the sign-in component, the client, or `security.mfa`).',
        rationale: 'Passwords are phished, guessed and reused across sites; credential stuffing turns one leak elsewhere into account takeovers here. An administrator\'s account is worth the most: it changes every user\'s data, installs code or plugins, and reads what no single user can. A second factor (an authenticator app, a security key, a passkey) stops most of these attacks, and reviewers expect it first of all where privileged people sign in.',
        question: 'What stops a phished or reused administrator password from taking over {design}?',
        messages: {
            noMfa: 'Privileged users ({who}) sign in at {where} with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).'
        },
        fix: 'Sets `mfa: true` on the component where the privileged users sign in (the identity provider, the gateway or the service), or `security { mfa: true }` when the design signs them in in several places.',
        threagile: 'missing-authentication-second-factor (CWE-308)',
        references: [
            'AWS Well-Architected SEC02-BP01 Use strong sign-in mechanisms',
            'OWASP Top 10 A07:2021 Identification and Authentication Failures'
        ],
        decisions: [
            'Privileged users are a human client (any `client` not marked `human: false`) whose name, title or description names administrators, staff, operators, moderators, employees or a back office, or people reaching a component whose name, title or description says it is for administration. A person reaches what their requests reach through synchronous calls: startup registrations, telemetry and messages through queues are not followed.',
            'They sign in when the design authenticates users: an `idp` component, a client that declares `auth`, a client connection with user credentials, or a component with user authentication (`auth` of session, jwt, oauth2, oidc, saml or basic). Machine authentication (mtls, api_key, iam) is not people signing in.',
            'Only end users (shoppers, visitors) signing in is not flagged: on the field corpus reviewers judged a second factor for a shop\'s customers a detail, not what they open with; the accounts that matter most are the privileged ones.',
            'The finding sits where they sign in (on their synchronous request path): the identity provider their requests reach (or one drawn with no link to anyone), else the one component that authenticates users on the privileged clients\' paths; when several do (every service validates a user token), the one of them that keeps credentials (calls a store of `data: [credentials]`), else the design, never one of the token-validating services picked at random. An identity provider that other callers reach but no privileged person\'s path does is not their sign-in (round 27: machine clients\' Cognito pool behind an API gateway was taken for the sign-in of staff who only use a search cluster\'s own dashboard).',
            'MFA is addressed by `security { mfa: true }`, or `mfa: true` on the privileged client, on the component where they sign in, or on the identity provider.'
        ],
        quality: {
            grouping: 'One finding for the design\'s privileged sign-in, on the component where it happens (the identity provider, the authenticating component, or the one keeping credentials when many validate tokens), else on the design, naming the privileged users.',
            basis: 'Stated: clients and their names, titles and descriptions, `auth` schemes, identity providers, `mfa`.',
            unknowns: 'Nothing is assumed: without privileged people named in the design, or without a stated sign-in, there is no finding.',
            severity: 'Warning: an administrator signing in with a password only is a gap a reviewer raises (2 of 2 raised on the tuning corpus of 43 designs); end users alone are not asked about.'
        },
        examples: {
            flagged: 'client Admins "Site administrators"\nservice Cms { replicas: 2, auth: session }\nAdmins -> Cms : https',
            fixed: 'client Admins "Site administrators" { mfa: true }\nservice Cms { replicas: 2, auth: session }\nAdmins -> Cms : https'
        }
    },
    check({ design, index, report }) {
        if (design.settings.security?.properties.boolean('mfa') === true) {
            return;
        }
        const privileged = privilegedClients(index);
        if (privileged.length === 0 || privileged.every(hasMfa)) {
            return;
        }
        const signIn = signInPoint(privileged, index);
        if (signIn === undefined || (signIn !== design && hasMfa(signIn))) {
            return;
        }
        report({
            on: signIn,
            messageId: 'noMfa',
            data: { who: joinWords(privileged.map(whoIn)), where: 'kind' in signIn ? describe(signIn) : `design ${design.name}` },
            basis: 'stated',
            fix: requireMfa(signIn)
        });
    }
});

function hasMfa(component: Component | Design): boolean {
    return 'kind' in component && component.properties.boolean('mfa') === true;
}

/** How the message names a privileged client: its title when it has one. */
function whoIn(client: Component): string {
    return client.title === undefined ? `client ${client.name}` : `client ${client.name}, "${client.title}"`;
}

function textOf(component: Component): string {
    return [component.name, component.title ?? '', component.properties.string('description') ?? ''].join(' ');
}

function namesPrivilege(component: Component): boolean {
    return PRIVILEGED_WORDS.test(textOf(component));
}

/** Human clients that are privileged people, or that reach a component built for administration. */
function privilegedClients(index: DesignIndex): Component[] {
    return index.ofKind('client').filter(isHumanClient)
        .filter((client) => namesPrivilege(client) || reachedFrom(client, index).some((component) => component.kind !== 'client' && namesPrivilege(component)));
}

/** Every component a client's requests reach, following the synchronous calls that serve them. */
function reachedFrom(client: Component, index: DesignIndex): Component[] {
    const reached = new Set<Component>();
    const requestTargets = (component: Component): Component[] => index.outgoing(component).filter(carriesRequest).map((connection) => connection.target);
    const pending = requestTargets(client);
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (!reached.has(next)) {
            reached.add(next);
            pending.push(...requestTargets(next));
        }
    }
    return [...reached];
}

/**
 * A call that serves the person's request. A registration at startup, shipped
 * telemetry and messages through a queue (processed later, by other code)
 * are not where that person signs in nor what they administer: following them
 * made a shop's customers "reach" a monitoring console and another team's backend.
 */
function carriesRequest(connection: Connection): boolean {
    return connection.mode === 'sync' && servesRequests(connection) && connection.properties.string('uses') !== 'telemetry'
        && connection.target.kind !== 'queue';
}

/**
 * Where the privileged users sign in: the identity provider, else the first
 * component on their path that authenticates users, else the design when a
 * client of theirs declares user authentication; undefined when nobody signs in.
 */
function signInPoint(privileged: readonly Component[], index: DesignIndex): Component | Design | undefined {
    const reached = [...new Set(privileged.flatMap((client) => reachedFrom(client, index)))];
    const idp = signInIdp(reached, index);
    if (idp) {
        return idp;
    }
    const authenticating = reached.filter((component) => component.kind !== 'client' && isUserAuth(authScheme(component)));
    if (authenticating.length > 0) {
        return authenticating.length === 1 ? authenticating[0] : checkingPasswords(authenticating, index) ?? index.design;
    }
    const clientSignsIn = privileged.some((client) => isUserAuth(authScheme(client)) || index.outgoing(client).some((connection) => isUserAuth(authScheme(connection))));
    return clientSignsIn ? index.design : undefined;
}

/**
 * The identity provider the privileged people sign in at: one their requests
 * reach, else the only one drawn when nothing links it to anyone (a sign-in
 * sketched beside the design). An identity provider that other callers reach
 * but no privileged person's path does (machine clients' tokens behind an API
 * gateway, while staff use a tool of their own) is not their sign-in.
 */
function signInIdp(reached: readonly Component[], index: DesignIndex): Component | undefined {
    const idps = index.ofKind('idp');
    const theirs = idps.find((idp) => reached.includes(idp));
    if (theirs) {
        return theirs;
    }
    return idps.find((idp) => index.incoming(idp).length === 0);
}

/**
 * Of several components that check user tokens, the one that signs people in:
 * the only one that keeps credentials (reads a store of `credentials`, where
 * passwords are checked). Services that only validate a token issued
 * elsewhere are not where a second factor goes.
 */
function checkingPasswords(authenticating: readonly Component[], index: DesignIndex): Component | undefined {
    const keepers = authenticating.filter((component) => index.outgoing(component).some((connection) => {
        const data = dataClassOf(connection.target);
        return data.kind === 'sensitive' && data.data.includes('credentials');
    }));
    return keepers.length === 1 ? keepers[0] : undefined;
}

function isUserAuth(scheme: string | undefined): boolean {
    return scheme !== undefined && isUserScheme(scheme);
}

function requireMfa(signIn: Component | Design): Fix {
    if ('kind' in signIn && (signIn.kind === 'idp' || signIn.kind === 'gateway' || signIn.kind === 'service' || signIn.kind === 'function' || signIn.kind === 'worker')) {
        return { kind: 'set-properties', title: `Require a second factor at ${signIn.name}`, target: signIn, properties: [{ key: 'mfa', value: 'true' }] };
    }
    return { kind: 'set-settings', title: 'Require a second factor at sign-in', settings: 'security', properties: [{ key: 'mfa', value: 'true' }] };
}
