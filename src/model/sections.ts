/** The ten sections of the system-design checklist every finding belongs to. */
import type { Design } from './design.js';

export type SectionId =
    | 'scaling' | 'consistency' | 'data-store' | 'caching' | 'observability'
    | 'failure-recovery' | 'microservices' | 'performance-testing' | 'security' | 'delivery';

export interface Section {
    readonly id: SectionId;
    readonly title: string;
    readonly asks: string;
}

export const SECTIONS: readonly Section[] = [
    { id: 'scaling', title: 'Scaling', asks: 'Large traffic: horizontal and vertical scaling, load balancing, read replicas and sharding, autoscaling, CQRS and event-driven patterns.' },
    { id: 'consistency', title: 'Consistency', asks: 'CAP trade-offs: strong vs eventual consistency, transactions across stores (2PC, 3PC, sagas), distributed locks.' },
    { id: 'data-store', title: 'Data stores', asks: 'The right database: RDBMS for transactions, clear schemas, joins and strong consistency; NoSQL for high-volume reads/writes and flexible schemas.' },
    { id: 'caching', title: 'Caching', asks: 'A cache layer that cuts database load and latency, with an eviction and expiry policy (LRU, LFU, TTL).' },
    { id: 'observability', title: 'Observability', asks: 'Centralised logs (Logstash, Kafka, Elasticsearch), metrics and dashboards (Prometheus, Grafana), alerts, tracing.' },
    { id: 'failure-recovery', title: 'Failure recovery', asks: 'No single point of failure; failover; active-passive or active-active regions; backups, snapshots, log-based recovery; RTO/RPO.' },
    { id: 'microservices', title: 'Microservices', asks: 'Independent deploy and scale, fault isolation, sane communication (REST, gRPC, queues), no shared databases.' },
    { id: 'performance-testing', title: 'Performance testing', asks: 'Load, stress and spike tests; latency, error rate, resource use; APM.' },
    { id: 'security', title: 'Security', asks: 'OWASP Top 10 (injection, XSS, CSRF, broken auth), network segmentation, least privilege, TLS in transit, encryption at rest, OAuth/JWT/sessions, MFA.' },
    { id: 'delivery', title: 'Delivery', asks: 'CI with automated tests (unit, integration, E2E), CD with zero-downtime strategies (blue-green, canary, rolling) and rollback.' }
];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((section) => section.id);

/** A section as a `.arch` word (`failure_recovery`): words hold underscores, not hyphens. */
export function sectionWord(id: SectionId): string {
    return id.replace(/-/g, '_');
}

/** The section a `.arch` word names (`failure_recovery` or `failure-recovery`), if any. */
export function sectionOfWord(word: string): SectionId | undefined {
    const id = word.replace(/_/g, '-');
    return (SECTION_IDS as readonly string[]).includes(id) ? (id as SectionId) : undefined;
}

/**
 * The checklist sections the design states are outside its scope
 * (`requirements { out_of_scope: [security, delivery] }`): a talk about one
 * subsystem, say, that does not describe how it is secured or shipped. The
 * review reports no findings of those sections for the design.
 */
export function outOfScopeSections(design: Design): SectionId[] {
    const words = outOfScopeWords(design);
    return SECTION_IDS.filter((id) => words.some((word) => sectionOfWord(word) === id));
}

/**
 * The design states it is not built for high availability
 * (`requirements { out_of_scope: [high_availability] }`: a demo or a
 * prototype whose source lists it as a known limitation): its single
 * instances are what it says it is, not findings. Backups and recovery are
 * still in scope.
 */
export function statesNoHighAvailability(design: Design): boolean {
    return outOfScopeWords(design).includes('high_availability');
}

/**
 * The source limits its scope to one region (`requirements { out_of_scope:
 * [multi_region] }`: "the scope of this reference architecture is limited to
 * a single region"): a regional outage is outside what it describes.
 */
export function statesOneRegionOnly(design: Design): boolean {
    return outOfScopeWords(design).includes('multi_region');
}

function outOfScopeWords(design: Design): readonly string[] {
    return design.settings.requirements?.properties.words('out_of_scope') ?? [];
}
