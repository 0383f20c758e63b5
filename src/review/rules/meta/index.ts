/** The language's own rules that read the design model. */
import type { AnyRule } from '../../rule.js';
import { suppressionWithoutReason, unusedSuppression } from '../../helpers/suppression-directives.js';
import unconnectedComponent from './unconnected-component.js';

export const RULES: readonly AnyRule[] = [unconnectedComponent, unusedSuppression, suppressionWithoutReason];
