import type { Design } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, formatPercent } from '../../../model/component-facts.js';
import { downtimePerYear } from '../../helpers/downtime.js';
import { isMultiRegion, regionsOf } from '../../../model/regions.js';

interface Options {
    readonly availability: number;
}

export default defineRule<Options>({
    meta: {
        id: 'dr/single-region',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'The availability target is 99.99% or higher and the design runs in one region.',
        rationale: 'Whole regions do fail, for hours, every year or two at one provider or another. 99.99% allows under an hour of downtime a year, so a design that promises it cannot live in one region: it needs a second one, standing by (active-passive) or serving (active-active), with the data replicated there.',
        question: 'What happens to {design} when its whole region goes down, and how long until it serves again?',
        messages: {
            singleRegion: 'The availability target is {target} and the design runs in {where}: one region outage lasts hours, far beyond the {budget} of downtime a year the target allows.'
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
            unknowns: 'Without an availability target nothing is flagged.',
            severity: 'Warning: a gap a reviewer raises for a 99.99% target; no corpus design states one in a single region.'
        },
        decisions: [
            'The target is `requirements.availability`; from the `availability` option (99.99%) up, one region is flagged. Without a target nothing is flagged.',
            'A design runs in several regions when `deployment.regions` lists two or more, when its networks name two or more `region`s, or when `deployment.mode` is active_passive or active_active (both imply a second region).',
            'The finding is about the design as a whole (the `deployment` block).'
        ],
        examples: {
            flagged: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east] }',
            fixed: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east, us_west], mode: active_passive }'
        }
    },
    check({ design, options, report }) {
        const target = availabilityTarget(design);
        if (target === undefined || target < options.availability || isMultiRegion(design)) {
            return;
        }
        const regions = regionsOf(design);
        report({
            on: design,
            messageId: 'singleRegion',
            data: { target: formatPercent(target), where: regions.length === 1 ? `one region (${regions[0]})` : 'one region', budget: downtimePerYear(target) },
            fix: {
                kind: 'set-settings',
                title: 'Add a standby region (active-passive)',
                settings: 'deployment',
                properties: [{ key: 'regions', value: `[${regions[0] ?? 'primary'}, ${secondRegionFor(design)}]` }, { key: 'mode', value: 'active_passive' }]
            }
        });
    }
});

/** A placeholder name for the region to add, for the author to change. */
function secondRegionFor(design: Design): string {
    return regionsOf(design)[0] === 'secondary' ? 'standby' : 'secondary';
}
