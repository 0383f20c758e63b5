/**
 * "Questions a reviewer will ask": for each checklist section the design is
 * silent on or weak in, the concrete questions of a design interview, named
 * after the design's own components.
 */
import type { Component, Design } from '../model/design.js';
import { indexOf } from '../model/design-index.js';
import type { Finding } from '../model/finding.js';
import type { SectionId } from '../model/sections.js';
import { formatCount } from '../model/units.js';
import { trafficOf } from '../review/graph/traffic.js';
import { fillTemplate } from '../review/message-template.js';
import { availabilityTarget, isRedundant } from '../model/component-facts.js';

/** What a finding of a rule makes a reviewer ask; `{element}` is the element it is about. */
const FINDING_QUESTIONS: Readonly<Record<string, string>> = {
    'scale/no-load-balancer': 'How are requests spread over the instances of {element}, and who stops sending traffic to one that died?',
    'scale/stateful-replicas': 'Where does {element} keep session state, and what happens to a user when their instance is replaced?',
    'scale/no-autoscaling': 'How does {element} absorb the peak, and a spike beyond it, with a fixed number of instances?',
    'scale/no-read-scaling': 'What happens when reads of {element} outgrow one node: read replicas, a cache, or shards?',
    'scale/shard-key-missing': 'Which key picks the shard of a row in {element}, and does it spread writes evenly?',
    'cache/missing-cache': 'Which reads of {element} could a cache serve, and what hit ratio do you expect?',
    'cache/no-eviction-policy': 'What does {element} evict when its memory is full?',
    'cache/no-ttl': 'How long can an entry of {element} be stale, and how is it invalidated when the data changes?',
    'cache/write-behind-loss': 'What happens to writes buffered in {element} if it fails before flushing them?',
    'cap/strong-read-from-async-replica': 'Can {element} read a replica that has not seen the latest write, and is that acceptable?',
    'cap/strong-on-eventual-store': 'What does a reader of {element} see right after a write, and is that good enough for it?',
    'cap/cross-store-transaction': 'What happens when {element} succeeds in one store and fails in the other?',
    'cap/saga-claims-strong': 'What does a user see while the saga {element} is half done, or compensating?',
    'cap/dual-write': 'If {element} fails between its two writes, how do the stores get back in agreement?',
    'cap/active-active-single-leader': 'Which region holds the leader of {element}, and what happens to writes in the other regions when it fails?',
    'cap/multi-leader-no-conflict-resolution': 'When two regions update the same record of {element} at once, which write wins?',
    'cap/lock-on-async-replica': 'What happens to the locks {element} holds when the lock store fails over?',
    'avail/single-point-of-failure': 'What happens to every request when {element} fails?',
    'avail/single-zone': 'What happens to {element} when its availability zone goes down?',
    'avail/manual-failover': 'Who promotes a replica of {element} at 3 a.m., and how long does it take?',
    'avail/no-health-check': 'How does {element} learn that an instance behind it is unhealthy?',
    'avail/retry-without-idempotency': 'What happens when {element} retries a write that had actually succeeded?',
    'avail/no-timeout': 'How long does {element} wait before giving up, and what does its caller see meanwhile?',
    'avail/queue-without-dlq': 'Where does a message that always fails in {element} end up?',
    'dr/no-backup': 'How do you restore {element} after a bad migration deletes data?',
    'dr/backup-not-offsite': 'Do the backups of {element} survive the loss of the region or account they live in?',
    'sec/unencrypted-transport': 'Who can read or change the traffic of {element}?',
    'sec/exposed-data-store': 'Who can reach {element} from the internet, and what stops them?',
    'sec/unauthenticated-entrypoint': 'Who may call {element}, and how does it know who they are?',
    'sec/no-encryption-at-rest': 'What does a copied disk or snapshot of {element} expose?',
    'sec/no-rate-limit': 'What stops one client from exhausting {element}?',
    'sec/internal-unauthenticated': 'If one service is compromised, what stops it from calling {element}?',
    'micro/shared-database': 'Which team owns the schema of {element}, and how do the others change it without breaking each other?',
    'micro/sync-cycle': 'What happens to the requests in the cycle {element} when one of its services slows down?',
    'micro/deep-sync-chain': 'What latency and availability does the chain behind {element} add up to?',
    'micro/no-circuit-breaker': 'What does the caller do when {element} keeps failing or hangs?'
};

/** What a reviewer asks about a section the design says nothing about, given the design. */
const SILENT_QUESTIONS: Readonly<Record<SectionId, (design: Design) => string[]>> = {
    scaling: (design) => {
        const peak = design.settings.requirements?.properties.number('peak_rps');
        const front = [...trafficOf(design).entryPoints()].find((component) => component.kind === 'service' || component.kind === 'gateway' || component.kind === 'loadbalancer');
        return [
            peak !== undefined
                ? `How does the design carry ${formatCount(peak)} requests/s at peak${front ? `, starting at ${front.name}` : ''}: how many instances, and what adds more when traffic doubles?`
                : 'What load must the design carry at peak (requests/s, reads per write), and which component saturates first?',
            'Which component becomes the bottleneck first, and how would you scale it out?'
        ];
    },
    consistency: (design) => {
        const stores = indexOf(design).ofKind('database');
        return [
            stores.length > 1 ? `When one request writes ${stores.slice(0, 2).map((store) => store.name).join(' and ')}, how do they stay in agreement if one write fails?` : 'Which reads must see the latest write, and which can be stale?',
            'Where do you need strong consistency, and where is eventual consistency enough (CAP)?'
        ];
    },
    'data-store': (design) => [
        indexOf(design).ofKind('database').length === 0 ? 'Where is the data of record kept, and why that kind of database (relational or NoSQL)?' : 'Why these databases: transactions, joins and schema, or volume and flexible schema?'
    ],
    caching: (design) => {
        const database = indexOf(design).ofKind('database')[0];
        return [
            database ? `Which reads of ${database.name} could a cache serve, and how would you keep it fresh (TTL, invalidation)?` : 'Which reads could a cache serve, and how would you keep it fresh?',
            'What eviction policy would the cache use (LRU, LFU, TTL), and what happens on a cold start?'
        ];
    },
    observability: () => [
        'How do you know the design is healthy right now: which metrics, dashboards and alerts?',
        'How do you follow one slow request across the services (tracing) and find its logs?'
    ],
    'failure-recovery': (design) => {
        const index = indexOf(design);
        const fragile = design.components.filter((component) => trafficOf(design).onRequestPath(component) && !isRedundant(component) && component.kind !== 'client' && component.kind !== 'external');
        const database: Component | undefined = index.ofKind('database')[0];
        const target = availabilityTarget(design);
        return [
            ...(fragile[0] ? [`What happens to users when ${fragile[0].name} fails?`] : []),
            database ? `What happens to writes when the leader of ${database.name} fails, and how much data can you lose (RPO)?` : 'How much data can you lose in a failure, and how long may recovery take (RPO, RTO)?',
            target !== undefined ? `How does the design reach its availability target when a whole zone or region is lost?` : 'What availability does the design need, and what happens when a region is lost?'
        ];
    },
    microservices: (design) => [
        indexOf(design).ofKind('service', 'worker', 'function').length > 1 ? 'Can each service be deployed and scaled on its own, and which calls could be asynchronous (a queue) instead of synchronous?' : 'Would this stay one service, or where would you split it, and how would the parts talk?'
    ],
    'performance-testing': (design) => {
        const peak = design.settings.requirements?.properties.number('peak_rps');
        return [
            peak !== undefined ? `How do you show the design holds ${formatCount(peak)} requests/s before launch (load test), and what breaks at twice that (stress, spike)?` : 'How do you show the design holds its peak before launch (load, stress and spike tests)?',
            'Which latency percentiles and error rates do you watch under load (APM)?'
        ];
    },
    security: () => [
        'How do users and services authenticate (OAuth, JWT, sessions, mTLS), and where is that enforced?',
        'Which data is sensitive, and is it encrypted in transit and at rest? Which parts are reachable from the internet?'
    ],
    delivery: () => [
        'How does a change get to production: which tests run automatically, and how is it rolled out (blue-green, canary, rolling)?',
        'How do you roll back a bad release, and how fast?'
    ]
};

/** Questions for a section the design is silent on, or weak in (it has findings there). */
export function questionsFor(section: SectionId, design: Design, findings: readonly Finding[], silent: boolean): string[] {
    const fromFindings = findings
        .filter((finding) => !finding.suppressed && finding.section === section && FINDING_QUESTIONS[finding.rule] !== undefined)
        .map((finding) => fillTemplate(FINDING_QUESTIONS[finding.rule], { element: finding.element ?? design.name }));
    const questions = silent || fromFindings.length === 0 ? [...SILENT_QUESTIONS[section](design), ...fromFindings] : fromFindings;
    return [...new Set(questions)].slice(0, 6);
}
