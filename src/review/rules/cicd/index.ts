/** The rules of the 'cicd' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import downtimeDeploy from './downtime-deploy.js';
import noAutomatedTests from './no-automated-tests.js';
import noPipeline from './no-pipeline.js';
import noRollback from './no-rollback.js';

export const RULES: readonly AnyRule[] = [noPipeline, noAutomatedTests, downtimeDeploy, noRollback];
