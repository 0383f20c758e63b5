/**
 * A single point of failure the review infers only because a design leaves
 * instance counts unsaid ("states no instance count, which the language reads
 * as a single instance"). On a whiteboard, boxes carry no counts: published
 * answers almost never write them, and an interviewer asks rather than marks
 * down. So in practice such a finding is a question for the candidate — it
 * costs no rubric point and no penalty — while a count stated as one, or a
 * sharded store with no replica, still does.
 */
import { countUnsaid } from '../model/component-facts.js';
import type { Design } from '../model/design.js';
import { indexOf } from '../model/design-index.js';
import type { Finding } from '../model/finding.js';

const SINGLE_POINT_RULE = 'avail/single-point-of-failure';

export function restsOnUnsaidCount(finding: Finding, design: Design): boolean {
    if (finding.rule !== SINGLE_POINT_RULE) {
        return false;
    }
    const index = indexOf(design);
    const named = [finding.element, ...(finding.related ?? []).map((related) => related.element)]
        .flatMap((name) => (name === undefined ? [] : [index.component(name)]))
        .filter((component) => component !== undefined);
    return named.length > 0 && named.every(countUnsaid);
}
