import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { inScope } from '../../../model/out-of-scope.js';

export default defineRule({
    meta: {
        id: 'data/unknown-engine',
        section: 'data-store',
        severity: 'info',
        description: 'An engine name that is probably a typo of one in the knowledge base.',
        rationale: 'ArchLens knows what `postgres`, `redis` or `kafka` imply (replication, consistency, default eviction, availability). An engine it does not know brings no facts, so the rules fall back to what the design states and to the defaults of the kind. A name one typo away from a known engine is almost always that engine misspelt: the design then silently loses its facts. Any other engine the knowledge base does not know is not a finding: the review report lists it under Assumptions (the kind\'s defaults were assumed), and hover on the component says so. Describe it under `engines` in `.archlens.json` to teach it.',
        question: 'Is the engine of {element} the one the knowledge base knows under a similar name?',
        messages: {
            unknown: "Unknown engine '{engine}' on {what}: no facts are known about it, so the defaults of a {kind} apply.{hint}"
        },
        quality: {
            grouping: 'A typo is its own component\'s: each misspelt engine is one finding on that component.',
            basis: 'It uses no figures. An engine the knowledge base does not know (and that is no typo) is an assumption, not a finding: the report\'s Assumptions section lists it once, with `.archlens.json` `engines` as what settles it.',
            unknowns: 'An unknown engine is not treated as unsafe: the rules read what the design states and fall back to the kind\'s defaults, which the findings that use them mark as assumed. Components the design draws but does not describe (`out_of_scope: true`) are not judged.',
            severity: 'Info: a likely typo to confirm. On the field corpus, findings about untaught engines were never a concern a reviewer would raise, which is why they moved to the Assumptions section; the one wrong typo question (`sns` read as a typo of `sqs`) is gone: SNS is in the knowledge base, and short acronyms are no longer compared.'
        },
        decisions: [
            'A name close to a known engine is a typo: it is reported on its component, with the engine it probably means.',
            'Names are compared word by word (`azure_blob_storage` is three words): a typo is one misspelt word or one lost or extra separator; a name with a different word (`azure_queue_storage`) is another product, not a typo, and gets no suggestion. Nor does a difference in a word of three letters or fewer: such words are mostly product acronyms one letter apart (`sns` and `sqs`, `ecs` and `eks`), so the difference names another product.',
            'A typo is at most two edits within the misspelt word: three turn one product\'s word into another\'s (`cloudsearch` is not a misspelt `cloudwatch`; field corpus, round 25). Characters no engine id holds (hyphens, dots, spaces, brackets) are not counted: `elastic-search` means `elasticsearch`.',
            'Other unknown engines are not findings: the review report lists them under Assumptions, and hover on the component says the engine is not in the knowledge base.'
        ],
        examples: {
            flagged: 'service Api\ndatabase Db { engine: postgress }\nApi -> Db',
            fixed: 'service Api\ndatabase Db { engine: postgres }\nApi -> Db'
        }
    },
    check({ design, report }) {
        for (const component of inScope(design.components)) {
            const suggestion = component.engine !== undefined && !component.engine.known ? component.engine.suggestion : undefined;
            if (suggestion !== undefined) {
                report({ on: component, messageId: 'unknown', data: unknownData(component, ` Did you mean '${suggestion}'?`) });
            }
        }
    }
});

function unknownData(component: Component, hint: string): Record<string, string> {
    return { engine: component.engine?.id ?? '', what: describe(component), kind: component.kind, hint };
}

