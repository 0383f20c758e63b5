import type { Component, ComponentKind, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { isMultiRegion } from '../../../model/regions.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, describe, formatPercent, minInstances } from '../../../model/component-facts.js';
import type { Fix } from '../../fix.js';
import { downtimePerMonth } from '../../helpers/downtime.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';
import { inScope } from '../../../model/out-of-scope.js';
import { describedAs } from '../../helpers/stated-in-words.js';
import { isLocalReplicaDatabase } from '../../helpers/replica-reads.js';

interface Options {
    readonly availability: number;
}

export default defineRule<Options>({
    meta: {
        id: 'avail/manual-failover',
        section: 'failure-recovery',
        instanceLoss: true,
        severity: 'warning',
        description: 'A replicated database fails over by hand while the availability target is 99.95% or higher, or a store copied to another region of a multi-region design fails over to it by hand.',
        rationale: 'A replica only keeps the service up if something promotes it when the leader dies. With a manual failover someone must be paged, wake up, diagnose and promote a replica: half an hour is a good result. A 99.95% target allows about 22 minutes of downtime a month, 99.99% about 4, so a high target needs an automatic failover (Patroni, RDS Multi-AZ, Aurora, a consensus database).',
        question: 'Who promotes a replica of {element} at 3 a.m., and how long does it take?',
        messages: {
            manualFailover: '{what} is replicated but fails over by hand ({why}): paging an operator and promoting a replica can use up the {budget} of downtime a month that the {target} target allows.',
            manualFailoverEach: 'None of the {count} replicated databases fails over by itself ({names}): paging an operator and promoting a replica can use up the {budget} of downtime a month that the {target} target allows.',
            failoverUnstated: '{what} is replicated, but the design states no failover and {engine} promotes a replica only by hand: who promotes it when the leader fails, how long do writes stop, and are writes not yet replicated lost? State `failover` (auto with a tool or a managed engine, or manual with its procedure).',
            regionFailoverManual: '{what} is copied to another region but fails over to it by hand ({why}): when its region is lost, whatever fails over by itself in front of it (the entry, the apps) reaches a copy that stays read-only or empty until someone promotes it. Who triggers its failover, in what order with the rest, how long does it take, and what is lost?',
            regionFailoverManualEach: 'The {count} stores copied to another region fail over to it by hand ({names}): when a region is lost, whatever fails over by itself in front of them (the entry, the apps) reaches copies that stay read-only or empty until someone promotes each one. Who triggers each failover, in what order, how long does it take, and what is lost?',
            failoverUnstatedEach: 'The {count} replicated databases state no failover and their engines promote a replica only by hand ({names}): who promotes one when a leader fails, how long do writes stop, and are writes not yet replicated lost? How they fail over is one decision: state `failover`.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { availability: { type: 'number', minimum: 0, maximum: 1, description: 'Availability target (a fraction, 0.9995 for 99.95%) from which a manual failover is flagged.' } },
                additionalProperties: false
            },
            defaults: { availability: 0.9995 }
        },
        fix: 'Sets `failover: auto`.',
        references: ['AWS Well-Architected REL11-BP02 Fail over to healthy resources', 'AWS Well-Architected REL11-BP03 Automate healing on all layers'],
        decisions: [
            'A database whose copies all take writes (`topology: multi_leader` or `leaderless`, stated or its engine\'s, or described in its own words as master-master, multi-master or active-active) has nothing to promote when one fails: it is not asked; how it resolves conflicting writes is cap/multi-leader-no-conflict-resolution\'s question.',
            'A design that states it is not built for high availability (`requirements { out_of_scope: [high_availability] }`) gets no finding: the review does not run the rules that judge surviving the loss of an instance on it (`meta.instanceLoss`).',
            'The availability target is `requirements.availability`; from the `availability` option (99.95%) up, a manual failover is flagged. Without a target nothing is flagged.',
            'The failover is the database\'s `failover`, else its engine\'s (PostgreSQL, MySQL and Redis fail over by hand unless told otherwise; Aurora, MongoDB, Cassandra, CockroachDB automatically).',
            'Only databases with two or more instances: a single one has nothing to fail over to (`avail/single-point-of-failure`).',
            'A database fed by replication from another drawn database of its region (`Primary -> Replicas`, not `crosses_region`) is that database\'s set of read replicas: replicas are interchangeable for reads and are not promoted one by one, so the failover question belongs to the primary that feeds them (field corpus, round 23: a replica set drawn apart from its primary was asked who promotes it, at warning).',
            'Only databases on the request path: the availability target is the availability of requests, and a store behind a queue does not fail them.',
            'Several replicated databases that all fail over by hand are one finding listing them.',
            'In a design deployed to two or more regions, a store (database, storage, queue, cache or search) replicated to a copy in another region (a `crosses_region: true` connection to a store of its kind) that states or inherits `failover: manual` gets one question, whatever the target: the region failover of everything in front of it is only as quick as the person who promotes it. Several such stores are one question listing them.',
            'Without a target high enough, a replicated database that states no `failover` while its engine fails over only by hand (PostgreSQL, MySQL, Redis) gets one question: the design is silent on who promotes a replica. A written `failover: manual` is a stated decision and is not asked about, nor is a `derived` store (rebuilt from its source, it loses nothing a promotion could save), nor a `managed: true` one: a managed database service (RDS Multi-AZ, Cloud SQL HA, Azure Database HA) promotes its standby itself, so without a target that makes minutes count the question is not worth raising.'
        ],
        quality: {
            grouping: 'How replicated databases fail over is one decision (an operator, Patroni, a managed engine): when none of them fails over by itself, one finding on the group or design lists them; a database that fails over by hand while its peers do it automatically is its own finding. Likewise the region failover of geo-copied stores is one question listing those that fail over by hand.',
            basis: 'The target is stated; the failover is stated or the engine\'s fact (PostgreSQL, MySQL and Redis fail over by hand); the downtime budget follows from the target; regions and copies in another region (`crosses_region: true`) are stated.',
            unknowns: 'Without a target of 99.95% or more, only a failover the design leaves unsaid (the engine\'s manual default) on a database it runs itself (not `managed: true`) is asked about, once, as a question; a single-instance database is left to avail/single-point-of-failure, and a database whose copies all take writes (multi-leader, leaderless, master-master in its own words) has nothing to promote. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed, and a design stating it is not built for high availability (`requirements { out_of_scope: [high_availability] }`) is not judged at all.',
            severity: 'A warning against a stated target of 99.95% or more: a manual promotion can fit that budget on a good night, so it is a gap to raise rather than a proven miss; info (a question) when no such target is stated and the failover is only the engine\'s default; on the tuning corpus (25 designs) its 3 questions are all ones a reviewer asks. A geo-copied store failing over by hand is asked at info, whatever the target (1 of 1 on the 37 tuning designs a concern the source itself raises).'
        },
        examples: {
            flagged: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 2 }\nU -> Api -> Db',
            fixed: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 2, failover: auto }\nU -> Api -> Db'
        }
    },
    check({ design, index, traffic, options, report }) {
        askForRegionFailover(design, index, report);
        const target = availabilityTarget(design);
        const replicated = inScope(index.ofKind('database')).filter((database) => minInstances(database) >= 2 && traffic.onRequestPath(database) && !writesOnEverySide(database) && !isLocalReplicaDatabase(database, index));
        if (target === undefined || target < options.availability) {
            askForUnstatedFailover(design, replicated, report);
            return;
        }
        const manual = replicated.filter((database) => database.properties.string('failover') === 'manual');
        const budget = { budget: downtimePerMonth(target), target: formatPercent(target) };
        reportDecision(report, {
            affected: manual.map((database) => ({ on: database, note: `${describe(database)}: fails over by hand (${whyManual(database)})` })),
            peers: replicated.length,
            once: {
                on: decisionScope(design, manual),
                messageId: 'manualFailoverEach',
                data: { count: manual.length, names: listOf(manual), ...budget },
                basis: basisOf(manual),
                fix: failOverAutomatically(manual)
            },
            each: (item) => {
                const database = item.on as Component;
                return { on: database, messageId: 'manualFailover', data: { what: describe(database), why: whyManual(database), ...budget }, basis: basisOf([database]), fix: failOverAutomatically([database]) };
            }
        });
    }
});

/**
 * No target makes a manual promotion a failed requirement, but a design that
 * replicates a single-leader database and never says how a replica takes over
 * leaves the question every reviewer asks: one question for all of them.
 * A derived store (rebuilt from its source) loses nothing a promotion saves.
 */
function askForUnstatedFailover(design: Design, replicated: readonly Component[], report: (report: Report) => void): void {
    const unstated = replicated.filter((database) => database.properties.entry('failover')?.source === 'engine'
        && database.properties.string('failover') === 'manual'
        && database.properties.boolean('derived') !== true
        // A managed service (RDS, Cloud SQL, Azure Database) promotes its standby itself.
        && database.properties.boolean('managed') !== true);
    reportDecision(report, {
        affected: unstated.map((database) => ({ on: database, note: `${describe(database)}: no failover stated (${whyManual(database)})` })),
        peers: replicated.length,
        once: {
            on: decisionScope(design, unstated),
            messageId: 'failoverUnstatedEach',
            data: { count: unstated.length, names: listOf(unstated) },
            severity: 'info',
            basis: 'engine',
            fix: failOverAutomatically(unstated)
        },
        each: (item) => {
            const database = item.on as Component;
            return { on: database, messageId: 'failoverUnstated', data: { what: describe(database), engine: database.engine?.title ?? 'its engine' }, severity: 'info', basis: 'engine', fix: failOverAutomatically([database]) };
        }
    });
}

/** A database's own words for leaders that all take writes. */
const EVERY_SIDE_WRITES = /\b(?:master[- ]master|multi[- ]master|multi[- ]leader|active[- ]active)\b/i;

/**
 * Every copy already takes writes (`topology: multi_leader` or `leaderless`,
 * stated or the engine's, or its own words say master-master): when one
 * fails, its partner keeps taking them; there is nothing to promote.
 */
function writesOnEverySide(database: Component): boolean {
    const topology = database.properties.string('topology');
    return topology === 'multi_leader' || topology === 'leaderless' || describedAs(database, EVERY_SIDE_WRITES);
}

/** The kinds that keep data a region's copy must be promoted to serve. */
const STORE_KINDS = new Set<ComponentKind>(['database', 'storage', 'queue', 'cache', 'search']);

/**
 * A multi-region design whose geo-replicated stores fail over by hand: the
 * entry and the apps may switch regions in seconds, but each store waits for
 * someone to promote its copy. One question for all of them.
 */
function askForRegionFailover(design: Design, index: DesignIndex, report: (report: Report) => void): void {
    if (!isMultiRegion(design)) {
        return;
    }
    const geoReplicated = inScope(design.components).filter((component) => hasCopyInAnotherRegion(component, index));
    const manual = geoReplicated.filter((store) => store.properties.string('failover') === 'manual');
    reportDecision(report, {
        affected: manual.map((store) => ({ on: store, note: `${describe(store)}: fails over to its other region by hand (${whyManual(store)})` })),
        peers: geoReplicated.length,
        once: {
            on: decisionScope(design, manual),
            messageId: 'regionFailoverManualEach',
            data: { count: manual.length, names: listOf(manual) },
            severity: 'info',
            basis: basisOf(manual),
            fix: failOverAutomatically(manual)
        },
        each: (item) => {
            const store = item.on as Component;
            return { on: store, messageId: 'regionFailoverManual', data: { what: describe(store), why: whyManual(store) }, severity: 'info', basis: basisOf([store]), fix: failOverAutomatically([store]) };
        }
    });
}

/** A store that replicates to a store of its own kind over a connection that crosses regions. */
function hasCopyInAnotherRegion(component: Component, index: DesignIndex): boolean {
    return STORE_KINDS.has(component.kind)
        && index.outgoing(component).some((connection) => connection.target.kind === component.kind && connection.properties.boolean('crosses_region') === true);
}

function basisOf(databases: readonly Component[]): 'engine' | 'stated' {
    return databases.some((database) => database.properties.entry('failover')?.source === 'engine') ? 'engine' : 'stated';
}

function failOverAutomatically(databases: readonly Component[]): Fix {
    const [first] = databases;
    if (databases.length === 1) {
        return { kind: 'set-properties', title: `Fail ${first.name} over automatically`, target: first, properties: [{ key: 'failover', value: 'auto' }] };
    }
    return { kind: 'set-properties-each', title: `Fail ${databases.length} ${databases.every((database) => database.kind === 'database') ? 'databases' : 'stores'} over automatically`, targets: databases, properties: [{ key: 'failover', value: 'auto' }] };
}

/** `failover: manual` when written, else whose default it is. */
function whyManual(database: Component): string {
    const source = database.properties.entry('failover')?.source;
    return source === 'engine' && database.engine ? `the ${database.engine.id} default` : 'failover: manual';
}
