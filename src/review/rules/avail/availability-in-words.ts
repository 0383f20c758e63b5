import { defineRule } from '../../rule.js';
import { availabilityTarget } from '../../../model/component-facts.js';
import { joinWords } from '../../helpers/wording.js';
import { availabilityWordsSaid } from '../../helpers/availability-words.js';

export default defineRule({
    meta: {
        id: 'avail/availability-in-words',
        section: 'failure-recovery',
        severity: 'info',
        description: 'The design promises high availability in words ("highly available", "zone-redundant", "fault tolerant"…) but states no availability target, RTO or RPO.',
        rationale: '"Highly available" means nothing a design can be checked against until it has a number: 99.9% allows 43 minutes of downtime a month, 99.99% four. With a target the review can check the request path against it, zones and failover can be sized for it, and a DR drill has an RTO and an RPO to pass or fail. A design that promises availability only in words leaves every one of those questions open.',
        question: 'What availability must {design} reach, how long may an outage last, and how much recent data may it lose?',
        messages: {
            inWords: 'The design speaks of "{words}" ({where}) but states no {missing}: what availability must it reach (requirements.availability), how long may an outage last (deployment.rto), and how much recent data may be lost (deployment.rpo)?'
        },
        references: ['AWS Well-Architected REL13-BP01 Define recovery objectives for downtime and data loss', 'Azure Well-Architected RE:04 Define reliability targets'],
        quality: {
            grouping: 'One question per design, whatever the number of places that speak of availability.',
            basis: 'The words are the design\'s own (its title and the titles and descriptions of its groups); nothing is assumed.',
            unknowns: 'A design that says nothing about availability is not asked (the review cannot tell an ambition it does not state); one that states a target is not asked either, whatever its words.',
            severity: 'Info: it is a question a reviewer opens with, not a gap in the design (2 of 2 raised on the tuning corpus of 37 designs).'
        },
        decisions: [
            'Words: "highly available", "high availability", "HA", "zone-redundant", "multi-AZ", "always on", "fault tolerant", "no single point of failure", "three/four/five nines" and a figure such as "99.9%" or "99.95".',
            'Read in the design\'s title and in the titles and `description` of its systems and networks; component titles describe the component, not the design\'s ambition.',
            'Asked only when `requirements.availability` is not stated; the message names which of the target, `rto` and `rpo` are missing.'
        ],
        examples: {
            flagged: 'architecture Shop "Highly available shop" {\n  client U\n  service Api { replicas: 2 }\n  U -> Api\n}',
            fixed: 'architecture Shop "Highly available shop" {\n  requirements { availability: 99.95% }\n  client U\n  service Api { replicas: 2 }\n  U -> Api\n  deployment { rto: 15m, rpo: 1m }\n}'
        }
    },
    check({ design, report }) {
        if (availabilityTarget(design) !== undefined) {
            return;
        }
        const found = availabilityWordsSaid(design);
        if (found.length === 0) {
            return;
        }
        const [first] = found;
        const deployment = design.settings.deployment?.properties;
        const missing = ['availability target', ...(['rto', 'rpo'] as const).filter((key) => deployment?.has(key) !== true).map((key) => key.toUpperCase())];
        report({ on: design, messageId: 'inWords', data: { words: first.words, where: first.where, missing: joinWords(missing, missing.length > 1 ? 'or' : 'and') }, basis: 'stated' });
    }
});
