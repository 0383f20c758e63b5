/**
 * The rules about suppression comments themselves. The review engine
 * computes them (src/review/suppressions.ts) once every design of a file has
 * been reviewed; these modules carry their metadata for configuration,
 * listings and docs.
 */
import { defineRule } from '../rule.js';

export const unusedSuppression = defineRule({
    meta: {
        id: 'meta/unused-suppression',
        severity: 'warning',
        description: 'A suppression comment that silences nothing, or names an unknown rule.',
        rationale: 'A suppression that matches no finding is stale: the risk it accepted was fixed, moved, or never existed. Left in place, it would silently hide a new finding on that line later. Remove it, or fix the rule id.',
        messages: {
            unused: "'{rule}' reports nothing {where}: remove it from the directive.",
            silencesNothing: 'This directive silences nothing: no finding {where}.',
            unknownRule: "Unknown rule '{rule}'.{hint}"
        },
        decisions: ['A directive naming no rule silences every rule on its line (or file), as in ESLint; it is unused when nothing is reported there.'],
        examples: {
            flagged: '// archlens-disable-next-line avail/single-point-of-failure -- handled by the platform\nservice Api { replicas: 2 }',
            fixed: 'service Api { replicas: 2 }'
        }
    },
    check() {
        // Computed by the review engine across every design of a file.
    }
});

export const suppressionWithoutReason = defineRule({
    meta: {
        id: 'meta/suppression-without-reason',
        severity: 'hint',
        description: 'A suppression comment without a `-- reason`.',
        rationale: 'A suppressed finding is an accepted risk: the review report lists it with its reason so that the next reviewer knows why it was accepted. Without a reason the report can only say that someone silenced it.',
        messages: { missing: 'Say why this risk is accepted: add `-- reason` to the directive; the report lists it under accepted risks.' },
        examples: {
            flagged: 'client U\n// archlens-disable-next-line avail/single-point-of-failure\nservice Api\nU -> Api',
            fixed: 'client U\n// archlens-disable-next-line avail/single-point-of-failure -- a batch tool, downtime is fine\nservice Api\nU -> Api'
        }
    },
    check() {
        // Computed by the review engine across every design of a file.
    }
});
