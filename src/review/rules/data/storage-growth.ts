import type { Component } from '../../../model/design.js';
import type { Assumption, Basis } from '../../../model/finding.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { listOf } from '../../helpers/wording.js';
import { formatCount, formatDuration } from '../../../model/units.js';
import { bytes } from '../../../estimates/whiteboard.js';
import { retainedData, statedStorage, YEAR_DAYS } from '../../helpers/retained-data.js';

/** The stores that keep data for good: caches and queues hold it only for a while. */
const LASTING_STORES = ['database', 'storage', 'search'] as const;

/** Stores are planned to stay below about 80% full (the usual disk alert line; compaction, vacuum and estimate error need the rest). */
const PLANNED_FILL = 0.8;

export default defineRule({
    meta: {
        id: 'data/storage-growth',
        section: 'data-store',
        severity: 'info',
        description: 'The design declares how much data it adds a day (`requirements.storage_growth`) and no store states a size that holds it over the retention (or a year).',
        rationale: 'Storage fills slowly and then all at once: a database whose disk is full stops taking writes, and a cluster near its limit slows down long before. A declared growth rate times how long the data is kept gives the size the stores must reach; stating each store\'s `storage` shows whether they do, or when they must be grown, sharded or archived. Managed stores that grow on their own (S3, DynamoDB, Aurora) take it without a plan.',
        question: 'Which store keeps the data {design} adds each day, and how big must it be by the end of its retention?',
        messages: {
            unsized: 'Design {name} adds {growth} of data a day, {total} over {horizon}, and no store states how much it can hold (storage): which store keeps it, and is it sized for that?',
            tight: 'Design {name} adds {growth} of data a day, {total} over {horizon}, and its stores state {capacity} in all: they are full after {days} days, {fill}% full by the end of it, with little room if the growth runs above the estimate. How will the stores grow, or the data move out, before then?',
            tooSmall: 'Design {name} adds {growth} of data a day, {total} over {horizon}, but its stores state {capacity} in all: they are full after {days} days. Which store keeps the growth, and how will it grow before then?',
            unretained: 'Design {name} adds {growth} of data a day, {total} a year, and states no retention: {elastic} {grow} on {its} own, but nothing says how long the data is kept, when it moves to a cheaper tier or is deleted, so what is stored, and paid for, only grows. What is the retention (requirements.retention) or lifecycle policy?'
        },
        references: ['AWS Well-Architected REL01-BP04 Monitor and manage quotas', 'AWS Well-Architected PERF03-BP01 Use a purpose-built data store that best supports your data access and storage requirements', 'Alex Xu, System Design Interview: back-of-the-envelope estimation'],
        quality: {
            grouping: 'One design-wide finding on the requirements, with each store that keeps data for good as a related location (its stated size, or none): sizing storage for the growth is one plan.',
            basis: 'Stated when `requirements.retention` is stated (growth × retention against the stores\' stated `storage`); assumed when it is not (a year is assumed, named with `retention` as the property that settles it), which makes it info.',
            unknowns: 'Where the growth lands is not known, so the stores\' stated sizes are added up, and a managed store that grows on its own (S3, DynamoDB, Aurora, Cosmos DB) is taken to hold it: no sizing question then, only the retention question when no retention is stated, on the design or on that store. Retentions stated per store with the growth stated for the whole design: no finding (the year is not assumed).',
            severity: 'Info: a question with the arithmetic; a warning only when both the retention and the stores\' sizes are stated and the stores fill before the retention ends; info when they hold it with less than 20% to spare. On the tuning corpus (73 designs, 5 of which declare a growth) 4 of 4 findings are tp: the retention question on a managed store (500 TB of media a day into S3, no lifecycle) and a provisioned 12 TB database that ends its year 83% full among them. On 85 designs 6 findings, 4 tp and 2 fp, both a year assumed where the source gives a retention per data set (logs a year in S3; history 2 years, logs 30 days): with `retention` on a store those 2 are gone (4 of 4).'
        },
        decisions: [
            'Judged only when `requirements.storage_growth` (new data per day) is stated.',
            'The horizon is `requirements.retention` when stated, else a year (an assumption, so the finding is info).',
            'A store can state its own `retention` (a source that keeps each data set for its own time: execution history 2 years in the database, logs 30 days in the search index). A managed store that states one is not asked for a retention; when the stores state retentions of their own and the design none, the rule does not assume a year: the growth is stated for the whole design, so how much each store keeps is not known, and no finding rests on a guess.',
            'The stores counted are databases, object storage and search indexes; caches and queues keep data only for a while. A store whose engine is managed (S3, GCS, DynamoDB, Aurora, Cosmos DB…) grows on its own and holds any growth: no sizing question. But with no `retention` stated, what it stores (and costs) only grows: one question asks for the retention or lifecycle policy instead.',
            'When no store states `storage`, one question asks which store keeps the data and how big it must be; when the stated sizes add up to less than the growth over the horizon, the finding says after how many days they are full.',
            'A managed store that states its `storage` (a provisioned RDS volume) is sized by that figure: the design has set its size, so it is counted with the sized stores, not taken to grow on its own.',
            'When the stated sizes hold the growth over the horizon but end it more than 80% full (the usual disk alert line; compaction, vacuum and an estimate that runs high need the rest), one question (info) says when they are full and how full they end.'
        ],
        examples: {
            flagged: 'requirements { storage_growth: 50GB, retention: 365d }\nservice Api\ndatabase Db { engine: postgres, storage: 2TB }\nApi -> Db',
            fixed: 'requirements { storage_growth: 50GB, retention: 365d }\nservice Api\ndatabase Db { engine: postgres, storage: 30TB }\nApi -> Db'
        }
    },
    check({ design, index, report }) {
        const requirements = design.settings.requirements;
        const growth = requirements?.properties.number('storage_growth');
        if (requirements === undefined || growth === undefined || growth <= 0) {
            return;
        }
        const stores = index.ofKind(...LASTING_STORES);
        const retention = requirements.properties.number('retention');
        const elastic = stores.filter(growsOnItsOwn);
        if (elastic.length > 0) {
            const unretained = elastic.filter((store) => store.properties.number('retention') === undefined);
            if (retention === undefined && unretained.length > 0) {
                report({
                    on: requirements,
                    messageId: 'unretained',
                    data: { name: design.name, growth: bytes(growth), total: bytes(growth * YEAR_DAYS), elastic: listOf(unretained), grow: unretained.length === 1 ? 'grows' : 'grow', its: unretained.length === 1 ? 'its' : 'their' },
                    basis: 'stated',
                    related: stores.map((store) => ({ on: store, message: sizeNote(store) }))
                });
            }
            return;
        }
        if (retention === undefined && stores.some((store) => store.properties.number('retention') !== undefined)) {
            // Retention stated per store, growth for the whole design: how much each store keeps is not known.
            return;
        }
        const kept = retainedData(design);
        if (kept === undefined) {
            return;
        }
        const total = kept.size;
        const { sized, size: capacity } = statedStorage(stores);
        if (sized.length > 0 && capacity * PLANNED_FILL >= total) {
            return;
        }
        const basis: Basis = kept.assumption === undefined ? 'stated' : 'assumed';
        const assumptions: Assumption[] = kept.assumption === undefined ? [] : [kept.assumption];
        const data = {
            name: design.name,
            growth: bytes(growth),
            total: bytes(total),
            horizon: retention === undefined ? 'a year (no retention is stated; a year is assumed)' : `its retention of ${formatDuration(retention)}`
        };
        const related = stores.map((store) => ({ on: store, message: sizeNote(store) }));
        if (sized.length === 0) {
            report({ on: requirements, messageId: 'unsized', data, basis, assumptions, related });
            return;
        }
        const fits = capacity >= total;
        report({
            on: requirements,
            messageId: fits ? 'tight' : 'tooSmall',
            data: { ...data, capacity: bytes(capacity), days: formatCount(Math.floor(capacity / growth)), fill: String(Math.round((100 * total) / capacity)) },
            severity: basis === 'stated' && !fits ? 'warning' : 'info',
            basis,
            assumptions,
            related
        });
    }
});

/** A managed store grows its storage on demand (S3, DynamoDB, Aurora): no size to plan, unless the design states the size it has. */
function growsOnItsOwn(store: Component): boolean {
    return store.engine?.known === true && store.properties.boolean('managed') === true && store.properties.number('storage') === undefined;
}

function sizeNote(store: Component): string {
    const storage = store.properties.number('storage');
    const kept = store.properties.number('retention');
    const size = storage === undefined ? (growsOnItsOwn(store) ? 'grows on its own' : 'no storage stated') : `storage ${bytes(storage)}`;
    return `${describe(store)}: ${size}${kept === undefined ? (growsOnItsOwn(store) ? ', no retention' : '') : `, kept ${formatDuration(kept)}`}`;
}
