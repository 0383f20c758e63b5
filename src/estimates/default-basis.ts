/**
 * Where each default of the estimator comes from, shown beside the figures in
 * docs/estimates.md. A figure taken from vendor documentation names it; a
 * planning assumption says so, and is round on purpose: measure your own.
 */
import type { ComponentKind } from '../model/design.js';

export interface Basis {
    readonly text: string;
    readonly sources?: readonly string[];
}

/** Why every self-run kind has 99.5% availability per instance. */
export const ONE_INSTANCE_BASIS: Basis = {
    text: 'An instance you run yourself gets 99.5%: one VM under the AWS EC2 instance-level SLA (99.5% monthly uptime).',
    sources: ['https://aws.amazon.com/compute/sla/']
};

/** Why the latencies are what they are. */
export const LATENCY_BASIS: Basis = {
    text: 'Latencies are orders of magnitude after "Latency numbers every programmer should know" (a same-zone round trip ≈ 0.5 ms, a disk seek ≈ 10 ms): planning assumptions, not measurements.',
    sources: ['https://gist.github.com/jboner/2841832']
};

/** Per kind: why its defaults are what they are, beyond the two shared bases above. */
export const KIND_BASIS: Readonly<Record<ComponentKind, readonly Basis[]>> = {
    client: [{ text: 'Sends load; it is not part of any estimate.' }],
    external: [{ text: 'Availability: a common commercial API SLA tier (three nines); state the provider\'s `sla` when you know it. Latency: a call over the internet, planning assumption.' }],
    dns: [{ text: 'Availability: managed DNS services promise more (Amazon Route 53: 100%); 99.99% keeps a lookup from counting as perfect. Latency: 0, clients cache answers.', sources: ['https://aws.amazon.com/route53/sla/'] }],
    cdn: [{ text: 'Availability: the Amazon CloudFront SLA (99.9%). Latency: an edge hit, planning assumption.', sources: ['https://aws.amazon.com/cloudfront/sla/'] }],
    loadbalancer: [{ text: 'Capacity: a self-managed balancer instance (NGINX, HAProxy) proxies far more than 10k requests/s on current hardware; 10k is a conservative planning figure. Managed balancers (`engine: alb`) have no fixed capacity.' }],
    gateway: [{ text: 'Capacity: an API gateway instance does more per request than a balancer (authentication, routing rules, rate limits): planning assumption.' }],
    service: [{ text: 'Capacity: an API instance doing one or two I/O calls per request, planning assumption; state `capacity_rps` from your load tests.' }],
    worker: [{ text: 'Capacity: messages one consumer instance handles per second, planning assumption.' }],
    function: [{ text: 'Availability: the AWS Lambda SLA (99.95%). Capacity: Lambda\'s default quota is 1,000 concurrent executions per account and region, about 1,000 requests/s at one second each.', sources: ['https://aws.amazon.com/lambda/sla/', 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html'] }],
    database: [{ text: 'Capacity: simple indexed queries on one instance (pgbench reaches thousands of transactions per second on modest hardware), planning assumption; engines state their own.', sources: ['https://www.postgresql.org/docs/current/pgbench.html'] }],
    cache: [{ text: 'Capacity: redis-benchmark shows a single Redis instance serving 100k+ simple operations per second; half of that leaves headroom.', sources: ['https://redis.io/docs/latest/operate/oss_and_stack/management/optimization/benchmarks/'] }],
    queue: [{ text: 'Capacity: messages one broker node takes per second, planning assumption (Kafka and managed queues state their own).' }],
    storage: [{ text: 'Availability: the Amazon S3 Standard SLA (99.9%). Capacity: elastic (S3 serves at least 3,500 writes and 5,500 reads per second per prefix and scales by prefix).', sources: ['https://aws.amazon.com/s3/sla/', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html'] }],
    search: [{ text: 'Capacity: search queries one node serves per second, planning assumption.' }],
    coordinator: [{ text: 'Capacity: reads and writes one ZooKeeper- or etcd-like node takes, planning assumption.' }],
    idp: [{ text: 'Capacity: token issues and checks one identity-provider instance serves, planning assumption.' }],
    monitoring: [{ text: 'Beside the request path: no capacity, no latency.' }],
    logging: [{ text: 'Beside the request path: no capacity, no latency.' }]
};

/** Why each design-wide default is what it is. */
export const SETTING_BASIS = {
    crossRegionLatency: { text: 'Round trips between cloud regions on one continent are tens of milliseconds (US East ↔ US West ≈ 60–70 ms) and across an ocean more (US East ↔ Europe ≈ 80–90 ms); 80 ms is a middle figure. Set yours in `.archlens.json`.' },
    cacheHitRatio: { text: 'Planning assumption after the 80/20 rule of skewed access; state `hit_ratio` on the cache when you know it.' },
    peakFactor: { text: 'The usual rule of thumb in capacity planning and design interviews: the peak is about twice the daily average.' },
    continuousBackupLag: { text: 'Point-in-time recovery restores to a moment that is typically 5 minutes before now (Amazon RDS, DynamoDB).', sources: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoveryDescription.html'] }
} satisfies Record<string, Basis>;
