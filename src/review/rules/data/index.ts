/** The rules of the 'data' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import engineKindMismatch from './engine-kind-mismatch.js';
import inMemoryPrimaryStore from './in-memory-primary-store.js';
import nosqlForTransactions from './nosql-for-transactions.js';
import storageGrowth from './storage-growth.js';
import unknownEngine from './unknown-engine.js';

export const RULES: readonly AnyRule[] = [nosqlForTransactions, engineKindMismatch, storageGrowth, inMemoryPrimaryStore, unknownEngine];
