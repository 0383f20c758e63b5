/** The rules of the 'cap' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import activeActiveSingleLeader from './active-active-single-leader.js';
import checkThenActOnStaleRead from './check-then-act-on-stale-read.js';
import consumerNotIdempotent from './consumer-not-idempotent.js';
import crossStoreTransaction from './cross-store-transaction.js';
import dualWrite from './dual-write.js';
import lockOnAsyncReplica from './lock-on-async-replica.js';
import lossyDelivery from './lossy-delivery.js';
import multiLeaderNoConflictResolution from './multi-leader-no-conflict-resolution.js';
import readYourWrites from './read-your-writes.js';
import sagaClaimsStrong from './saga-claims-strong.js';
import strongOnEventualStore from './strong-on-eventual-store.js';
import strongReadFromAsyncReplica from './strong-read-from-async-replica.js';
import twoPhaseCommitUnsupportedParticipant from './2pc-unsupported-participant.js';

export const RULES: readonly AnyRule[] = [
    strongReadFromAsyncReplica,
    readYourWrites,
    strongOnEventualStore,
    crossStoreTransaction,
    sagaClaimsStrong,
    twoPhaseCommitUnsupportedParticipant,
    dualWrite,
    consumerNotIdempotent,
    lossyDelivery,
    activeActiveSingleLeader,
    multiLeaderNoConflictResolution,
    lockOnAsyncReplica,
    checkThenActOnStaleRead
];
