import { defineRule } from '../../rule.js';
import { autoscales, describe } from '../../../model/component-facts.js';
import { isDeclared, settingValue } from '../../helpers/perf-settings.js';

export default defineRule({
    meta: {
        id: 'perf/no-spike-testing',
        section: 'performance-testing',
        severity: 'info',
        description: 'The design states a peak, load-tests, autoscales, and declares no spike test (`testing.spike`).',
        rationale: 'Autoscaling reacts to load it has already seen: metrics are sampled, alarms wait for several periods, and new instances take minutes to start and warm up. A sudden spike (a launch, a push notification, a retry storm) arrives in seconds. A spike test shows how long the gap lasts and what users see during it, and whether minimum capacity, scaling steps or queueing need to change.',
        question: 'What do users of {design} see between a sudden spike and the moment autoscaling catches up?',
        messages: {
            noSpikeTest: '{what} autoscale{plural} and no spike test is declared: an autoscaler needs minutes to add instances, a sudden spike arrives in seconds, and nobody knows what users see in between.'
        },
        fix: 'Sets `spike: true` in the `testing` block.',
        references: ['AWS Well-Architected PERF05-BP04 Load test your workload', 'AWS Well-Architected REL07-BP01 Use automation when obtaining or scaling resources'],
        decisions: [
            'The design autoscales when a component declares `autoscale`; serverless engines that scale on their own are not counted (their limits are a question for a later rule).',
            'A spike test is declared by `testing.spike` (`true`, a tool, or the rate of the spike); a stress or load test does not count: it ramps up gradually.',
            'Only designs that state `requirements.peak_rps` are asked: a spike is load beyond a stated peak, and without one the question is a detail.',
            'A design that declares no load test at all is left to `perf/no-load-testing`: how the design is tested under load is one decision, asked once.'
        ],
        quality: {
            grouping: 'One design-wide finding naming the first autoscaling component and how many others: spike testing is one decision.',
            basis: 'Stated: the peak, the autoscaling and the testing settings; no figure is used.',
            unknowns: 'No stated peak, or no load test at all (another rule\'s question), means no finding here.',
            severity: 'Information: a question; on the corpus every finding it made before these conditions was a detail (noise).'
        },
        examples: {
            flagged: 'requirements { peak_rps: 5k }\nclient U\nservice Api { autoscale: { min: 2, max: 20, metric: cpu } }\nU -> Api : https\ntesting { load: 5k }',
            fixed: 'requirements { peak_rps: 5k }\nclient U\nservice Api { autoscale: { min: 2, max: 20, metric: cpu } }\nU -> Api : https\ntesting { load: 5k, spike: true }'
        }
    },
    check({ design, report }) {
        const scaling = design.components.filter(autoscales);
        const peak = design.settings.requirements?.properties.number('peak_rps');
        if (scaling.length === 0 || peak === undefined || !isDeclared(settingValue(design, 'testing', 'load')) || isDeclared(settingValue(design, 'testing', 'spike'))) {
            return;
        }
        const others = scaling.length - 1;
        report({
            on: design,
            messageId: 'noSpikeTest',
            data: { what: others === 0 ? describe(scaling[0]) : `${describe(scaling[0])} and ${others} other component${others === 1 ? '' : 's'}`, plural: others === 0 ? 's' : '' },
            fix: { kind: 'set-settings', title: 'Declare spike tests', settings: 'testing', properties: [{ key: 'spike', value: 'true' }] }
        });
    }
});
