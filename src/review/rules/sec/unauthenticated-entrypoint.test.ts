import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unauthenticated-entrypoint.js';

testRule(rule, {
    valid: [
        { name: 'regression (round 32): a released product signs its users in as its vendor wrote it (a registry portal)', design: 'client U\nservice Api { auth: jwt }\nservice Portal { product: "Harbor" }\nU -> Api : https\nU -> Portal : https' },
        { name: 'regression (round 32): a released product in a design silent about authentication is not asked either', design: 'client U\nservice Portal { product: "Harbor" }\nU -> Portal : https' },
        { name: 'regression: a web UI drawn in front of the gateway that authenticates is not an open entry (it serves pages; every operation passes the gateway)', design: 'client U\nservice Ui\ngateway Gw { auth: jwt, rate_limit: true }\nservice Api\ndatabase Db { data: [pii] }\nU -> Ui : https\nUi -> Gw : https\nGw -> Api : http\nApi -> Db : sql' },
        { name: 'regression (round 23): an application keeping its users\' accounts in its own database signs them in itself', design: 'client Players\nservice Web { public: true }\nstorage Registry { engine: s3 }\ndatabase Db { data: [pii, credentials] }\nPlayers -> Web : https\nWeb -> Db : sql, tls\nWeb -> Registry : reads { auth: iam }' },
        { name: 'regression: a jump box administrators reach by ssh is not an unauthenticated entry point (the shell authenticates its user)', design: 'client Web\nclient Admins\nloadbalancer Gw { public: true }\nservice Front { replicas: 2, auth: jwt }\nservice Jumpbox { public: true }\nWeb -> Gw : https\nGw -> Front : http\nAdmins -> Jumpbox "ssh from safe-listed IPs"\nJumpbox -> Front "ssh (port 22)"' },
        { name: 'regression: a public service by design (a transparency log), silent about authentication, stating all its data public', design: 'requirements { data: [public] }\nclient Submitters\nnetwork Vpc {\n  loadbalancer Lb { public: true }\n  gateway Nginx { rate_limit: true }\n  service Frontend\n  database Log { data: [public] }\n  Lb -> Nginx\n  Nginx -> Frontend\n  Frontend -> Log : sql\n}\nSubmitters -> Lb : https' },
        { name: 'regression: a site its visitors read, silent about authentication (a Q&A network, embedded comments)', design: 'client Visitors "Browsers, API and mobile clients"\nloadbalancer Lb\nservice Web\ndatabase Posts { data: [pii] }\nVisitors -> Lb : https\nLb -> Web : http\nWeb -> Posts : sql' },
        { name: 'regression: a photo site read through a CDN, silent about authentication, is public by nature', design: 'client Visitors\ncdn Edge {\n  -> Photos : reads\n}\nstorage Photos\nloadbalancer Lb\nservice Web\ndatabase Accounts { data: [pii] }\nVisitors -> Edge : https\nVisitors -> Lb : https\nLb -> Web : http\nWeb -> Accounts : sql' },
        { name: 'regression: a client that names logged-out readers, silent about authentication', design: 'client Readers "Readers, logged-out and logged-in"\nloadbalancer Lb\nservice Site\ndatabase Posts\nReaders -> Lb : https\nLb -> Site : http\nSite -> Posts : sql' },
        { name: 'a dashboard kept inside a private network', design: 'client U\ngateway Gw { auth: oauth2 }\nservice Api\nnetwork ops {\n  monitoring Grafana { engine: grafana }\n}\nU -> Gw : https\nGw -> Api : http' },
        { name: 'a proxy that only carries telemetry in to a collector routes to no console', design: 'client Shoppers { auth: none }\ngateway Proxy { public: true }\nservice Shop\nmonitoring Collector\nShoppers -> Proxy : https\nProxy -> Shop : http\nProxy -> Collector : http { uses: telemetry }' },
        { name: 'a dashboard operators reach directly (placement not stated) is not taken as published', design: 'client Shoppers { auth: none }\nclient Operators { auth: none }\nservice Shop\nmonitoring Dashboards\nShoppers -> Shop : https\nOperators -> Dashboards : https' },
        { name: 'regression: a service that authenticates its clients by its own unnamed scheme (auth: custom)', design: 'client Apps\nservice Intake { auth: custom }\nservice Other { auth: jwt }\nApps -> Intake : https\nApps -> Other : https' },
        { name: 'regression (round 31): a published dashboard with a published default login has a login (sec/default-credentials asks about the password)', design: 'client U\ngateway Gw { auth: oauth2 }\nservice Api\nnetwork edge {\n  exposure: public\n  monitoring Grafana { engine: grafana, default_credentials: true }\n}\nU -> Gw : https\nGw -> Api : http' },
        { name: 'a published dashboard that states its login', design: 'client U\ngateway Gw { auth: oauth2 }\nservice Api\nnetwork edge {\n  exposure: public\n  monitoring Grafana { engine: grafana, auth: oidc }\n}\nU -> Gw : https\nGw -> Api : http' },
        { name: 'a registry outside every network: its placement is not stated', design: 'client U\ngateway Gw { auth: oauth2 }\nservice Api\ncoordinator Registry\nnetwork app {\n  database Db\n}\nU -> Gw : https\nGw -> Api : http\nApi -> Db : sql' },
        { name: 'the service authenticates', design: 'client U\nservice Api { auth: jwt }\nU -> Api : https' },
        { name: 'a gateway in front authenticates (the payments design)', design: 'client U\ngateway Edge { engine: envoy, auth: oauth2 }\nservice Checkout\nU -> Edge : https\nEdge -> Checkout : grpcs' },
        { name: 'a CDN two hops ahead authenticates', design: 'client U\ncdn Edge { auth: jwt }\nloadbalancer Lb\nservice Api\nU -> Edge -> Lb -> Api' },
        { name: 'a gateway that consults an identity provider', design: 'client U\ngateway Gw\nidp Auth { engine: auth0 }\nservice Api\nU -> Gw -> Api\nGw -> Auth : https' },
        { name: 'the client authenticates on its connection', design: 'client U\nservice Api\nU -> Api { protocol: https, auth: oauth2 }' },
        { name: 'a client that declares how its users sign in', design: 'client U { auth: oidc }\nservice Api\nU -> Api : https' },
        { name: 'a service behind an authenticating service is not an entry point', design: 'client U\nservice Web { auth: session }\nservice Api\nU -> Web -> Api' },
        { name: 'a service reached only through a queue', design: 'client U\nqueue Q { engine: sqs }\nservice Consumer\nU -> Q\nQ -> Consumer' },
        { name: 'a client connection that declares auth: none states anonymous use', design: 'client U\nservice Api\nU -> Api { protocol: https, auth: none }' },
        { name: 'a client with auth: none: anonymous readers by requirement (regression: a public Q&A site)', design: 'client Readers { auth: none }\nloadbalancer Lb\nservice Site\nReaders -> Lb : https\nLb -> Site : http' },
        { name: 'routes an anonymous client calls are open by design, even when a signed-in client calls them too (regression: anonymous carts)', design: 'client Guest { auth: none }\nclient Member\ngateway Api\nfunction Browse\nGuest -> Api : https\nMember -> Api : https\nApi -> Browse : https' },
        { name: 'a gateway that authenticates users per route (an authorizer on the link) covers that route (regression: per-route authorizers)', design: 'client Guest { auth: none }\ngateway Api\nfunction Browse\nfunction Pay\nGuest -> Api : https\nApi -> Browse : https\nApi -> Pay { protocol: https, auth: jwt }' },
        { name: 'a public read-only endpoint', design: 'client U\nservice Prices { data: [public] }\nU -> Prices : https, reads' },
        { name: 'regression: a demo dashboard reached by port-forward into a private cluster that publishes nothing is not open to anyone who finds it', design: 'requirements { purpose: demo }\nclient Operator\nnetwork Cluster {\n  service Control { auth: none }\n  service Portal\n  Control -> Portal : http\n}\nOperator -> Control : http' },
        { name: 'a design that says nothing about security (regression: a talk about timelines)', design: 'client Apps\nloadbalancer Lbs\nservice Write\nApps -> Lbs\nLbs -> Write' }
    ],
    invalid: [
        {
            name: 'a released product stated `auth: none` is open',
            design: 'client U\nservice Portal { product: "Harbor", auth: none }\nU -> Portal : https',
            findings: [{ element: 'Portal', severity: 'error', message: 'service Portal says `auth: none` and takes requests from clients with nothing in front of it authenticating them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'a web UI that calls the authenticating gateway with its own API key acts for anyone: it stays judged',
            design: 'client U\nservice Ui\ngateway Gw { auth: jwt, rate_limit: true }\nservice Api\ndatabase Db { data: [pii] }\nU -> Ui : https\nUi -> Gw : https { auth: api_key }\nGw -> Api : http\nApi -> Db : sql',
            findings: [{ element: 'Ui', severity: 'warning', message: 'service Ui takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        { name: 'a production dashboard stating auth: none in a private network is still an open door', design: 'client Operator\nnetwork Cluster {\n  service Control { auth: none }\n}\nOperator -> Control : http', findings: [{ element: 'Control', severity: 'error', message: 'service Control says `auth: none` and takes requests from clients with nothing in front of it authenticating them: anyone who finds the endpoint can call every operation it offers.' }] },
        { name: 'a demo whose load balancer outside the network forwards into the private network is reached from the internet', design: 'requirements { purpose: demo }\nclient U\nloadbalancer Lb\nnetwork Cluster {\n  service Control { auth: none }\n}\nU -> Lb : http\nLb -> Control : http', findings: [{ element: 'Control', severity: 'warning', message: 'service Control says `auth: none` and takes requests from clients with nothing in front of it authenticating them: anyone who finds the endpoint can call every operation it offers.' }] },
        { name: 'a CDN in front of a shop holding payment data does not make it a public site', design: 'client Shoppers\ncdn Edge {\n  -> Images : reads\n}\nstorage Images\nservice Shop\ndatabase Orders { data: [payment] }\nShoppers -> Edge : https\nShoppers -> Shop : https\nShop -> Orders : sql', findings: [{ element: 'Shop', severity: 'info', message: 'The design never says how anyone authenticates, and service Shop takes requests from clients: who may call it, and how does it know who they are? Say `auth` on it or on the edge in front of it, or `auth: none` on clients that use it anonymously.' }] },
        { name: 'a design stating public data that still holds personal data somewhere is asked', design: 'requirements { data: [public] }\nclient U\nservice Api\ndatabase Users { data: [pii] }\nU -> Api : https\nApi -> Users : sql', findings: [{ element: 'Api', severity: 'info', message: 'The design never says how anyone authenticates, and service Api takes requests from clients: who may call it, and how does it know who they are? Say `auth` on it or on the edge in front of it, or `auth: none` on clients that use it anonymously.' }] },
        { name: 'a CDN that passes requests on to the API is not a shared cache of reads', design: 'client U\ncdn Front\nservice Api\ndatabase Db { data: [pii] }\nU -> Front : https\nFront -> Api : https\nApi -> Db : sql', findings: [{ element: 'Api', severity: 'info', message: 'The design never says how anyone authenticates, and service Api takes requests from clients: who may call it, and how does it know who they are? Say `auth` on it or on the edge in front of it, or `auth: none` on clients that use it anonymously.' }] },
        { name: 'a site read through a CDN that states authentication elsewhere is still judged', design: 'client U\ncdn Edge {\n  -> Media : reads\n}\nstorage Media\nservice Admin { auth: jwt }\nservice Api\nU -> Edge : https\nU -> Api : https\nU -> Admin : https', findings: [{ element: 'Api', severity: 'warning', message: 'service Api takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }] },
        {
            name: 'regression: anonymous shoppers do not make the dashboards the public proxy routes to open by design',
            design: 'client Shoppers { auth: none }\ngateway Proxy { public: true }\nservice Shop\nmonitoring Dashboards { auth: none }\nmonitoring Traces\nShoppers -> Proxy : https\nProxy -> Shop : http "/"\nProxy -> Dashboards : http "/dashboards/"\nProxy -> Traces : http "/traces/"',
            findings: [{ messageId: 'publishedConsoles', severity: 'warning', message: '2 operations components are published to the internet and state no login (Dashboards, Traces): anyone can read what they show and use what they offer (a registry takes new instances, a dashboard shows the system\'s insides). One decision settles them all: keep them off the internet, or put a login in front of them.' }]
        },
        {
            name: 'a registry and a dashboard published with no login while the API signs users in (regression: published consoles went unasked)',
            design: 'client U\nnetwork published {\n  exposure: public\n  gateway Gw { auth: oauth2 }\n  coordinator Registry\n  monitoring Dashboard\n}\nservice Api\nU -> Gw : https\nGw -> Api : http\nApi -> Registry : http',
            findings: [{
                element: 'published',
                severity: 'warning',
                message: '2 operations components are published to the internet and state no login (Registry, Dashboard): anyone can read what they show and use what they offer (a registry takes new instances, a dashboard shows the system\'s insides). One decision settles them all: keep them off the internet, or put a login in front of them.'
            }]
        },
        {
            name: 'one published console is reported on itself',
            design: 'client U\ngateway Gw { auth: jwt }\nservice Api\nlogging Kibana { public: true }\nU -> Gw : https\nGw -> Api : http\nApi -> Kibana : writes',
            findings: [{ element: 'Kibana', message: 'logging Kibana is published to the internet and states no login: anyone can read what it shows and use what it offers (a registry takes new instances, a dashboard shows the system\'s insides).' }]
        },
        {
            name: 'with the entry points open too, published consoles are not a second finding',
            design: 'client U\nservice Api\ndatabase Users { data: [pii] }\nmonitoring Dashboard { public: true }\nU -> Api : https\nApi -> Users : sql',
            findings: [{ element: 'Api', severity: 'info', message: 'The design never says how anyone authenticates, and service Api takes requests from clients: who may call it, and how does it know who they are? Say `auth` on it or on the edge in front of it, or `auth: none` on clients that use it anonymously.' }]
        },
        {
            name: 'regression: users sign in at one service, another entry is open, and the admin console is published with no login: two decisions',
            design: 'client Members\nclient Clerks\nservice Portal { auth: jwt }\nservice Desk { auth: api_key }\nservice Backoffice\nmonitoring AdminConsole { public: true }\nMembers -> Portal : https\nClerks -> Backoffice : https\nBackoffice -> Desk : http',
            findings: [
                { element: 'Backoffice', severity: 'warning', message: 'service Backoffice takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' },
                { element: 'AdminConsole', severity: 'warning', message: 'monitoring AdminConsole is published to the internet and states no login: anyone can read what it shows and use what it offers (a registry takes new instances, a dashboard shows the system\'s insides).' }
            ]
        },
        {
            name: 'a service called straight from a client while the design authenticates elsewhere',
            design: 'client Mobile\nclient Staff { auth: oidc }\nservice Web\nservice Console\ndatabase Db { engine: mysql }\nMobile -> Web : http\nStaff -> Console : https\nWeb -> Db : sql',
            findings: [{ element: 'Web', severity: 'warning', message: 'service Web takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'a machine credential on the gateway\'s route does not authenticate the user',
            design: 'client U\ngateway Gw\nservice Api\nU -> Gw : https\nGw -> Api { protocol: https, auth: mtls }',
            findings: [{ element: 'Api', message: 'service Api takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'a gateway that declares auth: none',
            design: 'client U\ngateway Gw { auth: none }\nservice Api\nU -> Gw -> Api : https',
            findings: [{ element: 'Api', messageId: 'unauthenticated', message: 'service Api takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'a second path that bypasses the authenticating gateway',
            design: 'client U\ngateway Gw { auth: oauth2 }\nloadbalancer Lb\nservice Api\nU -> Gw -> Api\nU -> Lb -> Api : https',
            findings: [{ element: 'Api', message: 'service Api takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'a function behind an open API gateway',
            design: 'client U\ngateway Gw { engine: api_gateway }\nfunction Fn { engine: lambda }\ndatabase Orders { engine: dynamodb, data: [payment] }\nU -> Gw -> Fn : https\nFn -> Orders : https',
            findings: [{ element: 'Fn', severity: 'info', message: 'The design never says how anyone authenticates, and function Fn takes requests from clients: who may call it, and how does it know who they are? Say `auth` on it or on the edge in front of it, or `auth: none` on clients that use it anonymously.' }]
        },
        {
            name: 'only the services without auth behind a shared load balancer, listed in one finding on it',
            design: 'client U\nloadbalancer Lb\nservice A\nservice B { auth: jwt }\nservice C\nU -> Lb\nLb -> A\nLb -> B\nLb -> C : https',
            findings: [{ element: 'Lb', message: 'loadbalancer Lb passes client requests to 2 services and neither it nor they authenticate them: anyone who finds the endpoint can call every operation they offer.' }]
        },
        {
            name: 'mutual TLS between the load balancer and the service does not authenticate users',
            design: 'client U\nloadbalancer Lb\nservice Api\nU -> Lb : https\nLb -> Api { protocol: https, auth: mtls }',
            findings: [{ element: 'Api', message: 'service Api takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'a service stating auth: none stays open although it keeps logins in its store',
            design: 'client U\nservice Api { auth: none }\ndatabase Users { data: [credentials] }\nU -> Api : https\nApi -> Users : sql',
            findings: [{ element: 'Api', messageId: 'statedNone', severity: 'error', message: 'service Api says `auth: none` and takes requests from clients with nothing in front of it authenticating them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'a service that says auth: none behind a gateway that only routes to the identity provider (regression: a missed open write API)',
            design: 'client App\ngateway Bff\nidp Identity\nservice Catalog { auth: none }\nservice Orders { auth: jwt }\nApp -> Bff : https\nBff -> Identity : http\nBff -> Catalog : http\nBff -> Orders : http',
            findings: [{ element: 'Catalog', messageId: 'statedNone', severity: 'error', message: 'service Catalog says `auth: none` and takes requests from clients with nothing in front of it authenticating them: anyone who finds the endpoint can call every operation it offers.' }]
        },
        {
            name: 'services behind one load balancer are one decision, reported on it (regression: one copy per service)',
            design: 'client U\nloadbalancer Lb\nservice A\nservice B\ndatabase Users { data: [pii] }\nU -> Lb : https\nLb -> A : http\nLb -> B : http\nA -> Users : sql',
            findings: [{ element: 'Lb', messageId: 'silentAtEdge', severity: 'info', message: 'The design never says how anyone authenticates, and loadbalancer Lb passes client requests to 2 services: who may call them, and how do they know who they are? Say `auth` on the edge, or `auth: none` on clients that use them anonymously.' }]
        },
        {
            name: 'regression: users sign in at an identity provider and nothing says who checks it: a question, not an open door',
            design: 'client Staff\nidp Directory { engine: okta }\ncdn Edge { engine: cloudfront }\nservice Portal\nservice Reports\nStaff -> Directory : https "sign-in"\nStaff -> Edge : https\nEdge -> Portal : https\nEdge -> Reports : https',
            findings: [{ element: 'Edge', messageId: 'silentAtEdge', severity: 'info', message: 'Users sign in at idp Directory, but the design never says which component checks that sign-in, and cdn Edge passes client requests to 2 services: who may call them, and how do they know who they are? Say `auth` on the edge, or `auth: none` on clients that use them anonymously.' }]
        },
        {
            name: 'an identity provider beside a service that states its own auth: the open one is a stated gap',
            design: 'client Staff\nidp Directory { engine: okta }\nservice Portal { auth: oidc }\nservice Payments\nStaff -> Directory : https\nStaff -> Portal : https\nStaff -> Payments : https',
            findings: [{ element: 'Payments', messageId: 'unauthenticated', severity: 'warning', message: 'service Payments takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.' }]
        }
    ]
});
