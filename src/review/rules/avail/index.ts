/** The rules of the 'avail' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import sloUnreachable from './slo-unreachable.js';
import availabilityInWords from './availability-in-words.js';
import sharedGlobalDependency from './shared-global-dependency.js';
import manualFailover from './manual-failover.js';
import noHealthCheck from './no-health-check.js';
import noProbe from './no-probe.js';
import noResourceLimits from './no-resource-limits.js';
import blockingDisruptionBudget from './blocking-disruption-budget.js';
import noTimeout from './no-timeout.js';
import queueWithoutDlq from './queue-without-dlq.js';
import reconnectStorm from './reconnect-storm.js';
import retryWithoutIdempotency from './retry-without-idempotency.js';
import singlePointOfFailure from './single-point-of-failure.js';
import singleZone from './single-zone.js';
import slowFailureDetection from './slow-failure-detection.js';

export const RULES: readonly AnyRule[] = [
    singlePointOfFailure, sharedGlobalDependency, singleZone, manualFailover, sloUnreachable, availabilityInWords, noHealthCheck, noProbe, noResourceLimits, blockingDisruptionBudget, slowFailureDetection, retryWithoutIdempotency, noTimeout, queueWithoutDlq, reconnectStorm
];
