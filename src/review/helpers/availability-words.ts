/**
 * Where a design promises availability in words ("highly available",
 * "zone-redundant", "99.9%"): avail/availability-in-words asks for the target,
 * RTO and RPO those words leave open, and dr/no-rto-rpo leaves that one
 * question to it rather than asking for RTO and RPO a second time.
 */
import type { Design } from '../../model/design.js';
import { availabilityTarget } from '../../model/component-facts.js';

/** Words that promise availability without a figure; matched case-insensitively, hyphen or space alike. */
const AVAILABILITY_WORDS: readonly RegExp[] = [
    /\bhighly[- ]available\b/i,
    /\bhigh[- ]availability\b/i,
    /\bzone[- ]redundan(?:t|cy)\b/i,
    /\balways[- ]on\b/i,
    /\bfault[- ]toleran(?:t|ce)\b/i,
    /\b(?:three|four|five) nines\b/i,
    /\bmulti[- ](?:AZ|zone)\b/i,
    /\bno single points? of failure\b/i,
    /\bHA\b/,
    /\b99\.9+\s*%?/
];

/** Where a design speaks of itself: its title, and the titles and descriptions of its groups. */
export interface Said {
    readonly where: string;
    readonly text: string;
}

/** Every availability word the design says of itself, with where it says it; first found first. */
export function availabilityWordsSaid(design: Design): { readonly words: string; readonly where: string }[] {
    return saidOf(design).flatMap((said) => wordsIn(said.text).map((words) => ({ words, where: said.where })));
}

/** True when the design promises availability in words and states no target: avail/availability-in-words asks about it. */
export function availabilityOnlyInWords(design: Design): boolean {
    return availabilityTarget(design) === undefined && availabilityWordsSaid(design).length > 0;
}

function saidOf(design: Design): Said[] {
    const said: Said[] = design.title === undefined ? [] : [{ where: 'in its title', text: design.title }];
    for (const group of design.groups) {
        const texts = [group.title, group.properties.string('description')].filter((text): text is string => text !== undefined);
        said.push(...texts.map((text) => ({ where: `in ${group.kind} ${group.name}`, text })));
    }
    return said;
}

/** The availability words a text uses, as written. */
function wordsIn(text: string): string[] {
    return AVAILABILITY_WORDS.flatMap((pattern) => {
        const match = pattern.exec(text);
        return match === null ? [] : [match[0].trim()];
    });
}
