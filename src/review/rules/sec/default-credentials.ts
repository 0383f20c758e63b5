import type { Component, Design } from '../../../model/design.js';
import type { Report } from '../../rule-context.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { decisionScope, relatedOf, reportDecision } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';
import { inScope } from '../../../model/out-of-scope.js';
import { judgesPractices, purposeNoun } from '../../../model/purpose.js';
import { isReadOnlyStore } from '../../helpers/writes.js';
import { hasPublishedLogin } from '../../helpers/authentication.js';
import { internetReaches } from '../../helpers/private-reach.js';

export default defineRule({
    meta: {
        id: 'sec/default-credentials',
        section: 'security',
        severity: 'error',
        description: 'A component whose login the design states is the vendor\'s default or one published with its source (`default_credentials: true`).',
        rationale: 'A login everyone knows is no login: default accounts (guest/guest, admin/admin) and passwords written in public manifests are the first thing scanners and attackers try, and they hand over the whole database, broker or console. Credentials must be generated per deployment, kept in a secret store and rotated.',
        question: 'Who else knows the login of {element}, and how is it replaced before deployment?',
        messages: {
            one: '{what} signs in with default or published credentials: anyone who has read the vendor\'s docs or the repository can log in and read or change everything it holds. Generate them per deployment and keep them in a secret store.',
            many: '{count} components sign in with default or published credentials ({list}): anyone who has read the vendor\'s docs or the repository can log in and read or change everything they hold. One decision settles them all: credentials generated per deployment and kept in a secret store.',
            privateOne: '{what} signs in with default or published credentials: nothing outside its private network reaches it, but any workload there that is compromised can log in with them and read or change everything it holds. Generate them per deployment and keep them in a secret store.',
            privateMany: '{count} components sign in with default or published credentials ({list}): nothing outside their private network reaches them, but any workload there that is compromised can log in with them and read or change everything they hold. One decision settles them all: credentials generated per deployment and kept in a secret store.',
            notProduction: '{list} {sign} in with the {purpose}\'s published credentials: harmless where it runs for its reader, but whoever runs it anywhere else must generate them per deployment and keep them in a secret store.'
        },
        fix: 'Removes `default_credentials: true` once the credentials are generated per deployment (keep them in a secret store: `security { secrets: … }`).',
        threagile: 'missing-hardening (CWE-1392 Use of Default Credentials)',
        references: [
            'CWE-1392 Use of Default Credentials',
            'OWASP Top 10 A07:2021 Identification and Authentication Failures',
            'AWS Well-Architected SEC02-BP03 Store and use secrets securely'
        ],
        decisions: [
            'Judged only on what the design states: `default_credentials: true` on a component (a store, broker, console or service). Nothing is assumed from an engine: most engines ship with default accounts, and whether a deployment changes them is not an engine fact.',
            'Replacing known logins is one decision for the deployment: several components with default credentials give one finding, on the innermost group holding them (or the design), each a related location; a lone one is reported on itself.',
            'In a design not for production (`requirements { purpose: demo }`), a store that something reads and nothing writes holds only the seed data its repository publishes: its published login guards nothing secret, so it is not flagged. Production stores of reference data still are (the login also lets anyone change them).',
            'In a design not for production, published logins are how its reader runs it: one info note lists them, a reminder for whoever deploys it elsewhere, not an open door of the design.',
            'It is reported whatever the network placement: inside a private network the login is still the only thing between any compromised workload and the data.',
            'It is an error when the internet can reach one of the components (placed publicly, called by a client or external system outside the private networks, or reached by clients\' requests through an edge), and a warning when all of them sit in private networks that only the design\'s own components reach: using the login then needs a foothold inside first (field corpus, round 34: unpublished Postgres logins of single-host Compose deployments were judged right but an error too strong, and one, whose guide accepts the risk with that reason, not worth an error).',
            'Its finding names the remedy, credentials generated per deployment and kept in a secret store: where these logins are the only secrets the design states, sec/no-secrets-management does not ask where secrets live a second time (one decision, one finding).'
        ],
        quality: {
            grouping: 'One finding for every component stating default or published credentials, on the group that holds them (or the design), each a related location; a lone component is reported on itself.',
            basis: 'Stated: `default_credentials` on components.',
            unknowns: 'Unstated credentials are not assumed to be defaults: without `default_credentials: true` there is no finding. In a design not for production, a read-only store of seed data is not judged.',
            severity: 'Error where the internet reaches one of the components, warning where only the private network does: the stated fact is an open door (a login anyone can look up); on the 37 tuning designs all 5 of its findings were judged a headline risk. Info in a design not for production: on the blind sets, 5 of the 7 errors on local samples and demos were judged not worth an error (placeholder logins of a mail catcher, a Compose file\'s throw-away passwords), and the one judged right was the exposure, which sec/exposed-data-store raises.'
        },
        examples: {
            flagged: 'service Api\ndatabase Db { engine: postgres, default_credentials: true }\nApi -> Db : sql',
            fixed: 'service Api\ndatabase Db { engine: postgres }\nApi -> Db : sql\nsecurity { secrets: vault }'
        }
    },
    check({ design, index, traffic, report }) {
        // A demo's store of seed data that nothing writes guards only what its repository publishes.
        const known = inScope(design.components).filter((component) => hasPublishedLogin(component) && (judgesPractices(design) || !isReadOnlyStore(component, index)));
        if (known.length === 0) {
            return;
        }
        if (!judgesPractices(design)) {
            report(reminder(known, design));
            return;
        }
        const scope = decisionScope(design, known);
        const outside = internetReaches(traffic, index);
        const exposed = known.some(outside);
        const severity = exposed ? undefined : 'warning';
        reportDecision(report, {
            affected: known.map((component) => ({ on: component, note: `${describe(component)}: default or published credentials` })),
            peers: known.length,
            once: {
                on: scope,
                messageId: exposed ? 'many' : 'privateMany',
                data: { count: known.length, list: known.map((component) => component.name).join(', ') },
                severity,
                basis: 'stated'
            },
            each: (item) => {
                const component = known.find((candidate) => candidate === item.on) ?? known[0];
                const alone = outside(component);
                return { on: component, messageId: alone ? 'one' : 'privateOne', data: { what: describe(component) }, severity: alone ? undefined : 'warning', basis: 'stated', fix: replaceCredentials(component) };
            }
        });
    }
});

/** One info note in a design not for production, on the scope holding the components, each a related location. */
function reminder(known: readonly Component[], design: Design): Report {
    return {
        on: known.length === 1 ? known[0] : decisionScope(design, known),
        messageId: 'notProduction',
        data: { list: listOf(known), sign: known.length === 1 ? 'signs' : 'sign', purpose: purposeNoun(design) },
        severity: 'info',
        basis: 'stated',
        related: known.length === 1 ? undefined : relatedOf(known.map((component) => ({ on: component, note: `${describe(component)}: default or published credentials` })))
    };
}

function replaceCredentials(component: Component): Fix {
    return { kind: 'set-properties', title: `Generate ${component.name}'s credentials per deployment`, target: component, properties: [{ key: 'default_credentials', value: 'false' }] };
}
