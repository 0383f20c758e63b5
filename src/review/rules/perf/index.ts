/** The rules of the 'perf' group, in catalog order (perf/latency-budget comes with the estimates). */
import type { AnyRule } from '../../rule.js';
import latencyBudget from './latency-budget.js';
import noApm from './no-apm.js';
import noLoadTesting from './no-load-testing.js';
import noSpikeTesting from './no-spike-testing.js';
import requestAmplification from './request-amplification.js';

export const RULES: readonly AnyRule[] = [noLoadTesting, noSpikeTesting, latencyBudget, requestAmplification, noApm];
