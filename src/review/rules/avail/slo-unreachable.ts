import type { Component, Design } from '../../../model/design.js';
import type { DesignEstimates } from '../../../estimates/estimate-design.js';
import type { Figure } from '../../../estimates/figure.js';
import type { ReportTarget } from '../../report-target.js';
import type { RelatedReport, Report } from '../../rule-context.js';
import type { Assumption, Basis } from '../../../model/finding.js';
import { pathText } from '../../../estimates/estimate-text.js';
import { pathAvailability, reachesAvailability, weakestLinks } from '../../../estimates/availability.js';
import { percent } from '../../../estimates/figure.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, countUnsaid } from '../../../model/component-facts.js';
import { joinWords } from '../../helpers/wording.js';

/** How many of the weakest components a message names. */
const NAMED = 3;

export default defineRule({
    meta: {
        id: 'avail/slo-unreachable',
        section: 'failure-recovery',
        severity: 'error',
        description: 'The estimated availability of the weakest request path is below `requirements.availability`, or a journey\'s path is below its own `availability`.',
        rationale: 'A request succeeds only when every component it passes through is up, so the availability of a path is the product of its components\' availabilities, and it is always lower than the weakest of them. When that product is below the target, no amount of work elsewhere reaches the target: the weakest links need redundancy (more instances with failover, more zones), a more available engine, or the dependency taken off the request path.',
        question: 'Which components keep {design} below its availability target, and which would you make redundant first?',
        messages: {
            unreachable: 'The request path {path} reaches an estimated {estimate}, below the {target} target. Weakest first: {weakest} (estimate: {derivation}).',
            unreachableKnown: 'Even counting {assumed} as never down, the request path {path} reaches at most {estimate} on its stated and engine figures, below the {target} target. Weakest first: {weakest} (estimate: {derivation}).',
            unreachableAssumed: 'With the availability assumed for {assumed}, the request path {path} reaches an estimated {estimate}, below the {target} target: what availability do they have? Stating `availability` on them (or an engine with a published SLA) settles it (estimate: {derivation}).'
        },
        references: ['AWS Well-Architected REL11-BP07 Architect your product to meet availability targets and uptime service level agreements (SLAs)', 'Google SRE book, ch. 3 "Embracing Risk"'],
        quality: {
            grouping: 'One finding per target: the design\'s, on the `requirements` block where it is written, naming the weakest links of the weakest client path as related locations; and each `journey` with its own `availability`, on the journey, over the components it names.',
            basis: 'Each component\'s availability is stated (`availability`, an external\'s `sla`), an engine\'s published SLA, or the kind\'s default (assumed, listed as an assumption to settle with `availability`).',
            unknowns: 'When the path misses the target only because of assumed figures (the path would reach it if every assumed component never failed), the finding is an info question naming them; only stated and engine figures make a finding above info, and an error only when the design\'s own stated figures miss the target (engines\' SLAs are floors: a miss they alone make is a warning). When stated and engine figures alone miss it, the finding says so, gives the estimate with every assumed component counted as never down, and names only stated and engine figures as the weakest links (a global edge given a kind default of 99.5% was once named the weakest link of an error).',
            severity: 'An error: on stated figures a missed target is a failed requirement; when the design\'s own figures alone reach the target and only engines\' published SLAs (a provider\'s floor, not the availability it runs at) make the miss, a warning (round 22: an error whose weakest link was Amazon S3\'s 99.9% SLA under a 99.99% target was judged not to show a failed requirement); built on an assumed figure it is capped at info and asked as a question (the one error on the tuning corpus rested on kind defaults and is gone). On 67 designs (round 11) it asks one question, noise (it restates in numbers the single instances already reported); an estimate equal to the target up to rounding is no longer asked. On 85 designs (round 14): no finding; the two questions whose miss rested only on components with an unsaid count (one wrong, one noise: the single-instance findings again, in numbers) are no longer asked.'
        },
        decisions: [
            'Availability per component: its `availability`, else its engine\'s SLA, else the kind\'s default (one instance: 99.5%, the EC2 instance-level SLA); n instances with automatic failover, or stateless instances behind a balancer, give 1 − (1 − a)ⁿ. See docs/estimates.md.',
            'A path is the product of the components a client\'s synchronous requests pass through; the design\'s availability is its weakest client path. A cache is a soft dependency (reads fall through to the store behind it) and does not count.',
            'A `journey` with an `availability` target is checked the same way over the components it names, in order (its own target may be stricter than the design\'s).',
            'A kind\'s default is an assumption: if the path would reach the target with every assumed component taken as never down, the stated and engine figures do not show a miss, and the finding asks for the assumed figures instead (info).',
            'On assumed figures, a miss that rests only on components that state no instance count (neither `replicas` nor `autoscale`: the path reaches the target when they are taken as never down) is not asked: the default reads their silence as one instance, and how many they run is `avail/single-point-of-failure`\'s question, asked there once; the estimate would restate it in numbers. A miss that remains with a stated count on a default availability (three replicas at 99.5% each) is asked.',
            'On assumed figures, an estimate that rounds to the target as the message writes it (99.9% against 99.9%) is not asked about: the defaults cannot tell so small a gap, and "99.9%, below the 99.9% target" tells the reader nothing.'
        ],
        examples: {
            flagged: 'requirements { availability: 99.95% }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { availability: 99.9% }\nU -> Lb -> Api : https',
            fixed: 'requirements { availability: 99.95% }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3, availability: 99.9% }\nU -> Lb -> Api : https'
        }
    },
    check({ design, estimates, report }) {
        const figures = estimates().components;
        const availabilityOf = (component: Component): number => figures.get(component)?.availability.value ?? 1;
        const target = availabilityTarget(design);
        const estimate = estimates().availability;
        if (target !== undefined && estimate && !reachesAvailability(estimate.value.value, target)) {
            // Where the target is written: a suppression goes above `requirements`.
            reportMiss({ design, report, figures, availabilityOf }, { on: design.settings.requirements ?? design, path: estimate.path, pathText: pathText(estimate), estimate: estimate.value, target });
        }
        for (const journey of design.journeys) {
            const journeyTarget = journey.properties.number('availability');
            // The client is where the request starts, not a component it depends on (as for the design's client paths).
            const path = journey.steps.filter((component) => component.kind !== 'client');
            const value = pathAvailability(design, path, availabilityOf);
            if (journeyTarget !== undefined && path.length > 0 && !reachesAvailability(value.value, journeyTarget)) {
                const steps = journey.steps.map((component) => component.name).join(' → ');
                reportMiss({ design, report, figures, availabilityOf }, { on: journey, path, pathText: `of journey ${journey.name} (${steps})`, estimate: value, target: journeyTarget });
            }
        }
    }
});

interface MissContext {
    readonly design: Design;
    readonly report: (report: Report) => void;
    readonly figures: DesignEstimates['components'];
    readonly availabilityOf: (component: Component) => number;
}

/** A path (the weakest client path, or a journey's) and the target it misses. */
interface Miss {
    readonly on: ReportTarget;
    readonly path: readonly Component[];
    readonly pathText: string;
    readonly estimate: Figure;
    readonly target: number;
}

/** An error when the stated and engine figures alone miss the target, else a question about the assumed ones. */
function reportMiss({ design, report, figures, availabilityOf }: MissContext, { on, path, pathText: text, estimate, target }: Miss): void {
    const counted = path.filter((component) => component.kind !== 'cache');
    const assumed = counted.filter((component) => basisOf(component) === 'assumed');
    // Take every assumed component as never down: if the path still misses, the stated and engine figures alone show it.
    const withoutAssumed = pathAvailability(design, path, (component) => (assumed.includes(component) ? 1 : availabilityOf(component)));
    const missesOnKnownFigures = !reachesAvailability(withoutAssumed.value, target);
    const shared = { path: text, estimate: percent(estimate.value), target: percent(target), derivation: estimate.derivation };
    const related = (components: readonly Component[]): RelatedReport[] => components.map((component) => ({ on: component, message: `${component.name}: ${figures.get(component)?.availability.derivation ?? ''}` }));
    if (missesOnKnownFigures) {
        // The error names only stated and engine figures as its weakest links: when a kind default would be
        // among them, the estimate counts the assumed components as never down, so no guess sizes the error.
        const ranked = weakestLinks(design, path, availabilityOf);
        const namesAssumed = ranked.slice(0, NAMED).some((component) => assumed.includes(component));
        const weakest = ranked.filter((component) => !assumed.includes(component)).slice(0, NAMED);
        const known = namesAssumed ? { ...shared, estimate: percent(withoutAssumed.value), derivation: withoutAssumed.derivation, assumed: joinWords(assumed.map((component) => component.name)) } : shared;
        report({
            on,
            messageId: namesAssumed ? 'unreachableKnown' : 'unreachable',
            data: { ...known, weakest: weakestText(weakest, availabilityOf) },
            related: related(weakest),
            basis: counted.some((component) => basisOf(component) === 'engine') ? 'engine' : 'stated',
            // A provider's SLA is the floor it pays credits under, not the availability it runs at: a miss that only
            // published SLAs make is a gap a reviewer raises, not a requirement the design is shown to fail.
            ...(reachesOnStatedFigures(design, path, target, availabilityOf) ? { severity: 'warning' as const } : {})
        });
        return;
    }
    // On kind defaults, an estimate that shows as the target itself ("99.9%, below the 99.9% target") is no miss to ask about.
    if (shared.estimate === shared.target) {
        return;
    }
    // A miss that rests only on components whose instance count is left unsaid reads the silence as one instance:
    // how many they run is avail/single-point-of-failure's question, asked there; the estimate would only restate it.
    const silent = assumed.filter(countUnsaid);
    if (reachesAvailability(pathAvailability(design, path, (component) => (silent.includes(component) ? 1 : availabilityOf(component))).value, target)) {
        return;
    }
    report({
        on,
        messageId: 'unreachableAssumed',
        data: { ...shared, assumed: joinWords(assumed.map((component) => `${component.name} (${percent(availabilityOf(component))})`)) },
        related: related(assumed),
        basis: 'assumed',
        assumptions: assumed.map((component): Assumption => ({
            element: component.name,
            text: `availability of ${component.name}: ${figures.get(component)?.availability.derivation ?? ''}`,
            settle: 'availability'
        }))
    });
}

/** The path reaches the target when only the design's own figures count (engine SLAs and kind defaults taken as never down). */
function reachesOnStatedFigures(design: Design, path: readonly Component[], target: number, availabilityOf: (component: Component) => number): boolean {
    return reachesAvailability(pathAvailability(design, path, (component) => (basisOf(component) === 'stated' ? availabilityOf(component) : 1)).value, target);
}

/** Where a component's availability comes from: written in the design, its engine's SLA, or the kind's default. */
function basisOf(component: Component): Basis {
    if (component.kind === 'external' && component.properties.number('sla') !== undefined) {
        return 'stated';
    }
    const entry = component.properties.entry('availability');
    if (typeof entry?.value !== 'number') {
        return 'assumed';
    }
    return entry.source === 'engine' ? 'engine' : 'stated';
}

/** `Web and Db (99.5% each), Edge (99.99%)`: the weakest links, lowest availability first. */
function weakestText(components: readonly Component[], availabilityOf: (component: Component) => number): string {
    const byValue = new Map<string, string[]>();
    for (const component of [...components].sort((a, b) => availabilityOf(a) - availabilityOf(b))) {
        const value = percent(availabilityOf(component));
        byValue.set(value, [...(byValue.get(value) ?? []), component.name]);
    }
    return [...byValue].map(([value, names]) => `${joinWords(names)} (${value}${names.length > 1 ? ' each' : ''})`).join(', ');
}
