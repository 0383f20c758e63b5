/**
 * A Compose service or a workload that states no count runs one container
 * (Compose's default scale, Kubernetes's default `spec.replicas`), which the
 * language reads the same way when `replicas` is left out, so the count is
 * not written. The exception is an engine that a design leaving its count
 * out is read as running as a cluster (Kafka, Cassandra): for it, the file's
 * one container is written, or the review would read a cluster the file
 * does not run.
 */
import { EngineCatalog } from '../engine-catalog/engine-catalog.js';
import type { ImportedProperty, Provenance } from './imported-system.js';

export function withDefaultCount(stated: readonly ImportedProperty[], engine: string | undefined, from: Provenance, note: string): ImportedProperty[] {
    if (stated.length > 0 || engine === undefined || EngineCatalog.builtIn().get(engine)?.clustered !== true) {
        return [...stated];
    }
    return [{ key: 'replicas', value: 1, from, note }];
}
