/** The rules of the 'observe' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import noMonitoring from './no-monitoring.js';

export const RULES: readonly AnyRule[] = [noMonitoring];
