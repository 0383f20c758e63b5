/** The rules of the 'avail' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import singlePointOfFailure from './single-point-of-failure.js';

export const RULES: readonly AnyRule[] = [singlePointOfFailure];
