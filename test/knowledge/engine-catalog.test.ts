import { expect } from 'chai';
import { checkEngines, EngineCatalog } from '../../src/engine-catalog/engine-catalog.js';

const REQUIRED = ['postgres', 'mysql', 'aurora', 'cockroachdb', 'spanner', 'oracle', 'sqlserver', 'mongodb', 'cassandra', 'scylladb',
    'dynamodb', 'cosmosdb', 'redis', 'memcached', 'kafka', 'rabbitmq', 'sqs', 'pubsub', 'kinesis', 'elasticsearch', 'opensearch',
    'zookeeper', 'etcd', 'consul', 'nginx', 'haproxy', 'envoy', 'kong', 'alb', 'elb', 'nlb', 'cloudfront', 'cloudflare', 'route53',
    's3', 'gcs', 'lambda', 'redshift', 'bigquery', 'prometheus', 'grafana', 'cloudwatch', 'datadog', 'logstash', 'fluentd', 'loki',
    'keycloak', 'auth0', 'cognito'];

describe('engine knowledge base', () => {
    const catalog = EngineCatalog.builtIn();

    it('holds every engine language.md requires, each with sources', () => {
        const missing = REQUIRED.filter((id) => !catalog.get(id));
        expect(missing).to.deep.equal([]);
        const unsourced = catalog.ids().filter((id) => (catalog.get(id)?.sources ?? []).length === 0);
        expect(unsourced).to.deep.equal([]);
    });

    it('states the facts a reviewer relies on', () => {
        expect(catalog.facts('postgres', 'database').toJSON()).to.include({ model: 'relational', consistency: 'strong', replication: 'async', topology: 'single_leader', transactions: true });
        expect(catalog.facts('redis', 'cache').string('eviction')).to.equal('none');
        expect(catalog.facts('memcached', 'cache').string('eviction')).to.equal('lru');
        expect(catalog.facts('cassandra', 'database').string('consistency')).to.equal('eventual');
        expect(catalog.info('dynamodb', 'database').ha).to.equal(true);
        expect(catalog.info('postgres', 'database').ha).to.equal(false);
    });

    it('normalises quantities and keeps only facts that are properties of the kind', () => {
        const facts = catalog.facts('alb', 'loadbalancer');
        expect(facts.number('availability')).to.equal(0.9999);
        expect(facts.number('latency')).to.equal(0.001);
        expect(facts.boolean('health_check')).to.equal(true);
        expect(catalog.facts('redis', 'queue').has('eviction')).to.equal(false);
        expect(facts.entry('availability')?.source).to.equal('engine');
    });

    it('knows the defaults of managed products that rules read (backups, encryption, throttling, telemetry)', () => {
        expect(catalog.facts('aurora', 'database').block('backup')).to.deep.include({ mode: 'pitr' });
        expect(catalog.facts('azure_documentdb', 'database').string('encryption')).to.equal('at_rest');
        expect(catalog.facts('azure_managed_redis', 'database').has('backup')).to.equal(false);
        expect(catalog.facts('rds', 'database').has('encryption')).to.equal(false);
        expect(catalog.info('rds', 'database').managed).to.equal(true);
        expect(catalog.info('postgres', 'database').managed).to.equal(false);
        expect(catalog.info('api_gateway', 'gateway').throttlesAllCallers).to.equal(true);
        expect(catalog.info('zipkin', 'monitoring').signals).to.deep.equal(['traces']);
        expect(catalog.info('application_insights', 'monitoring').signals).to.include('apm');
        expect(catalog.facts('zipkin', 'monitoring').has('signals')).to.equal(false);
    });

    it('knows managed messaging, API and workflow products and the facts rules read about them', () => {
        expect(catalog.info('sns', 'queue').ha).to.equal(true);
        expect(catalog.facts('sns', 'queue').string('delivery')).to.equal('at_least_once');
        expect(catalog.info('appsync', 'gateway').ha).to.equal(true);
        expect(catalog.info('azure_event_grid', 'queue').ha).to.equal(true);
        expect(catalog.info('azure_api_management', 'gateway').ha).to.equal(true);
        expect(catalog.info('azure_cache_redis', 'cache').ha).to.equal(true);
        expect(catalog.info('azure_ai_search', 'search').ha).to.equal(false);
        expect(catalog.facts('azure_ai_search', 'search').string('encryption')).to.equal('at_rest');
        expect(catalog.facts('azure_sql', 'database').block('backup')).to.deep.include({ offsite: true });
        expect(catalog.info('app_service', 'service').managed).to.equal(true);
        expect(catalog.info('app_service', 'service').ha).to.equal(false);
        expect(catalog.info('step_functions', 'worker').durableWorkflow).to.equal(true);
        expect(catalog.info('lambda', 'function').durableWorkflow).to.equal(false);
        expect(catalog.info('logic_apps', 'worker').durableWorkflow).to.equal(true);
        expect(catalog.facts('cloud_tasks', 'queue').string('delivery')).to.equal('at_least_once');
    });

    it('round 34: tells a provider\'s product that runs no customer code from a platform hosting the team\'s code', () => {
        expect(catalog.info('mediapackage', 'service').providerCode).to.equal(true);
        expect(catalog.info('athena', 'service').providerCode).to.equal(true);
        expect(catalog.info('app_service', 'service').providerCode).to.equal(false);
        expect(catalog.info('cloud_run', 'service').providerCode).to.equal(false);
        expect(catalog.facts('mediapackage', 'service').has('provider_code')).to.equal(false);
    });

    it('gives no typo suggestion for a short acronym one letter from a known one (another product)', () => {
        expect(catalog.info('sms', 'queue').suggestion).to.equal(undefined);
        expect(catalog.info('postgress', 'database').suggestion).to.equal('postgres');
    });

    it('is high-availability only on the kinds it serves', () => {
        expect(catalog.info('cloudflare', 'cdn').ha).to.equal(true);
        expect(catalog.info('cloudflare', 'database').ha).to.equal(false);
    });

    it('says when an engine is unknown', () => {
        const info = catalog.info('mystery', 'database');
        expect(info.known).to.equal(false);
        expect(catalog.facts('mystery', 'database').size).to.equal(0);
    });

    it('validates engine definitions against the engines schema', () => {
        expect(checkEngines({ foo: { title: 'Foo', kinds: ['database'] } })).to.deep.equal([]);
        const issues = checkEngines({ foo: { kinds: ['nosuchkind'], capacity_rps: 'lots' } });
        expect(issues.map((issue) => issue.path)).to.include.members(['/foo', '/foo/kinds/0', '/foo/capacity_rps']);
        expect(() => EngineCatalog.fromObject({ bad: { title: 'Bad' } })).to.throw(/Invalid engines/);
    });

    it('lets added engines extend and override the built-in ones', () => {
        const extended = catalog.with(new Map([['mydb', { title: 'MyDB', kinds: ['database'] as const, ha: true }]]));
        expect(extended.info('mydb', 'database').ha).to.equal(true);
        expect(extended.get('postgres')?.title).to.equal('PostgreSQL');
    });

    it('judges a local emulator with the facts of the service it stands in for, under its own name', () => {
        const local = catalog.info('dynamodb_local', 'database');
        expect(local.title).to.equal('DynamoDB Local');
        expect(local.ha).to.equal(true);
        expect(catalog.facts('dynamodb_local', 'database').get('encryption')).to.equal(catalog.facts('dynamodb', 'database').get('encryption'));
        expect(catalog.info('cosmosdb_emulator', 'database').ha).to.equal(true);
    });
});
