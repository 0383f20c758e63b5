/** The rules of the 'sec' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import unencryptedTransport from './unencrypted-transport.js';

export const RULES: readonly AnyRule[] = [unencryptedTransport];
