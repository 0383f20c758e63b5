/** The rules of the 'cache' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import missingCache from './missing-cache.js';
import noEvictionPolicy from './no-eviction-policy.js';
import noTtl from './no-ttl.js';
import stampede from './stampede.js';
import staticWithoutCdn from './static-without-cdn.js';
import writeBehindLoss from './write-behind-loss.js';

export const RULES: readonly AnyRule[] = [missingCache, noEvictionPolicy, noTtl, stampede, writeBehindLoss, staticWithoutCdn];
