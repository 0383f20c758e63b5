/**
 * "Questions a reviewer will ask": for each checklist section the design is
 * silent on or weak in, the concrete questions of a design interview, named
 * after the design's own components. A section with findings asks what their
 * rules ask (`meta.question`); a silent one asks its own questions first.
 */
import type { Component, Design } from '../model/design.js';
import { indexOf } from '../model/design-index.js';
import type { Finding } from '../model/finding.js';
import type { SectionId } from '../model/sections.js';
import { formatCount } from '../model/units.js';
import { trafficOf } from '../review/graph/traffic.js';
import { questionAbout } from '../review/rule-question.js';
import { availabilityTarget, isRedundant } from '../model/component-facts.js';

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
        .filter((finding) => !finding.suppressed && finding.section === section)
        .flatMap((finding) => questionAbout(finding, design.name) ?? []);
    const questions = silent || fromFindings.length === 0 ? [...SILENT_QUESTIONS[section](design), ...fromFindings] : fromFindings;
    return [...new Set(questions)].slice(0, 6);
}
