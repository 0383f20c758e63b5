import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-mfa.js';

const ADMIN_SIGN_IN = 'client Staff "Back-office staff"\nservice Admin { auth: session }\ndatabase Db\nStaff -> Admin : https\nAdmin -> Db : sql';

testRule(rule, {
    valid: [
        { name: 'regression (field corpus): "ops" counting operations is no operations team', design: 'client Browser "Web editor"\nservice Versions "Version service (snapshot every 1,000 ops)" { auth: jwt }\nBrowser -> Versions : https' },
        { name: 'regression: shoppers whose backend registers with an admin console at startup are not privileged', design: 'client Shoppers\nservice Shop { auth: jwt }\nmonitoring AdminConsole "Admin console"\nShoppers -> Shop : https\nShop -> AdminConsole : http { phase: startup }' },
        { name: 'regression: operators do not sign in at the backend a queue message reaches', design: 'client Operators "Support operators"\nservice Desk { auth: none }\nqueue Events\nservice Portal { auth: jwt }\nOperators -> Desk : https\nDesk -> Events\nEvents -> Portal' },
        {
            // The pool signs in the machine clients behind the API gateway; staff only use the reporting cluster's own dashboard.
            name: 'regression (field corpus, round 27): staff who never reach the identity provider do not sign in there',
            design: 'client Systems "Workflow systems" { human: false }\nclient Staff "Staff using the reporting cluster"\ngateway Api { engine: api_gateway }\nidp Pool { engine: cognito }\nservice Ingests { replicas: 2 }\nsearch Reports { engine: elasticsearch }\nSystems -> Api : https { auth: oauth2 }\nApi -> Pool : https "authorise request"\nApi -> Ingests : https\nStaff -> Reports : https "search ingests"'
        },
        { name: 'MFA for the whole design', design: `${ADMIN_SIGN_IN}\nsecurity { mfa: true }` },
        { name: 'MFA where they sign in', design: 'client Staff "Back-office staff"\nservice Admin { auth: session, mfa: true }\nStaff -> Admin : https' },
        { name: 'MFA on the identity provider', design: 'client Ops "Operators"\nidp Auth { engine: auth0, mfa: true }\nservice Console { auth: oidc }\nOps -> Auth\nOps -> Console' },
        { name: 'MFA on the privileged client', design: 'client Admins { mfa: true }\nservice Cms { auth: session }\nAdmins -> Cms : https' },
        { name: 'only shoppers sign in (regression: a second factor for a shop\'s customers)', design: 'client Shoppers "People buying socks"\nservice Shop { auth: session }\ndatabase Cards { data: [payment, pii, credentials] }\nShoppers -> Shop : https\nShop -> Cards : tcp' },
        { name: 'privileged people but nobody signs in', design: 'client Staff "Clinic staff"\nservice Api\nStaff -> Api : https' },
        { name: 'administrators of a machine client', design: 'client AdminBot "Admin automation" { human: false }\nservice Api { auth: oauth2 }\nAdminBot -> Api : https' },
        { name: 'machine authentication only', design: 'client Operators\nservice Api { auth: api_key }\nOperators -> Api : https' }
    ],
    invalid: [
        {
            name: 'an identity provider drawn with no link to anyone is taken as where the staff sign in',
            design: 'client Staff "Back-office staff"\nidp Login { engine: keycloak }\nservice Admin { replicas: 2 }\nStaff -> Admin : https',
            findings: [{ element: 'Login', message: 'Privileged users (client Staff, "Back-office staff") sign in at idp Login with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        },
        {
            name: 'an ops team signing in',
            design: 'client Team "Ops team"\nservice Console { auth: session }\nTeam -> Console : https',
            findings: [{ element: 'Console', severity: 'warning', message: 'Privileged users (client Team, "Ops team") sign in at service Console with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        },
        {
            name: 'administrators named in the client sign in to the site with a password',
            design: 'client Visitors "Readers and site administrators"\nloadbalancer Lb\nservice Site { auth: session }\nVisitors -> Lb : https\nLb -> Site : http',
            findings: [{ element: 'Site', severity: 'warning', message: 'Privileged users (client Visitors, "Readers and site administrators") sign in at service Site with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        },
        {
            name: 'people reaching an administration console through an identity provider',
            design: 'client People\nidp Login { engine: keycloak }\ngateway Edge { auth: jwt }\nservice AdminConsole "Administration console"\nPeople -> Login : https\nPeople -> Edge : https\nEdge -> AdminConsole : http',
            findings: [{ element: 'Login', message: 'Privileged users (client People) sign in at idp Login with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        },
        {
            name: 'operators whose client sends a user token',
            design: 'client Operators\nservice Api\nOperators -> Api { protocol: https, auth: jwt }',
            findings: [{ message: 'Privileged users (client Operators) sign in at design T with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        },
        {
            name: 'regression: every service checks the user token; the finding goes where credentials are checked',
            design: 'client Crew "Drivers and administrators"\nservice Login { auth: jwt }\nservice Trips { auth: jwt }\nservice Fares { auth: jwt }\ndatabase Accounts { data: [credentials] }\nCrew -> Trips : https\nCrew -> Login : https\nTrips -> Fares : http\nLogin -> Accounts : tcp',
            findings: [{ element: 'Login', message: 'Privileged users (client Crew, "Drivers and administrators") sign in at service Login with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        },
        {
            name: 'regression: several services check user tokens and none keeps credentials: the design',
            design: 'client Crew "Drivers and administrators"\nservice Trips { auth: jwt }\nservice Fares { auth: jwt }\nCrew -> Trips : https\nTrips -> Fares : http',
            findings: [{ message: 'Privileged users (client Crew, "Drivers and administrators") sign in at design T with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        },
        {
            name: 'security { mfa: false }',
            design: `${ADMIN_SIGN_IN}\nsecurity { mfa: false }`,
            findings: [{ element: 'Admin', messageId: 'noMfa', message: 'Privileged users (client Staff, "Back-office staff") sign in at service Admin with no second factor: one phished, guessed or reused password hands an attacker everything they can do. Require a second factor for them (or a separate, restricted admin path).' }]
        }
    ]
});
