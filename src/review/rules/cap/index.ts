/** The rules of the 'cap' group, in catalog order. */
import type { AnyRule } from '../../rule.js';

export const RULES: readonly AnyRule[] = [];
