import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe, isDataStore } from '../../../model/component-facts.js';
import { regionModeOf, regionsOf as designRegions } from '../../../model/regions.js';
import { joinWords } from '../../helpers/wording.js';
import { writesTo } from '../../helpers/writes.js';

export default defineRule({
    meta: {
        id: 'cap/active-active-single-leader',
        section: 'consistency',
        severity: 'error',
        description: 'An active-active deployment over two or more regions writes a strongly consistent single-leader database from every region.',
        rationale: 'Active-active means every region serves traffic, writes included. A single-leader database accepts writes in one place: every other region sends each write across the ocean to the leader (a cross-region round trip on every write) and stops writing when the leader\'s region fails, so the second region is not the independent copy the deployment promises. Giving each region its own leader instead turns the store multi-leader, and without conflict resolution concurrent writes diverge. The usual answers: geo-partition the data so each row is written only in its home region, use a multi-leader or consensus store with explicit conflict handling (or a globally consistent engine such as Spanner or CockroachDB), or run the regions active-passive.',
        question: 'Which region holds the leader of {element}, and what happens to writes in the other regions when it fails?',
        messages: {
            singleLeader: '{what} is a strongly consistent single-leader store written from every region of an active_active deployment ({regions}): all writes must reach one leader in one region, so the other regions pay a cross-region round trip per write and cannot write when that region fails.'
        },
        fix: 'Sets `deployment.mode: active_passive` (geo-partitioning or a multi-leader store are the alternatives, and need more than one edit).',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 5 "Multi-Leader Replication" (multi-datacenter operation)',
            'AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations; AWS whitepaper "Disaster Recovery of Workloads on AWS" (multi-site active/active)'
        ],
        quality: {
            grouping: 'One finding per database, listing the writing connections and their regions.',
            basis: 'Stated or engine: `deployment.mode` and `regions`, the writers\' regions, and the database\'s `topology` and `consistency` (engine facts for PostgreSQL, MySQL, MongoDB).',
            unknowns: 'A database whose topology is unknown, or that states `partitioning: geo` (each region leads its own rows), is not judged; in a design that lists every region on some components, a writer with no stated regions is not taken to write from every region.',
            severity: 'Error: a stated active-active deployment writing one leader cannot keep writing in every region, which the mode promises. On the 67 tuning designs its 2 findings were both wrong (stores written only by a pipeline the source keeps in one region, in a design that lists every region on the components that run everywhere) and no longer appear. On the 79 tuning designs it makes none, once a store written only by a scheduled batch job (an hourly aggregation, one run rather than a writer in every region) was no longer flagged.'
        },
        decisions: [
            'A write from a job stated with a `schedule` (an hourly batch upsert) is not counted: one run of a batch writes, not a writer in every region serving requests, and the cross-region round trip of its writes delays no user.',
            'A component runs in every region of `deployment.regions` unless it states `regions: [..]`, which narrows it. A database is written from every region when its writers, together, run in all of the deployment\'s regions.',
            'When some component other than a store (a service, a gateway, a CDN) states `regions` listing every region of the deployment, the design places its running components region by region (the list would say nothing otherwise): a writer that states no `regions` is then not known to run everywhere (an ingestion pipeline the source keeps in the primary region), and only the writers whose regions are stated count.',
            'Writers are the components with a connection to the database that does not say `access: reads` (an unstated access counts as reads and writes); a `uses: lock` connection is not a write. Asynchronous writers count: their writes reach the same leader.',
            'Single-leader and strongly consistent are read from `topology` and `consistency`, written or engine facts (PostgreSQL, MySQL, Aurora, MongoDB, Oracle, SQL Server). A database whose topology is unknown is not judged.',
            'A database with `partitioning: geo` is not flagged: each region leads its own rows, so a region writes its rows locally and keeps writing when another region fails.',
            'Consensus stores (Spanner, CockroachDB) and multi-leader or leaderless stores are not single-leader; conflicts on the latter are `cap/multi-leader-no-conflict-resolution`.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\nApi -> Orders\ndeployment { regions: [eu_west, us_east], mode: active_active }',
            fixed: 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\nApi -> Orders\ndeployment { regions: [eu_west, us_east], mode: active_passive }'
        }
    },
    check({ design, index, report }) {
        const regions = designRegions(design);
        if (regionModeOf(design) !== 'active_active' || regions.length < 2) {
            return;
        }
        for (const database of index.ofKind('database')) {
            if (!isStrongSingleLeader(database) || isGeoPartitioned(database)) {
                continue;
            }
            // A scheduled batch job (an hourly aggregation) is one run, not a writer in every region serving requests.
            const writes = index.incoming(database).filter((connection) => writesTo(connection) && connection.source.properties.string('schedule') === undefined);
            if (!writtenFromEveryRegion(writes, regions, placesPerComponent(design.components, regions))) {
                continue;
            }
            report({
                on: database,
                messageId: 'singleLeader',
                data: { what: describe(database), regions: joinWords(regions) },
                related: writes.map((connection) => ({ on: connection, message: `${connection.id} writes ${database.name} from ${joinWords(componentRegions(connection.source, regions))}.` })),
                fix: { kind: 'set-settings', title: 'Run the regions active-passive', settings: 'deployment', properties: [{ key: 'mode', value: 'active_passive' }] }
            });
        }
    }
});

/** Each region leads its own rows (geo-partitioning): no write crosses to another region's leader. */
function isGeoPartitioned(database: Component): boolean {
    return database.properties.string('partitioning') === 'geo';
}

function isStrongSingleLeader(database: Component): boolean {
    return database.properties.string('topology') === 'single_leader' && database.properties.string('consistency') === 'strong';
}

/** The deployment's regions a component runs in (all of them unless it states `regions`). */
function componentRegions(component: Component, deploymentRegions: readonly string[]): readonly string[] {
    const own = component.properties.words('regions');
    return own === undefined ? deploymentRegions : deploymentRegions.filter((region) => own.includes(region));
}

/**
 * The design places its running components region by region: some service,
 * gateway or other non-store component states `regions` listing every region
 * of the deployment, which would say nothing if an unstated list meant every
 * region. A writer that states none is then not known to run everywhere (an
 * ingestion pipeline the source keeps in the primary region), so only stated
 * placements count. A store listing every region says where its data lives,
 * not where code runs, and does not count.
 */
function placesPerComponent(components: readonly Component[], deploymentRegions: readonly string[]): boolean {
    return components.some((component) => {
        if (isDataStore(component)) {
            return false;
        }
        const own = component.properties.words('regions');
        return own !== undefined && deploymentRegions.every((region) => own.includes(region));
    });
}

function writtenFromEveryRegion(writes: readonly Connection[], deploymentRegions: readonly string[], statedOnly: boolean): boolean {
    const placed = statedOnly ? writes.filter((connection) => connection.source.properties.words('regions') !== undefined) : writes;
    const writing = new Set(placed.flatMap((connection) => componentRegions(connection.source, deploymentRegions)));
    return deploymentRegions.every((region) => writing.has(region));
}
