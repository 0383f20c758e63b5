/** The rules of the 'data' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import unknownEngine from './unknown-engine.js';

export const RULES: readonly AnyRule[] = [unknownEngine];
