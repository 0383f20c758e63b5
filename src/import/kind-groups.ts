/** Which kinds an import writes which facts for, shared by the Compose and Kubernetes imports. */
import type { ComponentKind } from '../model/design.js';

/** Stores of record that take `volume` (caches hold copies by design, and are not judged for one). */
export const STATEFUL_KINDS: ReadonlySet<ComponentKind> = new Set(['database', 'queue', 'search', 'storage']);

/** Kinds whose published port is where people come in: users are drawn reaching them. */
export const ENTRY_KINDS: ReadonlySet<ComponentKind> = new Set(['service', 'gateway', 'loadbalancer', 'cdn', 'function', 'idp']);

/** Kinds that take `health_check` (the language's schema): a probe of their own instances. */
export const PROBED_KINDS: ReadonlySet<ComponentKind> = new Set(['service', 'worker', 'gateway', 'loadbalancer', 'function', 'cdn', 'dns']);
