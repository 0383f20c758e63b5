import { defineRule } from '../../rule.js';
import { describe, OBSERVER_KINDS } from '../../../model/component-facts.js';
import { decisionScope, relatedOf } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';

export default defineRule({
    meta: {
        id: 'meta/unconnected-component',
        severity: 'info',
        description: 'A component with no connection at all.',
        rationale: 'A component nothing talks to and that talks to nothing is either forgotten in the diagram or not part of the design. Every rule that follows traffic (single points of failure, caches, authentication) silently skips it, so the review of that part of the design is empty. Monitoring and logging are exempt: they observe everything.',
        messages: {
            unconnected: '{what} has no connection: who calls it, and what does it call? Until it is connected (or removed) no rule can judge how it is used.',
            unconnectedEach: '{count} components have no connection ({names}): who calls them, and what do they call? Until they are connected (or removed) no rule can judge how they are used.'
        },
        decisions: [
            'Connections from other designs (written there as `ThisDesign.Name`) count as connections.',
            'Info, a question: a component drawn with no connection is a gap in the drawing, not a risk the stated facts show. Published designs often draw a component for context without saying who calls it, and the finding asks for the connection rather than warning about the system.',
            'Several unconnected components are one finding listing them: they are one gap in how the drawing was made, settled in one pass (field corpus, round 23: five components a write-up names without their callers were five findings, all judged noise).'
        ],
        examples: {
            flagged: 'service Api\ndatabase Orphan\nservice Web\nWeb -> Api',
            fixed: 'service Api\ndatabase Orphan\nservice Web\nWeb -> Api\nApi -> Orphan'
        }
    },
    check({ design, index, report }) {
        const unconnected = design.components.filter((component) => !OBSERVER_KINDS.has(component.kind) && !component.referencedByOtherDesigns && index.incoming(component).length === 0 && index.outgoing(component).length === 0);
        if (unconnected.length === 1) {
            report({ on: unconnected[0], messageId: 'unconnected', data: { what: describe(unconnected[0]) } });
        } else if (unconnected.length > 1) {
            const related = relatedOf(unconnected.map((component) => ({ on: component, note: `${describe(component)}: no connection` })));
            report({ on: decisionScope(design, unconnected), messageId: 'unconnectedEach', data: { count: String(unconnected.length), names: listOf(unconnected) }, related });
        }
    }
});
