/**
 * Whether a design describes how it is run, read once for the delivery and
 * observability rules (review-quality principle 4, unknown is not worst case).
 *
 * A design that states an availability target has promised to keep the
 * system up, and one with a `deployment`, `operations` or `testing` block or
 * a `monitoring` or `logging` component has started to say how: the
 * questions about pipelines, metrics and logs follow from either. A design
 * that says none of this (a talk about one algorithm, a data-flow sketch)
 * describes its structure only: asking it how it is shipped and watched
 * would be three findings about a subject it never took up.
 */
import type { Design } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { availabilityTarget } from '../../model/component-facts.js';

export function describesOperation(design: Design, index: DesignIndex): boolean {
    return availabilityTarget(design) !== undefined
        || design.settings.deployment !== undefined
        || design.settings.operations !== undefined
        || design.settings.testing !== undefined
        || index.ofKind('monitoring', 'logging').length > 0;
}

