import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';

export default defineRule({
    meta: {
        id: 'data/unknown-engine',
        section: 'data-store',
        severity: 'info',
        description: 'An engine that is not in the knowledge base.',
        rationale: 'ArchLens knows what `postgres`, `redis` or `kafka` imply (replication, consistency, default eviction, availability). An engine it does not know brings no facts, so the rules fall back to what the design states and to the defaults of the kind. Describe the engine under `engines` in `.archlens.json` to teach it.',
        question: 'What does the engine of {element} guarantee about replication, failover and consistency?',
        messages: {
            unknown: "Unknown engine '{engine}' on {what}: no facts are known about it, so the defaults of a {kind} apply.{hint}"
        },
        examples: {
            flagged: 'service Api\ndatabase Db { engine: postgress }\nApi -> Db',
            fixed: 'service Api\ndatabase Db { engine: postgres }\nApi -> Db'
        }
    },
    check({ design, report }) {
        for (const component of design.components) {
            const engine = component.engine;
            if (engine && !engine.known) {
                const hint = engine.suggestion ? ` Did you mean '${engine.suggestion}'?` : ' Describe it under "engines" in .archlens.json.';
                report({ on: component, messageId: 'unknown', data: { engine: engine.id, what: describe(component), kind: component.kind, hint } });
            }
        }
    }
});
