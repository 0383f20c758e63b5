/** `replicas: many` in the estimates: the count is assumed (two), and said to be. */
import { expect } from 'chai';
import { DEFAULT_ESTIMATE_SETTINGS } from '../../src/estimates/estimate-defaults.js';
import { estimateDesign } from '../../src/estimates/estimate-design.js';
import { asDesign } from '../helpers/rule-tester.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('estimates of a fleet whose count is not stated (replicas: many)', () => {
    it('count two instances, mark the capacity as resting on an assumed count, and leave stated counts alone', async () => {
        const design = (await buildWorkspace(asDesign('requirements { peak_rps: 1k }\nclient U\nservice Fleet { replicas: many, capacity_rps: 2k }\nservice Three { replicas: 3, capacity_rps: 2k }\nU -> Fleet\nU -> Three'))).design('T');
        const estimates = estimateDesign(design, DEFAULT_ESTIMATE_SETTINGS);
        const of = (name: string) => [...estimates.components].find(([component]) => component.name === name)?.[1];
        expect(of('Fleet')?.capacity?.value).to.equal(4_000);
        expect(of('Fleet')?.capacity?.derivation).to.equal('2 replicas (replicas: many, count assumed) × 2k/s (stated) = 4k/s');
        expect(of('Fleet')?.instanceCountAssumed).to.equal(true);
        expect(of('Three')?.instanceCountAssumed).to.equal(false);
        expect(of('Three')?.capacity?.derivation).to.equal('3 replicas × 2k/s (stated) = 6k/s');
        expect(of('Fleet')?.availability.derivation).to.match(/\^2 = .*replicas: many, count assumed\)$/);
        expect(of('Three')?.availability.derivation).to.not.contain('assumed');
    });
});
