import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unencrypted-transport.js';

testRule(rule, {
    valid: [
        { name: 'regression: plain calls between services that sec/internal-unauthenticated already asks about are one decision (mutual TLS settles both)', design: 'client U\nnetwork App {\n  service Front { auth: jwt }\n  service Orders\n}\nU -> Front : https\nFront -> Orders : http' },
        { name: 'regression: a demo reached through a port forward into its private network, publishing nothing', design: 'requirements { purpose: demo }\nclient Developer\nnetwork Cluster {\n  service Web { data: [public] }\n}\nDeveloper -> Web : http' },
        { name: 'regression: a demo\'s plain links to its own stores are hardening, not a question', design: 'requirements { purpose: demo }\nservice Api\ndatabase Db { engine: mysql }\ncache Sessions { engine: redis }\nApi -> Db : sql\nApi -> Sessions : redis' },
        { name: 'a teaching example serving anonymous visitors over plain http, with no sensitive data (regression: TLS asked of a tutorial as if it were production)', design: 'requirements { purpose: teaching }\nclient Visitors { auth: none }\nservice Guestbook\nVisitors -> Guestbook : http' },
        // Round 22: a self-hosted Compose deployment's hops over loopback and the host's bridge were reported as readable inside the network.
        { name: 'regression: hops between containers of one host (hosts: 1) cross no wire', design: 'client U\nnetwork Host {\n  hosts: 1\n  loadbalancer Nginx { replicas: 1 }\n  service Web\n  database Db { engine: postgres, data: [pii] }\n}\nU -> Nginx : https\nNginx -> Web : http\nWeb -> Db : sql' },
        { name: 'TLS protocols', design: 'client U\nservice A\nservice B\nU -> A : https\nA -> B : grpcs\nA -> B : wss' },
        { name: 'tls: true on a plain protocol', design: 'network private {\n  service A\n  database D\n}\nA -> D : sql, tls' },
        { name: 'no protocol stated', design: 'service A\nservice B\nA -> B' },
        { name: 'tls: true on the network covers the links inside it', design: 'network core {\n  tls: true\n  service A\n  service B\n  database D\n  A -> B : http\n  B -> D : sql\n}' },
        { name: 'a service mesh gives mutual TLS inside its network', design: 'network mesh {\n  mesh: linkerd\n  service A\n  service B { data: [payment] }\n  A -> B : grpc\n}' },
        { name: 'links that carry only public data', design: 'network core {\n  service Site\n  storage Pages { data: [public] }\n  Site -> Pages : http, reads\n}' },
        { name: 'a store whose engine is unknown may enforce TLS itself', design: 'network core {\n  service A\n}\nqueue Bus { engine: acme_bus }\nA -> Bus : amqp' },
        { name: 'a store whose engine accepts only TLS (regression: plain amqp named for a broker that refuses plain text)', design: 'network core {\n  service A\n  worker W\n}\nqueue Bus { engine: azure_service_bus }\nA -> Bus : amqp\nBus -> W : amqp' },
        // Round 23: a Django sample's links to Cloud SQL over the /cloudsql socket were read as plain SQL carrying credentials.
        { name: 'regression: Cloud Run reaches Cloud SQL through its built-in connection, which the Cloud SQL Auth Proxy encrypts', design: 'network core {\n  service Server { engine: cloud_run }\n  worker Migrate { engine: cloud_run }\n  database Db { engine: cloud_sql, data: [pii] }\n  Server -> Db : sql\n  Migrate -> Db : sql\n}' },
        // Round 24: inbound MX hops were errors saying anyone can read them, though a public MX cannot require TLS of its senders.
        { name: 'regression: mail coming in from senders across the internet is not the design\'s to encrypt', design: 'client Users { auth: oidc }\nexternal Senders\nnetwork App {\n  service Mail { data: [pii, credentials] }\n}\nUsers -> Mail : https\nSenders -> Mail : smtp' },
        { name: 'with mail arriving in the clear at the edge, a plain internal link of personal data is weighed as beside any plain edge hop', design: 'external Senders\nnetwork App {\n  service Mail { replicas: 2 }\n  database Box { engine: postgres, data: [pii] }\n  Mail -> Box : sql\n}\nSenders -> Mail : smtp' },
        // Round 25: RDP from a managed bastion to a jump box, written `tcp`, was asked whether it needs TLS.
        { name: 'regression: a remote desktop or ssh session is encrypted by its own protocol', design: 'network Admin {\n  gateway Bastion { engine: azure_bastion }\n  service JumpBox\n  service Build\n  Bastion -> JumpBox : tcp "RDP to the jump box"\n  JumpBox -> Build : tcp "ssh"\n}' },
        { name: 'a store stated to accept only TLS', design: 'network core {\n  service A\n  database Db { tls_only: true, data: [pii] }\n  A -> Db : sql\n}' },
        { name: 'nobody is authenticated at an open entry: the plain links inside repeat that (regression: in-cluster plain text after the missing authentication)', design: 'client U\nnetwork dmz {\n  exposure: public\n  loadbalancer Lb\n}\nnetwork app {\n  service Web\n  database Users { data: [pii] }\n  Web -> Users : tcp\n}\nU -> Lb : https\nLb -> Web : http' },
        { name: 'regression: a call to a sidecar on the worker\'s own node never leaves the host', design: 'network batch {\n  worker Renderer { replicas: 4, data: [pii] }\n  service Stamper { replicas: 4 }\n  Renderer -> Stamper : http { colocated: true }\n}' },
        { name: 'regression: documents the application encrypts itself cross a plain hop as ciphertext: nothing readable to protect', design: 'network batch {\n  worker Mailer { replicas: 2 }\n  service Relay { replicas: 2, data: [pii] }\n  Mailer -> Relay : smtp { payload_encrypted: true }\n}' },
        { name: 'TLS ends at the edge and the plain links stay in private networks, data unclassified (regression: a firewalled data centre behind its TLS-terminating balancers)', design: 'client U\nnetwork dmz {\n  exposure: public\n  loadbalancer Lb { tls_termination: true }\n}\nnetwork app {\n  service Web { auth: session }\n  cache Hot { engine: redis }\n  Web -> Hot : redis\n}\nU -> Lb : https\nLb -> Web : http' }
    ],
    invalid: [
        {
            name: 'Cloud Run dialling Cloud SQL itself, stated `tls: false`, is judged',
            design: 'network core {\n  service Server { engine: cloud_run }\n  database Db { engine: cloud_sql, data: [pii] }\n  Server -> Db : sql { tls: false }\n}',
            findings: [{ element: 'Server->Db', severity: 'warning', message: 'Server->Db uses sql without TLS and personal data crosses it in the clear: anyone inside the network can read and change it.' }]
        },
        {
            name: 'a plain link to Cloud SQL from a caller whose platform does not encrypt it is judged',
            design: 'network core {\n  service Server { engine: app_service }\n  database Db { engine: cloud_sql, data: [pii] }\n  Server -> Db : sql\n}',
            findings: [{ element: 'Server->Db', severity: 'warning', message: 'Server->Db uses sql without TLS and personal data crosses it in the clear: anyone inside the network can read and change it.' }]
        },
        {
            name: 'a hop from a one-host network to a provider outside it leaves the host: judged',
            design: 'network Host {\n  hosts: 1\n  worker Mailer\n}\nexternal Smtp\nMailer -> Smtp : smtp { data: [pii] }',
            findings: [{ element: 'Mailer->Smtp', message: 'Mailer->Smtp uses smtp without TLS and personal data crosses it in the clear: anyone inside the network can read and change it.' }]
        },
        { name: 'the same calls carrying personal data keep their own finding', design: 'client U\nnetwork App {\n  service Front { auth: jwt }\n  service Orders { data: [pii] }\n}\nU -> Front : https\nFront -> Orders : http', findings: [{ element: 'Front->Orders', severity: 'warning', message: 'Front->Orders uses http without TLS and personal data crosses it in the clear: anyone inside the network can read and change it.' }] },
        { name: 'regression: a sample with no network drawn: where it runs is assumed, so its plain hop with personal data is a question', design: 'requirements { purpose: sample }\nclient Shoppers\nservice Shop { data: [pii] }\nShoppers -> Shop : http', findings: [{ element: 'Shoppers->Shop', severity: 'info', message: 'Shoppers->Shop uses http without TLS carrying personal data, and the design does not say where it runs: if its clients reach it across the internet, anyone on the path can read and change it. Does it ever run beyond the developer\'s machine? Place it in a `network` (`exposure: public` when the internet reaches it) to settle it.' }] },
        { name: 'a production design with no network drawn: the same hop is an error', design: 'client Shoppers\nservice Shop { data: [pii] }\nShoppers -> Shop : http', findings: [{ element: 'Shoppers->Shop', severity: 'error', message: 'Shoppers->Shop uses http without TLS across the internet carrying personal data: anyone on the path can read and change it.' }] },
        { name: 'a production store link with unclassified data is still a question', design: 'service Api\ndatabase Db { engine: mysql }\nApi -> Db : sql', findings: [{ element: 'Api->Db', severity: 'info', message: 'Api->Db uses sql without TLS, and the design does not say what data it carries: does it need TLS? Say `data` on the link or its store (`public` when nothing is sensitive), or `tls: true`.' }] },
        { name: 'a sample whose internal calls carry users\' tokens keeps the question', design: 'requirements { purpose: sample }\nnetwork App {\n  service Front\n  service Orders { auth: jwt }\n}\nFront -> Orders : http', findings: [{ element: 'Front->Orders', severity: 'info', message: 'Front->Orders uses http without TLS, and the design does not say what data it carries: does it need TLS? Say `data` on the link or its store (`public` when nothing is sensitive), or `tls: true`.' }] },
        { name: 'a demo that publishes its entry: the client hop crosses the internet', design: 'requirements { purpose: demo }\nclient U\nnetwork App {\n  service Web { public: true, data: [public] }\n}\nU -> Web : http', findings: [{ element: 'U->Web', severity: 'info', message: 'U->Web uses http without TLS across the internet for public content: nothing on it is secret, but anyone on the path can change what users get (inject scripts, swap downloads). Is plain text intended here?' }] },
        { name: 'in production, a client calling into a private network still crosses the internet', design: 'client U\nnetwork App {\n  service Web { auth: jwt }\n}\nU -> Web : http', findings: [{ element: 'U->Web', message: 'U->Web uses http without TLS across the internet carrying credential data: anyone on the path can read and change it.' }] },
        {
            name: 'a demo that takes passwords over plain http is still flagged (a warning: no finding in a design not for production is an error)',
            design: 'requirements { purpose: demo }\nclient Browser\nservice Shop { auth: session }\nBrowser -> Shop : http',
            findings: [{ element: 'Browser->Shop', severity: 'warning', message: 'Browser->Shop uses http without TLS across the internet carrying credential data: anyone on the path can read and change it.' }]
        },
        {
            name: 'with the edge already in plain http, east-west links carrying personal data are not a second finding (regression: the edge TLS decision asked twice)',
            design: 'client Browser\nnetwork app {\n  service Shop { auth: session }\n  database Customers { engine: postgres, data: [pii] }\n  Shop -> Customers : sql\n}\nBrowser -> Shop : http',
            findings: [{ element: 'Browser->Shop', severity: 'error', message: 'Browser->Shop uses http without TLS across the internet carrying personal and credential data: anyone on the path can read and change it.' }]
        },
        {
            name: 'with the edge already in plain http, east-west links carrying card data are still their own decision',
            design: 'client Browser\nnetwork app {\n  service Shop { auth: session }\n  database Cards { engine: postgres, data: [payment] }\n  Shop -> Cards : sql\n}\nBrowser -> Shop : http',
            findings: [
                { element: 'Browser->Shop', severity: 'error', message: 'Browser->Shop uses http without TLS across the internet carrying payment and credential data: anyone on the path can read and change it.' },
                { element: 'Shop->Cards', severity: 'warning', message: 'Shop->Cards uses sql without TLS and payment data crosses it in the clear: anyone inside the network can read and change it.' }
            ]
        },
        {
            name: 'TLS ends at the edge, but a plain link leaves the private networks',
            design: 'client U\nnetwork dmz {\n  exposure: public\n  loadbalancer Lb { tls_termination: true }\n}\nnetwork app {\n  service Web { auth: session }\n}\ndatabase Far { engine: postgres }\nU -> Lb : https\nLb -> Web : http\nWeb -> Far : sql',
            findings: [{ severity: 'info', message: '2 connections inside design T are not encrypted (plain http and sql), and the design does not say what data they carry: do they need TLS? Say `data` on the stores or links (`public` when nothing is sensitive), or `tls: true` on the network.' }]
        },
        {
            name: 'TLS ends at the edge, and card data crosses the private network in the clear',
            design: 'client U\nnetwork dmz {\n  exposure: public\n  loadbalancer Lb { tls_termination: true }\n}\nnetwork app {\n  service Web { auth: session }\n  database Cards { data: [payment] }\n  Web -> Cards : sql\n}\nU -> Lb : https\nLb -> Web : http',
            findings: [{ severity: 'warning', message: '2 connections inside design T are not encrypted (plain sql and http), and one of them carries payment data in the clear: anyone inside the network can read and change it. One decision settles them all: TLS or a service mesh for the network.' }]
        },
        {
            name: 'regression: two entry points reached over plain HTTP are one edge-TLS decision, reported once at the worst severity',
            design: 'client Phone\nnetwork edge {\n  exposure: public\n  gateway Rest { auth: jwt }\n  gateway Graph\n}\nPhone -> Rest : http\nPhone -> Graph : http',
            findings: [{ severity: 'error', message: '2 hops across the internet use no TLS (plain http) carrying credential data: anyone on the path can read and change them. One decision settles them all: TLS at the edge.' }]
        },
        {
            name: 'regression: a CDN and its hop to the origin balancer in the clear are the same edge decision',
            design: 'client Visitor\ncdn Edge { engine: cloud_cdn }\nloadbalancer Lb { engine: alb }\nservice Web { replicas: 2 }\nVisitor -> Edge : http\nEdge -> Lb : http\nLb -> Web : https',
            findings: [{ severity: 'warning', message: '2 hops across the internet use no TLS (plain http): anyone on the path can read and change them. One decision settles them all: TLS at the edge.' }]
        },
        {
            name: 'public content over several plain hops is one question',
            design: 'client Reader\ncdn Edge\nservice Blog { replicas: 2, data: [public] }\nReader -> Edge : http { data: [public] }\nEdge -> Blog : http',
            findings: [{ severity: 'info', message: '2 hops across the internet use no TLS (plain http) for public content: nothing on them is secret, but anyone on the path can change what users get (inject scripts, swap downloads). Is plain text intended here?' }]
        },
        {
            name: 'a sealed payload leaves the other plain links to the question about what they carry',
            design: 'network batch {\n  worker Mailer { replicas: 2 }\n  service Relay { replicas: 2, data: [pii] }\n  queue Jobs { engine: redis }\n  Mailer -> Relay : smtp { payload_encrypted: true }\n  Mailer -> Jobs : redis\n}',
            findings: [{ element: 'Mailer->Jobs', severity: 'info', message: 'Mailer->Jobs uses redis without TLS, and the design does not say what data it carries: does it need TLS? Say `data` on the link or its store (`public` when nothing is sensitive), or `tls: true`.' }]
        },
        {
            name: 'the same plain personal data without the sealed payload is a warning',
            design: 'network batch {\n  worker Mailer { replicas: 2 }\n  service Relay { replicas: 2, data: [pii] }\n  Mailer -> Relay : smtp\n}',
            findings: [{ element: 'Mailer->Relay', severity: 'warning', message: 'Mailer->Relay uses smtp without TLS and personal data crosses it in the clear: anyone inside the network can read and change it.' }]
        },
        {
            name: 'the same call to a service on another machine is judged (no colocated; the caller authenticates, so no service-identity question covers it)',
            design: 'network batch {\n  worker Renderer { replicas: 4, data: [pii] }\n  service Stamper { replicas: 4 }\n  Renderer -> Stamper { protocol: http, auth: api_key }\n}',
            findings: [{ element: 'Renderer->Stamper', severity: 'info', message: 'Renderer->Stamper uses http without TLS, and the design does not say what data it carries: does it need TLS? Say `data` on the link or its store (`public` when nothing is sensitive), or `tls: true`.' }]
        },
        {
            name: 'a sealed payload across the internet is still a hop in the clear, with no data class claimed',
            design: 'client Phone\nnetwork edge {\n  exposure: public\n  service Chat { replicas: 2, data: [pii] }\n}\nPhone -> Chat : ws { payload_encrypted: true }',
            findings: [{ element: 'Phone->Chat', severity: 'warning', message: 'Phone->Chat uses ws without TLS across the internet: anyone on the path can read and change it.' }]
        },
        {
            name: 'plain HTTP from a client (the first draft)',
            design: 'client Mobile\nservice Web\nMobile -> Web : http',
            findings: [{ element: 'Mobile->Web', severity: 'warning', message: 'Mobile->Web uses http without TLS across the internet: anyone on the path can read and change it.' }]
        },
        {
            name: 'plain HTTP from a client to a service that signs users in: an error',
            design: 'client Shopper\nnetwork edge {\n  exposure: public\n  service Shop { auth: session }\n}\nShopper -> Shop : http',
            findings: [{ element: 'Shopper->Shop', severity: 'error', message: 'Shopper->Shop uses http without TLS across the internet carrying credential data: anyone on the path can read and change it.' }]
        },
        {
            name: 'plain HTTP from a client to a path that reaches card data: an error',
            design: 'client Buyer\nloadbalancer Lb\nnetwork app {\n  service Checkout\n  database Cards { data: [payment] }\n  Checkout -> Cards : sql, tls\n}\nBuyer -> Lb : http\nLb -> Checkout : https',
            findings: [{ element: 'Buyer->Lb', severity: 'error', message: 'Buyer->Lb uses http without TLS across the internet carrying payment data: anyone on the path can read and change it.' }]
        },
        {
            name: 'regression: a vault\'s credentials behind a service do not ride back across the hop, and a demo\'s stored records nobody gives on the way are a warning, not an error',
            design: 'requirements { purpose: demo }\nclient Viewer\nexternal Vault { data: [credentials] }\nnetwork app {\n  service Ui { public: true }\n  service Accounting\n  database Orders { data: [pii] }\n  Ui -> Accounting : http\n  Accounting -> Orders : sql, tls\n}\nAccounting -> Vault : https\nViewer -> Ui : http',
            findings: [{ element: 'Viewer->Ui', severity: 'warning', message: 'Viewer->Ui uses http without TLS across the internet carrying personal data: anyone on the path can read and change it.' }]
        },
        {
            name: 'regression: a demo\'s hop into a component holding personal data itself (a dev mail catcher\'s inbox) is a warning, not an error, when nobody gives data on the way',
            design: 'requirements { purpose: sample }\nclient InboxViewer\nnetwork Cluster {\n  service Fines\n  service MailServer { public: true, data: [pii] }\n  Fines -> MailServer : smtp { data: [pii] }\n}\nInboxViewer -> MailServer : http',
            findings: [{ element: 'InboxViewer->MailServer', severity: 'warning', message: 'InboxViewer->MailServer uses http without TLS across the internet carrying personal data: anyone on the path can read and change it.' }]
        },
        {
            name: 'a demo whose hop itself states the personal data it carries is still flagged, as a warning',
            design: 'requirements { purpose: sample }\nclient Viewer\nnetwork Cluster {\n  service Inbox { public: true, data: [pii] }\n}\nViewer -> Inbox : http { data: [pii] }',
            findings: [{ element: 'Viewer->Inbox', severity: 'warning', message: 'Viewer->Inbox uses http without TLS across the internet carrying personal data: anyone on the path can read and change it.' }]
        },
        {
            name: 'a demo whose path states the personal data its users send is still flagged, as a warning',
            design: 'requirements { purpose: demo }\nclient Shopper\nnetwork app {\n  service Ui { public: true }\n  service Checkout\n  Ui -> Checkout : https { data: [pii] }\n}\nShopper -> Ui : http',
            findings: [{ element: 'Shopper->Ui', severity: 'warning', message: 'Shopper->Ui uses http without TLS across the internet carrying personal data: anyone on the path can read and change it.' }]
        },
        {
            name: 'in production a vault behind the service still adds no credentials, but stored personal data is an error',
            design: 'client Viewer\nexternal Vault { data: [credentials] }\nnetwork app {\n  service Ui { public: true }\n  database Orders { data: [pii] }\n  Ui -> Orders : sql, tls\n}\nUi -> Vault : https\nViewer -> Ui : http',
            findings: [{ element: 'Viewer->Ui', severity: 'error', message: 'Viewer->Ui uses http without TLS across the internet carrying personal data: anyone on the path can read and change it.' }]
        },
        {
            // SDKs send traces with Basic auth (the project's keys) over plain http: classed confidential, not public.
            name: 'regression (field corpus, round 28): a hop classed confidential that presents an API key carries that key, it is no public content',
            design: 'client Sdks\nservice Web\nSdks -> Web : http "trace batches (Basic auth with project keys)" { auth: api_key, data: [confidential] }',
            findings: [{ element: 'Sdks->Web', severity: 'error', message: 'Sdks->Web uses http without TLS across the internet carrying credential data: anyone on the path can read and change it.' }]
        },
        {
            name: 'public content over plain HTTP across the internet is a question about integrity, not a warning (regression: silenced entirely by `public`)',
            design: 'client Reader\nservice Blog { data: [public] }\nReader -> Blog : http',
            findings: [{ element: 'Reader->Blog', severity: 'info', message: 'Reader->Blog uses http without TLS across the internet for public content: nothing on it is secret, but anyone on the path can change what users get (inject scripts, swap downloads). Is plain text intended here?' }]
        },
        {
            name: 'a CDN fetching from its origin over HTTP crosses the internet',
            design: 'client U\ncdn Edge\nnetwork dmz {\n  exposure: public\n  loadbalancer Lb\n}\nnetwork app {\n  service Web { data: [public] }\n}\nU -> Edge : https\nEdge -> Lb : http\nLb -> Web : https',
            findings: [{ element: 'Edge->Lb', severity: 'warning', message: 'Edge->Lb uses http without TLS across the internet: anyone on the path can read and change it.' }]
        },
        {
            name: 'a public load balancer into the private network is not the internet (regression: "not on an internet path")',
            design: 'client U\nnetwork dmz {\n  exposure: public\n  loadbalancer Lb\n}\nnetwork app {\n  service Web { auth: jwt }\n}\nU -> Lb : https\nLb -> Web : http',
            findings: [{ element: 'Lb->Web', severity: 'info', message: 'Lb->Web uses http without TLS, and the design does not say what data it carries: does it need TLS? Say `data` on the link or its store (`public` when nothing is sensitive), or `tls: true`.' }]
        },
        {
            name: 'a client inside a private network is not on the internet',
            design: 'network office {\n  client Clerk\n  service Ledger { data: [payment], auth: session }\n  Clerk -> Ledger : http\n}',
            findings: [{ element: 'Clerk->Ledger', severity: 'warning', message: 'Clerk->Ledger uses http without TLS and payment data crosses it in the clear: anyone inside the network can read and change it.' }]
        },
        {
            name: 'plain links inside a network are one decision, reported once on the network (regression: one copy per link)',
            design: 'network cluster {\n  service Orders\n  service Payment\n  service Users\n  database OrdersDb { data: [pii, payment] }\n  Orders -> Payment : http\n  Orders -> Users : http\n  Orders -> OrdersDb : tcp\n}',
            findings: [{
                element: 'cluster',
                severity: 'warning',
                message: '3 connections inside network cluster are not encrypted (plain http and tcp), and one of them carries personal and payment data in the clear: anyone inside the network can read and change it. One decision settles them all: TLS or a service mesh for the network.'
            }]
        },
        {
            name: 'unclassified data inside the deployment: one question, not a warning per link',
            design: 'network a {\n  service A\n}\nnetwork b {\n  service B\n  database D\n  B -> D : sql\n}\nA -> B : grpc',
            findings: [{
                severity: 'info',
                message: '2 connections inside design T are not encrypted (plain sql and grpc), and the design does not say what data they carry: do they need TLS? Say `data` on the stores or links (`public` when nothing is sensitive), or `tls: true` on the network.'
            }]
        },
        {
            name: 'the design handles health data: every internal link carries it',
            design: 'requirements {\n  data: [health]\n}\nnetwork core {\n  service A\n  service B\n  A -> B : http\n}',
            findings: [{ element: 'A->B', severity: 'warning', message: 'A->B uses http without TLS and health data crosses it in the clear: anyone inside the network can read and change it.' }]
        },
        {
            name: 'a link that opts out of the network\'s TLS',
            design: 'network core {\n  tls: true\n  service A\n  database D { data: [credentials] }\n  A -> D { protocol: sql, tls: false }\n}',
            findings: [{ element: 'A->D', severity: 'warning', message: 'A->D uses sql without TLS and credential data crosses it in the clear: anyone inside the network can read and change it.' }]
        },
        {
            name: 'after a plain hop from the internet, internal links of unclassified data are not asked about again (regression: a copy of the public plain-HTTP concern)',
            design: 'client U\nnetwork app {\n  service Web\n  database Db\n  Web -> Db : sql\n}\nU -> Web : http',
            findings: [{ element: 'U->Web', severity: 'warning', message: 'U->Web uses http without TLS across the internet: anyone on the path can read and change it.' }]
        }
    ]
});
