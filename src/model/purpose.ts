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
