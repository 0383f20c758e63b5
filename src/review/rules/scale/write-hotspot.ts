import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { combinedBasis, exactRate } from '../../../estimates/figure.js';
import { joinWords, unique } from '../../helpers/wording.js';
import { archDigits } from '../../../model/units.js';

/** Headroom the quick fix leaves over the estimated writes. */
const HEADROOM = 1.5;

export default defineRule({
    meta: {
        id: 'scale/write-hotspot',
        section: 'scaling',
        severity: 'warning',
        description: 'A single-leader database gets more writes than one leader can take, and is not sharded.',
        rationale: 'Read replicas spread reads, not writes: in a single-leader database every write goes through the one leader, however many replicas follow it. When the estimated writes exceed what one node takes, adding replicas does not help; the data must be partitioned (sharded) so that several leaders share the writes, or the writes must go to a store built for them.',
        question: 'What happens when writes to {element} outgrow its single leader, and how would you partition them?',
        messages: {
            hotspot: '{what} gets an estimated {writes} writes at peak, more than its single leader takes ({leader}): replicas do not share writes. Writes: {derivation}.',
            assumed: '{what} would get {writes} writes at peak, more than its single leader takes ({leader}), but only if {assumed}: how many writes does one leader take, and how would you partition them? State {settle} to settle it. Writes: {derivation}.'
        },
        fix: 'Sets `shards` to carry the writes with 50% headroom, and a placeholder `shard_key: id` to replace.',
        references: ['Kleppmann, Designing Data-Intensive Applications, ch. 6 "Partitioning"'],
        decisions: [
            'Only single-leader databases (the default topology) with `shards` 1 or unset are judged; writes come from the estimate (docs/estimates.md), one leader\'s capacity from `capacity_rps`, the engine or the database default.',
            'The derivation lists the writes only, line by line, as they reach the database.',
            'When the leader\'s capacity or the writes rest on a default (the database default, an even split over routes, a peak factor), the finding is a question at information level naming the assumption and the property that settles it.'
        ],
        quality: {
            grouping: 'Per database: each leader has its own write capacity and its own partitioning decision.',
            basis: 'Writes and the leader\'s capacity carry their basis from the estimates; a stated or engine capacity gives a warning, a default makes it an assumed question.',
            unknowns: 'Leaderless, consensus and sharded stores are not judged; an unstated capacity is a question, not a verdict.',
            severity: 'Warning: a single leader taking more writes than it can is a gap a reviewer raises; information when a figure is assumed.'
        },
        examples: {
            flagged: 'requirements { peak_rps: 40k, read_ratio: 1 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { min: 3, max: 60 } }\ndatabase Db { engine: postgres, replicas: 3, failover: auto }\nU -> Lb -> Api : https\nApi -> Db : sql, tls, writes',
            fixed: 'requirements { peak_rps: 40k, read_ratio: 1 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { min: 3, max: 60 } }\ndatabase Db { engine: postgres, replicas: 3, failover: auto, shards: 4, shard_key: user_id }\nU -> Lb -> Api : https\nApi -> Db : sql, tls, writes'
        }
    },
    check({ estimates, report }) {
        for (const [component, estimate] of estimates().components) {
            const leader = estimate.writeCapacity;
            if (component.kind !== 'database' || component.foreign || !estimate.load || !leader || (component.properties.number('shards') ?? 1) > 1 || estimate.load.writes <= leader.value) {
                continue;
            }
            const shards = Math.max(2, Math.ceil((estimate.load.writes * HEADROOM) / leader.value));
            const basis = combinedBasis(estimate.load.writeFigure, leader);
            const assumptions = basis.assumptions ?? [];
            report({
                on: component,
                messageId: assumptions.length > 0 ? 'assumed' : 'hotspot',
                data: {
                    what: describe(component),
                    writes: exactRate(estimate.load.writes),
                    leader: exactRate(leader.value),
                    derivation: estimate.load.writeFigure.derivation,
                    assumed: joinWords(assumptions.map((assumption) => assumption.text)),
                    settle: joinWords(unique(assumptions.map((assumption) => `\`${assumption.settle}\``)), 'or')
                },
                basis: basis.basis,
                assumptions: assumptions.length > 0 ? assumptions : undefined,
                fix: { kind: 'set-properties', title: `Shard ${component.name} in ${archDigits(shards)}`, target: component, properties: [{ key: 'shards', value: archDigits(shards) }, { key: 'shard_key', value: 'id' }] }
            });
        }
    }
});
