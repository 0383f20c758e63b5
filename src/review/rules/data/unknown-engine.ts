import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { joinWords, unique } from '../../helpers/wording.js';
import { inScope } from '../../../model/out-of-scope.js';

/** How many engine ids the design-wide message names before it says "and N more". */
const LISTED = 5;

export default defineRule({
    meta: {
        id: 'data/unknown-engine',
        section: 'data-store',
        severity: 'info',
        description: 'An engine that is not in the knowledge base.',
        rationale: 'ArchLens knows what `postgres`, `redis` or `kafka` imply (replication, consistency, default eviction, availability). An engine it does not know brings no facts, so the rules fall back to what the design states and to the defaults of the kind. Describe the engine under `engines` in `.archlens.json` to teach it.',
        question: 'What do the unknown engines behind {element} guarantee about replication, failover and consistency?',
        messages: {
            unknown: "Unknown engine '{engine}' on {what}: no facts are known about it, so the defaults of a {kind} apply.{hint}",
            unknownEngines: 'No facts are known about the engines {engines}, used by {count} components: the defaults of each component\'s kind apply. Describe them under "engines" in .archlens.json.'
        },
        quality: {
            grouping: 'Teaching ArchLens the engines it does not know is one decision: the untaught engines are one design-wide finding listing each component; only a likely typo stays on its own component.',
            basis: 'It uses no figures: it says which components fall back to the defaults of their kind, which other findings then mark as assumed.',
            unknowns: 'An unknown engine is not treated as unsafe: the rules read what the design states and ask about the rest. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed.',
            severity: 'Info: a question of completeness, never a flaw in the design (on the field corpus its findings are noise a reviewer would not raise in a review).'
        },
        decisions: [
            'A name close to a known engine is a typo: it is reported on its component, with the engine it probably means.',
            'Other unknown engines are one decision (teach ArchLens about them in `.archlens.json`): two or more components with such engines give one design-wide finding that lists them, with each component as a related location.'
        ],
        examples: {
            flagged: 'service Api\ndatabase Db { engine: postgress }\nApi -> Db',
            fixed: 'service Api\ndatabase Db { engine: postgres }\nApi -> Db'
        }
    },
    check({ design, report }) {
        const unknown = inScope(design.components).filter((component) => component.engine !== undefined && !component.engine.known);
        const typos = unknown.filter((component) => component.engine?.suggestion !== undefined);
        const untaught = unknown.filter((component) => component.engine?.suggestion === undefined);
        for (const component of typos) {
            report({ on: component, messageId: 'unknown', data: unknownData(component, ` Did you mean '${component.engine?.suggestion}'?`) });
        }
        if (untaught.length === 1) {
            report({ on: untaught[0], messageId: 'unknown', data: unknownData(untaught[0], ' Describe it under "engines" in .archlens.json.') });
        } else if (untaught.length > 1) {
            report({
                on: design,
                messageId: 'unknownEngines',
                data: { engines: engineList(untaught), count: untaught.length },
                related: untaught.map((component) => ({ on: component, message: `${describe(component)}: engine '${component.engine?.id}'` }))
            });
        }
    }
});

function unknownData(component: Component, hint: string): Record<string, string> {
    return { engine: component.engine?.id ?? '', what: describe(component), kind: component.kind, hint };
}

/** `'a', 'b' and 'c'`, or the first few and how many more. */
function engineList(components: readonly Component[]): string {
    const ids = unique(components.map((component) => `'${component.engine?.id}'`));
    const shown = ids.slice(0, LISTED);
    return ids.length > LISTED ? `${shown.join(', ')} and ${ids.length - LISTED} more` : joinWords(shown);
}
