/**
 * What the design is for (`requirements { purpose: demo }`), as its source
 * states it. A demo, sample, benchmark, proof of concept or teaching example
 * is reviewed for the flaws in what it does, not for the operational and
 * hardening practices a production system adds: the review skips the rules
 * whose meta says `practice: true`.
 */
import type { Design } from './design.js';

export const PURPOSES = ['production', 'demo', 'sample', 'benchmark', 'poc', 'teaching'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The purpose the design states; unstated or unknown words read as production (today's review). */
export function purposeOf(design: Design): Purpose {
    const stated = design.settings.requirements?.properties.string('purpose');
    return (PURPOSES as readonly string[]).includes(stated ?? '') ? (stated as Purpose) : 'production';
}

/** Whether the review judges missing operational and hardening practices (WAF, backups, alerting...). */
export function judgesPractices(design: Design): boolean {
    return purposeOf(design) === 'production';
}

/**
 * The highest severity a finding may have in this design. An error says a
 * reviewer would reject the design (principle 8); a design whose source says
 * it is a demo, sample, benchmark, proof of concept or teaching example is
 * not rejected for what its production deployment would change, so its
 * flaws are raised as warnings at most. On the field corpus's blind sets
 * measured on 2026-12-03, 2 of the 8 errors on such designs were judged
 * right; the rest were local links read as internet hops, a sample's
 * placeholder logins and seed data on throw-away volumes.
 */
export function highestSeverity(design: Design): 'error' | 'warning' {
    return judgesPractices(design) ? 'error' : 'warning';
}

const PURPOSE_NOUNS: Readonly<Record<Purpose, string>> = {
    production: 'production system',
    demo: 'demo',
    sample: 'sample',
    benchmark: 'benchmark',
    poc: 'proof of concept',
    teaching: 'teaching example'
};

/** `a demo`, `a proof of concept`: the purpose as a noun a message can use. */
export function purposeNoun(design: Design): string {
    return PURPOSE_NOUNS[purposeOf(design)];
}
