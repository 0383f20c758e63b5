import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './exposed-data-store.js';

testRule(rule, {
    valid: [
        { name: 'regression (round 31): tables and buckets served from the provider\'s API, drawn inside a public group, are placed nowhere', design: 'client U\nnetwork region {\n  exposure: public\n  gateway Api { engine: api_gateway, auth: jwt }\n  database Table { engine: dynamodb }\n  storage Photos { engine: s3 }\n}\nU -> Api : https\nApi -> Table : https, writes { auth: iam }\nApi -> Photos : https, writes { auth: iam }' },
        { name: 'regression (field corpus, round 27): staff searching a reporting cluster through its own login read it, whatever access the link leaves unsaid', design: 'client Staff "Staff using the reporting cluster" { human: true }\nnetwork Vpc {\n  search Reports { engine: elasticsearch, public: false }\n}\nStaff -> Reports : https "search ingests, bags and files"' },
        { name: 'regression (field corpus, round 16): an engineer reading a log store with its own client signs in with an account of their own', design: 'client Engineers { human: true }\nnetwork Vpc {\n  database Logs { engine: clickhouse }\n}\nEngineers -> Logs { access: reads }' },
        { name: 'stores drawn without networks and nothing stated about their logins are not asked about (regression: scaling write-ups, where security groups, a colo network or a cluster-internal service keep stores private)', design: 'client Browser\nloadbalancer Lb\nservice App { replicas: 3 }\ndatabase Posts { engine: mysql, data: [pii] }\ncache Hot { engine: memcached }\nBrowser -> Lb : https\nLb -> App : http\nApp -> Posts : sql\nApp -> Hot : tcp' },
        { name: 'a store embedded in its service\'s process is placed where the service is (regression: a demo\'s simulated database)', design: 'client U\nservice Api\ndatabase Fake { engine: mysql, embedded: true, auth: none }\nU -> Api : https\nApi -> Fake : sql' },
        { name: 'a batch job with no clients and no network drawn', design: 'worker Job { schedule: "daily" }\nqueue Jobs { engine: redis }\nJob -> Jobs : redis' },
        { name: 'devices sending into a managed event stream with a stated credential', design: 'client Sensors\nqueue Events { engine: kinesis }\nSensors -> Events : writes { auth: token, data: [pii] }' },
        { name: 'a hosted reporting service (managed: true) reading a provider-API store holds its credential itself (regression: a hosted BI service)', design: 'client Reports { managed: true }\ndatabase Stats { engine: dynamodb, data: [internal] }\nReports -> Stats : reads' },
        {
            name: 'every kind of store in a private network',
            design: 'service Api\nnetwork private {\n  database Db\n  cache C\n  queue Q\n  search S\n  storage F\n}\nApi -> Db\nApi -> C\nApi -> Q\nApi -> S\nApi -> F'
        },
        { name: 'managed object storage outside any network (the first draft\'s Photos)', design: 'service Web\nstorage Photos { engine: s3 }\nWeb -> Photos : https' },
        { name: 'serverless managed stores outside any network', design: 'service Api\ndatabase Sessions { engine: dynamodb }\nqueue Jobs { engine: sqs }\nApi -> Sessions\nApi -> Jobs' },
        { name: 'object storage declared managed, without an engine', design: 'service Api\nstorage Files { managed: true }\nApi -> Files' },
        { name: 'regression: a client uploading to a bucket of unclassified files on a link that states no auth is not asked (private and signed-only by default)', design: 'client Uploader\nstorage InputBucket { engine: s3 }\nfunction Convert\nUploader -> InputBucket : writes\nConvert -> InputBucket : reads' },
        { name: 'clients upload to object storage with pre-signed URLs', design: 'client U\nstorage Uploads { engine: s3 }\nU -> Uploads { protocol: https, auth: token }' },
        { name: 'a mobile app with scoped cloud credentials for a serverless store', design: 'client App\ndatabase Profiles { engine: dynamodb }\nApp -> Profiles { protocol: https, auth: iam }' },
        { name: 'a store declared not public, in a design without networks', design: 'service Api\ndatabase Db { engine: postgres, public: false }\nApi -> Db : sql' },
        { name: 'devices only sending events into a managed event stream (regression: the ingestion pattern read as an exposed store)', design: 'client Sensors\nnetwork app {\n  worker Ingest\n}\nqueue Events { engine: kinesis }\nSensors -> Events : writes\nEvents -> Ingest : async' },
        { name: 'a public bucket that holds only public content', design: 'client U\nstorage Site { engine: s3, public: true, data: [public] }\nU -> Site : https' },
        { name: 'a static website only a CDN reads (regression: the origin of a public site)', design: 'network app {\n  service Api\n}\nclient U\ncdn Edge\nstorage Spa\nU -> Edge : https\nEdge -> Spa : reads\nEdge -> Api : https' },
        {
            name: 'a private network nested in a public one',
            design: 'network dmz {\n  exposure: public\n  service Api\n  network data {\n    database Db\n  }\n}\nApi -> Db'
        }
    ],
    invalid: [
        {
            name: 'a person whose link to a store says it changes it still ships a credential for writes',
            design: 'client Staff { human: true }\nnetwork Vpc {\n  search Reports { engine: elasticsearch, public: false }\n}\nStaff -> Reports : https "update file records"',
            findings: [{ element: 'Reports', severity: 'error', message: 'search Reports is reached directly by client Staff: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        { name: 'regression: stores whose ports a compose file publishes are one decision, reported once', design: 'network App {\n  service Api\n  database Db { engine: postgres, public: true }\n  cache Sessions { engine: redis, public: true }\n}\nApi -> Db : sql\nApi -> Sessions : redis', findings: [{ element: 'App', severity: 'error', message: '2 stores are published to the internet (Db, Sessions: `public: true` or a public network): anyone can reach their data, each one leaked credential or unpatched flaw away from a breach. One decision settles them all: keep the stores off the internet (private networks or private endpoints).' }] },
        { name: 'a lone store marked public is reported on itself', design: 'network App {\n  service Api\n  database Db { engine: postgres, public: true }\n}\nApi -> Db : sql', findings: [{ element: 'Db', severity: 'error', message: 'database Db is marked public: true: anyone on the internet can reach its data, one leaked credential or loose permission away from a breach.' }] },
        {
            name: 'a production first sketch with clients straight onto the server and no network drawn asks where its store sits',
            design: 'client Mobile\nservice Web\ndatabase Db { engine: mysql }\nMobile -> Web : https\nWeb -> Db : sql',
            findings: [{ element: 'Db', messageId: 'noNetworks', severity: 'info', message: 'The design draws no networks, so it does not say whether the internet can reach database Db, and Mobile reaches Web with no load balancer, gateway or CDN in front: what keeps it private? Put the stores in a `network` (private by default), or say `public: false`.' }]
        },
        {
            name: 'a design without networks whose store takes no authentication asks where it sits',
            design: 'service Web\ncache Sessions { engine: redis, auth: none }\nWeb -> Sessions : redis',
            findings: [{ element: 'Sessions', messageId: 'noNetworks', severity: 'info', message: 'The design draws no networks, so it does not say whether the internet can reach cache Sessions, and cache Sessions takes no authentication: what keeps it private? Put the stores in a `network` (private by default), or say `public: false`.' }]
        },
        {
            // The bank's application gateways push telemetry into Event Hubs: the arrow into a queue is a send, not a read of it.
            name: 'regression (field corpus, round 29): clients whose arrow into a provider-API queue states no access send into it, a question rather than an exposure',
            design: 'client Gateways "application gateways (JSON telemetry)"\nqueue Events { engine: azure_event_hubs }\nGateways -> Events "telemetry events" { tls: true, data: [pii, payment] }',
            findings: [{ element: 'Events', severity: 'info', message: 'Clients send straight into queue Events (client Gateways) and the design does not say how each sender authenticates: does each hold its own revocable credential (a token or key per device), or one shared key that leaks from any of them? State `auth` on their links.' }]
        },
        {
            name: 'a client that reads from a provider-API queue still reaches it directly',
            design: 'client App\nqueue Events { engine: azure_event_hubs }\nApp -> Events : reads "replay events" { data: [pii] }',
            findings: [{ element: 'Events', severity: 'warning', message: 'queue Events is reached directly by client App: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        {
            name: 'devices sending personal data into a managed event stream without saying how each authenticates: one question',
            design: 'client Meters\nqueue Readings { engine: kinesis }\nMeters -> Readings : writes { data: [pii] }',
            findings: [{ element: 'Readings', severity: 'info', message: 'Clients send straight into queue Readings (client Meters) and the design does not say how each sender authenticates: does each hold its own revocable credential (a token or key per device), or one shared key that leaks from any of them? State `auth` on their links.' }]
        },
        {
            name: 'a design that draws no networks and keeps its secrets in configuration asks once where its stores sit (regression: an exposure per store in a design without networks)',
            design: 'client Mobile\nservice Web\ndatabase Db { engine: mysql }\ncache C { engine: redis }\nstorage Photos { engine: s3 }\nMobile -> Web : https\nWeb -> Db : sql\nWeb -> C : redis\nWeb -> Photos : https\nsecurity { secrets: config }',
            findings: [{ messageId: 'noNetworks', severity: 'info', message: 'The design draws no networks, so it does not say whether the internet can reach database Db and cache C, and its secrets are kept in config: what keeps them private? Put the stores in a `network` (private by default), or say `public: false`.' }]
        },
        {
            name: 'a database outside the networks the design draws',
            design: 'network app {\n  service Web\n}\ndatabase Db { engine: mysql }\nWeb -> Db : sql',
            findings: [{ element: 'Db', messageId: 'outsideNetworks', severity: 'warning', message: 'database Db sits outside every private network, so it is reachable from the internet: one leaked credential or unpatched flaw away from a breach.' }]
        },
        {
            name: 'a managed database that lives in a VPC is judged by placement',
            design: 'network app {\n  service Api\n}\ndatabase Db { engine: aurora, data: [pii] }\nApi -> Db : sql',
            findings: [{ element: 'Db', messageId: 'outsideNetworks', severity: 'error', message: 'database Db sits outside every private network, so it is reachable from the internet: one leaked credential or unpatched flaw away from a breach.' }]
        },
        {
            name: 'stores outside the drawn networks are one decision, reported once (regression: one copy per store)',
            design: 'network app {\n  service Api\n}\ncache Sessions { engine: redis }\nstorage Blobs\nsearch Index\nApi -> Sessions : redis\nApi -> Blobs : https\nApi -> Index : https',
            findings: [{ messageId: 'outsideNetworksMany', severity: 'warning', message: '3 stores sit outside every private network, so they are reachable from the internet: each is one leaked credential or unpatched flaw away from a breach. One decision settles them all: private networks or private endpoints for the stores.' }]
        },
        {
            name: 'a store in a public network',
            design: 'network dmz {\n  exposure: public\n  service Api\n  database Db\n}\nApi -> Db',
            findings: [{ element: 'Db', messageId: 'inPublicNetwork', message: 'database Db sits in public network dmz: anyone on the internet can reach it, one leaked credential or unpatched flaw away from a breach.' }]
        },
        {
            name: 'public: true inside a private network',
            design: 'network private {\n  service Api\n  search Index { public: true }\n}\nApi -> Index',
            findings: [{ element: 'Index', messageId: 'markedPublic', message: 'search Index is marked public: true: anyone on the internet can reach its data, one leaked credential or loose permission away from a breach.' }]
        },
        {
            name: 'a broker embedded in its service but published on a public address is still exposed',
            design: 'service Policy\nqueue Broker { engine: activemq, embedded: true, public: true }\nPolicy -> Broker : tcp',
            findings: [{ element: 'Broker', messageId: 'markedPublic', message: 'queue Broker is marked public: true: anyone on the internet can reach its data, one leaked credential or loose permission away from a breach.' }]
        },
        {
            name: 'a managed bucket marked public',
            design: 'service Api\nstorage Files { engine: s3, public: true }\nApi -> Files',
            findings: [{ element: 'Files', messageId: 'markedPublic', message: 'storage Files is marked public: true: anyone on the internet can reach its data, one leaked credential or loose permission away from a breach.' }]
        },
        {
            name: 'regression: browsers only reading unclassified content straight from a store are a warning, not an error',
            design: 'client Viewers\nnetwork private {\n  database Thumbnails { engine: bigtable }\n}\nViewers -> Thumbnails : http, reads',
            findings: [{ element: 'Thumbnails', severity: 'warning', message: 'database Thumbnails is reached directly by client Viewers: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        {
            name: 'a client only reading personal data straight from a store is still an error',
            design: 'client Viewers\nnetwork private {\n  database Profiles { data: [pii] }\n}\nViewers -> Profiles : sql, reads',
            findings: [{ element: 'Profiles', severity: 'error', message: 'database Profiles is reached directly by client Viewers: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        {
            name: 'a client reaching a database directly, even in a private network',
            design: 'client U\nnetwork private {\n  database Db\n}\nU -> Db : sql',
            findings: [{ element: 'Db', messageId: 'reachedByClient', message: 'database Db is reached directly by client U: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        {
            name: 'a client reading from a managed event stream still reaches the store directly',
            design: 'client App\nnetwork app {\n  worker Ingest\n}\nqueue Events { engine: kinesis }\nApp -> Events : reads\nEvents -> Ingest : async',
            findings: [{ element: 'Events', messageId: 'reachedByClient', message: 'queue Events is reached directly by client App: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        {
            name: 'a client with a password still reaches a self-run database directly',
            design: 'client U\nnetwork private {\n  database Db { engine: postgres }\n}\nU -> Db { protocol: sql, tls: true, auth: password }',
            findings: [{ element: 'Db', messageId: 'reachedByClient', message: 'database Db is reached directly by client U: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        {
            name: 'a client reaching a managed bucket with requests stated unsigned',
            design: 'client U\nstorage Photos { engine: s3 }\nU -> Photos { protocol: https, auth: none }',
            findings: [{ element: 'Photos', messageId: 'reachedByClient', severity: 'error', message: 'storage Photos is reached directly by client U: no service checks who is asking, and any credential the client carries can be extracted and used against all of its data.' }]
        },
        {
            name: 'regression: a client reaching a bucket of personal data on a link that states no auth is a question, not an exposure (pre-signed URLs are the usual way in)',
            design: 'client U\nservice Meta\nstorage Chunks { engine: s3, data: [pii] }\nU -> Meta : https\nMeta -> Chunks : reads\nU -> Chunks : reads, writes',
            findings: [{ element: 'Chunks', messageId: 'signingUnstated', severity: 'info', message: 'Clients reach storage Chunks directly (client U) and the design does not say how their requests are authorised: pre-signed URLs or scoped credentials per user, or open to anyone who has the address? State `auth` on their links (`token` for pre-signed URLs, `iam` for scoped credentials, `none` if open).' }]
        },
        {
            name: 'a design without networks and with one store on default credentials asks about that store',
            design: 'client Mobile\nservice Web\ndatabase Db { engine: mysql, default_credentials: true }\nMobile -> Web : https\nWeb -> Db : sql',
            findings: [{ element: 'Db', messageId: 'noNetworks', severity: 'info', message: 'The design draws no networks, so it does not say whether the internet can reach database Db, and database Db signs in with default or published credentials: what keeps it private? Put the stores in a `network` (private by default), or say `public: false`.' }]
        }
    ]
});
