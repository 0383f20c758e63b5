import type { Design } from '../../../model/design.js';
import type { PlainValue } from '../../../model/property-bag.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { countText, isDeclared, settingValue } from '../../helpers/perf-settings.js';
import { frontServices, hasHeadroom } from '../../helpers/front-tier.js';
import { inScope } from '../../../model/out-of-scope.js';

export default defineRule({
    meta: {
        id: 'perf/no-load-testing',
        section: 'performance-testing',
        severity: 'info',
        description: '`requirements.peak_rps` is set and no load test is declared (`testing.load`).',
        rationale: 'A peak load written in the requirements is a promise; a load test at that rate is the only evidence the design keeps it. Estimates miss connection pool limits, lock contention, garbage collection pauses and slow queries that only show under load. Load-test at the expected peak before launch and after changes that matter, with the latency and error-rate targets as pass criteria.',
        question: 'Which load test shows {design} holding its expected peak, and what breaks first beyond it?',
        messages: {
            missing: 'Design {name} expects {peak} requests per second at peak and declares no load test: which test shows it holds that load before real users bring it?',
            belowPeak: 'Design {name} load-tests at {tested} requests per second, below the {peak} it expects at peak: when is the peak itself tried?'
        },
        fix: 'Sets `load` in the `testing` block to the expected peak (`testing { load: 20k }`).',
        references: ['AWS Well-Architected PERF05-BP04 Load test your workload'],
        decisions: [
            'Only designs that state `requirements.peak_rps` are judged: without a peak there is no load to test against.',
            'A load test is declared by `testing.load` (`true`, a tool, or the rate tested) or by a `load` stage in `deployment.tests`. `load: false` (or `none`) states that the design does not load-test, a decision its source made and explained (traffic at its scale cannot be simulated, changes are tried on live traffic first): the question the rule asks is answered, so it is not asked.',
            'A missing load test is asked only where the design takes up how it is tested (a `testing` block): load testing is delivery practice, and a design that states a peak and no test plan (a scaling retrospective whose peak is the load it already serves, an interview design\'s estimate, even one that promises an availability target) describes its structure, not its test plan. Unknown is not worst case; field-corpus reviewers called the question noise on all 9 such designs (5 without a target, round 18; 4 with one, round 22).',
            'A tested rate (`load: 10k`) below `peak_rps` is reported too: a test exists, but not at the peak.',
            'A design whose every front service (the services clients reach first) is sized for twice the peak or more is not asked for a missing test: the estimates put it at half its capacity or less at peak (on `capacity_rps`, written or the engine\'s or kind\'s default), the headroom `scale/no-autoscaling` lets pass too. The question a load test answers, whether the peak holds, has a wide margin there; a tested rate below the peak is still reported.'
        ],
        quality: {
            grouping: 'One design-wide finding: load testing is one decision.',
            basis: 'Stated: `peak_rps` and the testing settings; the tested rate is compared with the stated peak.',
            unknowns: 'Without a stated peak there is nothing to test against: no finding. A design with no `testing` block is not asked for a load test (its test plan is not its subject), whatever availability it promises. A stated `load: false` is the design\'s answer, not an unknown: not asked. A front tier the estimates put at half its capacity or less at peak is not asked.',
            severity: 'Information: a question. On the tuning corpus (73 designs) all 6 of its findings were judged beside the point; the 5 on designs with neither a testing block nor an availability target (scaling retrospectives, interview designs) are no longer asked. On 133 designs (round 22) the 4 left, all on interview write-ups that promise a target and say nothing of testing, were noise: a design with no `testing` block is no longer asked. This departs from the contract\'s first-draft example (docs/review-quality.md says why).'
        },
        examples: {
            flagged: 'requirements { peak_rps: 20k }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https\ntesting { chaos: true }',
            fixed: 'requirements { peak_rps: 20k }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https\ntesting { load: 20k }'
        }
    },
    check({ design, index, traffic, estimates, report }) {
        const peak = design.settings.requirements?.properties.number('peak_rps');
        if (peak === undefined || peak <= 0) {
            return;
        }
        // A front tier sized for twice the peak or more has a wide margin on the question a load test asks.
        const front = inScope(frontServices(index, traffic));
        const headroom = front.length > 0 && front.every((service) => hasHeadroom(service, estimates()));
        const load = settingValue(design, 'testing', 'load');
        const fix: Fix = { kind: 'set-settings', title: `Load-test at the ${countText(peak)} peak`, settings: 'testing', properties: [{ key: 'load', value: countText(peak) }] };
        if (typeof load === 'number' && load > 0 && load < peak) {
            report({ on: design, messageId: 'belowPeak', data: { name: design.name, tested: countText(load), peak: countText(peak) }, fix });
        } else if (takesUpTesting(design) && !isDeclared(load) && !declinedOnPurpose(load) && !loadStageInPipeline(design) && !headroom) {
            report({ on: design, messageId: 'missing', data: { name: design.name, peak: countText(peak) }, fix });
        }
    }
});

/**
 * The design takes up how it is tested (a `testing` block): a peak with no
 * test plan (a scaling retrospective's served peak, an interview estimate,
 * even beside an availability target) is a figure about its structure, not a
 * launch to test for.
 */
function takesUpTesting(design: Design): boolean {
    return design.settings.testing !== undefined;
}

/** `load: false` or `load: none`: the design says it does not load-test, and its reasons are its own. */
function declinedOnPurpose(load: PlainValue | undefined): boolean {
    return load === false || load === 'none';
}

/** `deployment { tests: [unit, load] }`: the pipeline load-tests every release. */
function loadStageInPipeline(design: Design): boolean {
    return design.settings.deployment?.properties.words('tests')?.includes('load') === true;
}
