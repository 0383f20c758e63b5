/** The rules of the 'micro' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import deepSyncChain from './deep-sync-chain.js';
import entityServiceHub from './entity-service-hub.js';
import noCircuitBreaker from './no-circuit-breaker.js';
import noGateway from './no-gateway.js';
import sharedDatabase from './shared-database.js';
import sharedDatabaseServer from './shared-database-server.js';
import syncCycle from './sync-cycle.js';

export const RULES: readonly AnyRule[] = [sharedDatabase, sharedDatabaseServer, entityServiceHub, syncCycle, deepSyncChain, noGateway, noCircuitBreaker];
