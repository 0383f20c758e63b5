/** The rules of the 'dr' group, in catalog order. */
import type { AnyRule } from '../../rule.js';

export const RULES: readonly AnyRule[] = [];
