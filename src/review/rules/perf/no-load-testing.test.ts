import { expect } from 'chai';
import { applyWorkspaceEdit } from '../../../../test/helpers/apply-edits.js';
import { asDesign, runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import { buildWorkspace } from '../../../../test/helpers/workspace.js';
import { fixEdits } from '../../../language/fixes/fix-edits.js';
import rule from './no-load-testing.js';

const PEAK = 'requirements { peak_rps: 20k }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https';
const MISSING = 'Design T expects 20k requests per second at peak and declares no load test: which test shows it holds that load before real users bring it?';

testRule(rule, {
    valid: [
        { name: 'regression: the design states it does not load-test (traffic at its scale cannot be simulated)', design: `${PEAK}\ntesting { load: false }` },
        { name: 'a load test at the peak', design: `${PEAK}\ntesting { load: 20k }` },
        { name: 'a load test above the peak', design: `${PEAK}\ntesting { load: 50k }` },
        { name: 'a load test without a stated rate', design: `${PEAK}\ntesting { load: true }` },
        { name: 'a load-testing tool', design: `${PEAK}\ntesting { load: k6 }` },
        { name: 'a load stage in the pipeline', design: `${PEAK}\ndeployment { pipeline: github_actions, tests: [unit, integration, load] }` },
        { name: 'regression: a design silent on its tests and promising no availability (a scaling retrospective, an interview design) is not asked for a load test', design: PEAK },
        { name: 'regression: a pipeline stating its tests but no testing block is not asked', design: `${PEAK}\ndeployment { pipeline: hudson, tests: [automated] }` },
        { name: 'no peak stated', design: 'client U\nservice Api\nU -> Api' },
        // Round 22: the 4 such questions on the field corpus (interview write-ups) were all noise.
        { name: 'regression: a peak with an availability target and no testing block (an interview draft) is not asked for a load test', design: 'requirements { peak_rps: 20k, availability: 99.9% }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https' },
        { name: 'a front tier whose stated capacity is many times the peak (regression: a load test asked of a tier run at a ninth of its capacity)', design: 'requirements { peak_rps: 2k }\nclient U\nloadbalancer Lb { engine: alb }\nservice Web { replicas: 9, capacity_rps: 2k }\nU -> Lb -> Web : https' }
    ],
    invalid: [
        { name: 'a peak and a testing block without load tests', design: `${PEAK}\ntesting { chaos: true }`, findings: [{ severity: 'info', messageId: 'missing', message: MISSING }] },
        { name: 'a front tier the estimates put near its capacity still asked', design: 'requirements { peak_rps: 2k }\nclient U\nloadbalancer Lb { engine: alb }\nservice Web { replicas: 2, capacity_rps: 1500 }\nU -> Lb -> Web : https\ntesting { soak: true }', findings: [{ message: 'Design T expects 2k requests per second at peak and declares no load test: which test shows it holds that load before real users bring it?' }] },
        { name: 'a tested rate below the peak is reported even with headroom', design: 'requirements { peak_rps: 2k }\nclient U\nservice Web { replicas: 9, capacity_rps: 2k }\nU -> Web : https\ntesting { load: 1k }', findings: [{ messageId: 'belowPeak', message: 'Design T load-tests at 1k requests per second, below the 2k it expects at peak: when is the peak itself tried?' }] },
        { name: 'a testing block without load tests', design: `${PEAK}\ntesting { stress: true, spike: true }`, findings: [{ message: MISSING }] },
        { name: 'load tests at a rate of zero', design: `${PEAK}\ntesting { load: 0 }`, findings: [{ message: MISSING }] },
        { name: 'a pipeline without a load stage, and a testing block without load tests', design: `${PEAK}\ndeployment { pipeline: github_actions, tests: [unit] }\ntesting { chaos: true }`, findings: [{ message: MISSING }] },
        {
            name: 'a load test below the peak: information',
            design: `${PEAK}\ntesting { load: 19999 }`,
            findings: [{ severity: 'info', messageId: 'belowPeak', message: 'Design T load-tests at 19999 requests per second, below the 20k it expects at peak: when is the peak itself tried?' }]
        },
        {
            name: 'a peak in millions',
            design: 'requirements { peak_rps: 1.5M }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https\ntesting { load: 1M }',
            findings: [{ message: 'Design T load-tests at 1M requests per second, below the 1.5M it expects at peak: when is the peak itself tried?' }]
        }
    ]
});

describe('perf/no-load-testing: the quick fix', () => {
    it('raises a load test below the peak to the peak', async () => {
        const text = asDesign(`${PEAK}\ntesting { load: 10k, spike: true }`);
        const workspace = await buildWorkspace(text);
        const [finding] = (await runRule(rule, text)).filter((candidate) => candidate.messageId === 'belowPeak');
        const edit = finding.fix ? fixEdits(finding.fix, { documents: workspace.services.shared.workspace.LangiumDocuments, design: workspace.design('T') }) : undefined;
        const fixed = applyWorkspaceEdit({ 'test.arch': text }, edit ?? {})['test.arch'];
        expect(fixed).to.contain('load: 20k');
        expect(await runRule(rule, fixed)).to.deep.equal([]);
    });
});
