import { defineRule } from '../../rule.js';
import { describe, OBSERVER_KINDS } from '../../../model/component-facts.js';


export default defineRule({
    meta: {
        id: 'meta/unconnected-component',
        severity: 'info',
        description: 'A component with no connection at all.',
        rationale: 'A component nothing talks to and that talks to nothing is either forgotten in the diagram or not part of the design. Every rule that follows traffic (single points of failure, caches, authentication) silently skips it, so the review of that part of the design is empty. Monitoring and logging are exempt: they observe everything.',
        messages: {
            unconnected: '{what} has no connection: who calls it, and what does it call? Until it is connected (or removed) no rule can judge how it is used.'
        },
        decisions: [
            'Connections from other designs (written there as `ThisDesign.Name`) count as connections.',
            'Info, a question: a component drawn with no connection is a gap in the drawing, not a risk the stated facts show. Published designs often draw a component for context without saying who calls it, and the finding asks for the connection rather than warning about the system.'
        ],
        examples: {
            flagged: 'service Api\ndatabase Orphan\nservice Web\nWeb -> Api',
            fixed: 'service Api\ndatabase Orphan\nservice Web\nWeb -> Api\nApi -> Orphan'
        }
    },
    check({ design, index, report }) {
        for (const component of design.components) {
            if (!OBSERVER_KINDS.has(component.kind) && !component.referencedByOtherDesigns && index.incoming(component).length === 0 && index.outgoing(component).length === 0) {
                report({ on: component, messageId: 'unconnected', data: { what: describe(component) } });
            }
        }
    }
});
