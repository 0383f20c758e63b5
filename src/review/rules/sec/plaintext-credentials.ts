import type { Component } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { inScope } from '../../../model/out-of-scope.js';

export default defineRule({
    meta: {
        id: 'sec/plaintext-credentials',
        section: 'security',
        severity: 'error',
        description: 'A store or identity provider that keeps the passwords or client secrets it checks sign-ins against as given (`password_hashing: none`).',
        rationale: 'Passwords kept as given (or reversibly encrypted) turn any leak of the store, a backup, a snapshot or a SQL injection, into every user\'s password, and users reuse passwords elsewhere. Stored passwords and client secrets are hashed with a slow, salted function (Argon2, scrypt, bcrypt, PBKDF2) so that a leak reveals none of them directly.',
        question: 'How are the passwords {element} keeps protected if it leaks?',
        messages: {
            plaintext: '{what} keeps the passwords or secrets it checks sign-ins against as given (`password_hashing: none`): one leaked backup, snapshot or injection exposes every one of them, and users reuse passwords elsewhere.'
        },
        fix: 'Sets `password_hashing: argon2` (or bcrypt, scrypt, pbkdf2).',
        threagile: 'CWE-256 Plaintext Storage of a Password',
        references: [
            'CWE-256 Plaintext Storage of a Password',
            'OWASP Password Storage Cheat Sheet',
            'OWASP Top 10 A02:2021 Cryptographic Failures'
        ],
        decisions: [
            'Judged only on what the design states: `password_hashing: none` on a store or identity provider. A store that says nothing about hashing is not assumed to keep passwords as given (sec/no-encryption-at-rest asks about stores of credentials).',
            'One finding per store: each keeps its own secrets, and each is fixed in the code that writes to it.',
            'Encryption at rest does not settle it: the service that reads the store reads the passwords in clear, and so does anyone who gets in through it.'
        ],
        quality: {
            grouping: 'One finding per store or identity provider that states it keeps passwords as given.',
            basis: 'Stated: `password_hashing` on stores and identity providers.',
            unknowns: 'Unstated hashing is not assumed to be none: there is no finding without `password_hashing: none`.',
            severity: 'Error: the stated fact loses every user\'s password on any leak of the store; reviewers on the field corpus raised it wherever the source showed it.'
        },
        examples: {
            flagged: 'service Users\ndatabase Accounts { engine: mongodb, data: [credentials], password_hashing: none }\nUsers -> Accounts : tcp',
            fixed: 'service Users\ndatabase Accounts { engine: mongodb, data: [credentials], password_hashing: argon2 }\nUsers -> Accounts : tcp'
        }
    },
    check({ design, report }) {
        for (const component of inScope(design.components).filter(keepsPasswordsAsGiven)) {
            report({ on: component, messageId: 'plaintext', data: { what: describe(component) }, basis: 'stated', fix: hashPasswords(component) });
        }
    }
});

function keepsPasswordsAsGiven(component: Component): boolean {
    return component.properties.string('password_hashing') === 'none';
}

function hashPasswords(component: Component): Fix {
    return { kind: 'set-properties', title: `Hash the passwords ${component.name} keeps (Argon2)`, target: component, properties: [{ key: 'password_hashing', value: 'argon2' }] };
}
