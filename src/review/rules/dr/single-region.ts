import type { Connection, Design } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, formatPercent } from '../../../model/component-facts.js';
import { downtimePerYear } from '../../helpers/downtime.js';
import { isMultiRegion, regionModeOf, regionsOf } from '../../../model/regions.js';
import { statesOneRegionOnly } from '../../../model/sections.js';
import { relatedOf } from '../../helpers/one-decision.js';
import { joinWords } from '../../helpers/wording.js';
import type { Report } from '../../rule-context.js';

interface Options {
    readonly availability: number;
}

export default defineRule<Options>({
    meta: {
        id: 'dr/single-region',
        section: 'failure-recovery',
        practice: true,
        instanceLoss: true,
        severity: 'warning',
        description: 'The availability target is 99.99% or higher and the design runs in one region; or the design spans regions with no second region to fail over to; or it states that it runs in one region and names no recovery objective.',
        rationale: 'Whole regions do fail, for hours, every year or two at one provider or another. 99.99% allows under an hour of downtime a year, so a design that promises it cannot live in one region: it needs a second one, standing by (active-passive) or serving (active-active), with the data replicated there.',
        question: 'What happens to {design} when its whole region goes down, and how long until it serves again?',
        messages: {
            singleRegion: 'The availability target is {target} and the design runs in {where}: one region outage lasts hours, far beyond the {budget} of downtime a year the target allows.',
            regionUnsaid: 'The availability target is {target} and the design names no region: if it runs in one, one region outage lasts hours, far beyond the {budget} of downtime a year the target allows. In how many regions does it run, and which takes over when one fails? `deployment { regions, mode }` settles it.',
            statedOneRegion: 'The design states that it runs in {where} and names no recovery objective: when that region is down, everything is down for as long as the outage lasts (hours, at any provider). Is that outage accepted? If not, state a standby region (`mode: active_passive`) and the RTO and RPO it must meet.',
            spansRegions: 'The design spans regions ({links} {cross}) but states no second region to fail over to: when the region at either end fails, what goes through {them} stops for as long as the outage lasts. What still serves when one region is down, and how long until it is back?'
        },
        options: {
            schema: {
                type: 'object',
                properties: { availability: { type: 'number', minimum: 0, maximum: 1, description: 'Availability target (a fraction, 0.9999 for 99.99%) from which a second region is expected.' } },
                additionalProperties: false
            },
            defaults: { availability: 0.9999 }
        },
        fix: 'Adds a second region to `deployment.regions` with `mode: active_passive`.',
        references: ['AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations', 'AWS Well-Architected REL13-BP02 Use defined recovery strategies to meet the recovery objectives'],
        quality: {
            grouping: 'One design-wide finding: the deployment\'s regions are one decision.',
            basis: 'Stated: `requirements.availability`, `deployment.regions`/`mode` and the networks\' regions.',
            unknowns: 'Without an availability target, a design is asked about regional failure only when it draws its own components in different regions (`crosses_region: true` between two of them) and names no second region or DR mode, or when it states that it runs in one region (`mode: single`, or one region listed) and names no RTO or RPO (the author put the regional outage in view without saying it is accepted); a design that names no region, or states `out_of_scope: [high_availability]`, is not judged. Most published designs run in one region by choice, and a regional outage is a risk their authors may accept; with no target and no part placed in another region there is no stated fact to weigh it against, so asking every single-region design would be a question on nearly every review (for the same reason a large user count alone does not trigger it).',
            severity: 'Warning for a 99.99% target in a region the design names or a stated single mode; info, a question, when no region is named at all (the count is unsaid, not one: on 85 designs the two such findings were one raised, one wrong, a source spreading workers over data centres it does not name); info, a question, for a design that spans regions with no failover or states one region with no recovery objective, since the source may accept the outage (on the 43 tuning designs 3 of its 4 findings are raised by a reviewer, the fourth noise; a design that puts high availability out of scope is no longer asked). On 67 designs (round 11): 5 of 6 raised, one wrong (a source that puts a second region out of its scope, which the language cannot say); a nightly batch with no client is no longer asked. On 85 designs (round 14): 7 findings, 6 raised, one wrong (a 99.99% scheduler-uptime target whose source spreads workers over several data centres it does not name, which the language cannot say); the source that limits its scope to one region now states `out_of_scope: [multi_region]` and is no longer asked (one wrong finding fewer).'
        },
        decisions: [
            'The target is `requirements.availability`; from the `availability` option (99.99%) up, one region is flagged. Without a target nothing is flagged. A design that names one region (or states `mode: single`) gets the warning; one that names no region and no mode has left the count unsaid, and one region is then only the reading of that silence: it gets an info question (basis assumed) asking for `deployment.regions` and `mode`.',
            'A design runs in several regions when `deployment.regions` lists two or more, when its networks name two or more `region`s, or when `deployment.mode` is active_passive or active_active (both imply a second region).',
            'Without such a target, a design whose own components talk across regions (`crosses_region: true` on a connection between two components that are neither clients nor external systems) and that is not multi-region (no two `regions`, no DR mode) gets one question: it has put parts in several regions, so a regional failure is in view, yet each part lives in one region and nothing takes over.',
            'Without such a target, a design that states it runs in one region (`deployment.mode: single`, or exactly one region in `deployment.regions`) and states neither `rto` nor `rpo` gets one question: is the regional outage accepted? Stating an RTO or RPO answers it (dr/rpo-unmet and the others weigh it then).',
            'Without such a target, a design with no client (a batch or pipeline started by a schedule, as avail/no-timeout reads it) is not asked: no request waits through a regional outage, and the run starts again when its region is back.',
            'The finding is about the design as a whole (the `deployment` block), listing the connections that cross regions.',
            'A design whose source limits its scope to one region (`requirements { out_of_scope: [multi_region] }`) is not asked about a regional outage: the source put it outside what it describes (it may point to a multi-region design as a next step).',
            'A design that states it is not built for high availability (`requirements { out_of_scope: [high_availability] }`) has accepted a regional outage: the review does not run the rules that judge surviving the loss of an instance, a zone or a region on it (`meta.instanceLoss`).'
        ],
        examples: {
            flagged: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east] }',
            fixed: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east, us_west], mode: active_passive }'
        }
    },
    check({ design, index, options, report }) {
        if (isMultiRegion(design) || statesOneRegionOnly(design)) {
            return;
        }
        const target = availabilityTarget(design);
        if (target === undefined || target < options.availability) {
            // With no client, no request waits through the outage: a batch started by a schedule runs again when its region is back.
            if (index.ofKind('client').length === 0) {
                return;
            }
            reportSpanWithoutFailover(design, report);
            reportStatedOneRegion(design, report);
            return;
        }
        const regions = regionsOf(design);
        // No region named and no mode: one region is the reading of silence, not a stated fact (unknown is not worst case).
        const unsaid = regions.length === 0 && regionModeOf(design) === undefined;
        report({
            on: design,
            messageId: unsaid ? 'regionUnsaid' : 'singleRegion',
            data: { target: formatPercent(target), where: regions.length === 1 ? `one region (${regions[0]})` : 'one region', budget: downtimePerYear(target) },
            ...(unsaid ? {
                severity: 'info' as const,
                basis: 'assumed' as const,
                assumptions: [{ element: design.name, text: 'the design runs in one region (it names none)', settle: 'deployment.regions and deployment.mode' }]
            } : {}),
            fix: {
                kind: 'set-settings',
                title: 'Add a standby region (active-passive)',
                settings: 'deployment',
                properties: [{ key: 'regions', value: `[${regions[0] ?? 'primary'}, ${secondRegionFor(design)}]` }, { key: 'mode', value: 'active_passive' }]
            }
        });
    }
});

/**
 * The design says it runs in one region (`mode: single`, or one region
 * listed) and names no recovery objective: the author put the regional
 * outage in view without saying it is accepted, so one question. A design
 * that names no region is not asked (most run in one by choice).
 */
function reportStatedOneRegion(design: Design, report: (report: Report) => void): void {
    const deployment = design.settings.deployment;
    const listed = deployment?.properties.words('regions') ?? [];
    const statesOne = regionModeOf(design) === 'single' || (listed.length === 1 && regionsOf(design).length === 1);
    const objectives = deployment?.properties.has('rto') === true || deployment?.properties.has('rpo') === true;
    if (!statesOne || objectives || crossesBetweenParts(design)) {
        return;
    }
    const regions = regionsOf(design);
    report({
        on: design,
        messageId: 'statedOneRegion',
        data: { where: regions.length === 1 ? `one region (${regions[0]})` : 'one region' },
        severity: 'info',
        basis: 'stated',
        fix: {
            kind: 'set-settings',
            title: 'Add a standby region (active-passive)',
            settings: 'deployment',
            properties: [{ key: 'regions', value: `[${regions[0] ?? 'primary'}, ${secondRegionFor(design)}]` }, { key: 'mode', value: 'active_passive' }]
        }
    });
}

function crossesBetweenParts(design: Design): boolean {
    return design.connections.some(crossesBetweenOwnParts);
}

/** The design's own parts talk across regions, and nothing fails over: one question. */
function reportSpanWithoutFailover(design: Design, report: (report: Report) => void): void {
    const crossing = design.connections.filter(crossesBetweenOwnParts);
    if (crossing.length === 0) {
        return;
    }
    report({
        on: design,
        messageId: 'spansRegions',
        data: { links: joinWords(crossing.map((connection) => `${connection.source.name}->${connection.target.name}`)), cross: crossing.length === 1 ? 'crosses regions' : 'cross regions', them: crossing.length === 1 ? 'it' : 'them' },
        severity: 'info',
        basis: 'stated',
        related: relatedOf(crossing.map((connection) => ({ on: connection, note: `${connection.source.name}->${connection.target.name}: crosses_region` })))
    });
}

const OUTSIDE_KINDS = new Set(['client', 'external']);

function crossesBetweenOwnParts(connection: Connection): boolean {
    return connection.properties.boolean('crosses_region') === true
        && !OUTSIDE_KINDS.has(connection.source.kind) && !OUTSIDE_KINDS.has(connection.target.kind)
        && !connection.source.foreign && !connection.target.foreign;
}

/** A placeholder name for the region to add, for the author to change. */
function secondRegionFor(design: Design): string {
    return regionsOf(design)[0] === 'secondary' ? 'standby' : 'secondary';
}
