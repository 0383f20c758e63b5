/** The rules of the 'dr' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import rpoUnmet from './rpo-unmet.js';
import backupNotOffsite from './backup-not-offsite.js';
import noBackup from './no-backup.js';
import noRtoRpo from './no-rto-rpo.js';
import singleRegion from './single-region.js';
import ephemeralStorage from './ephemeral-storage.js';

export const RULES: readonly AnyRule[] = [noBackup, ephemeralStorage, backupNotOffsite, singleRegion, rpoUnmet, noRtoRpo];
