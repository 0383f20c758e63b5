/** The rules of the 'micro' group, in catalog order. */
import type { AnyRule } from '../../rule.js';

export const RULES: readonly AnyRule[] = [];
