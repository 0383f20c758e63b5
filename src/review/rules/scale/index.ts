/** The rules of the 'scale' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import noReadScaling from './no-read-scaling.js';

export const RULES: readonly AnyRule[] = [noReadScaling];
