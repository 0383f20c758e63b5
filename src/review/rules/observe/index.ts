/** The rules of the 'observe' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import noAlerting from './no-alerting.js';
import noCentralLogging from './no-central-logging.js';
import noMonitoring from './no-monitoring.js';
import noTracing from './no-tracing.js';

export const RULES: readonly AnyRule[] = [noMonitoring, noCentralLogging, noAlerting, noTracing];
