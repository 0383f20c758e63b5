/** Reads routed to replicas that lag their leader, as the `cap` rules judge them. */
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { isStoreToStoreCopy } from '../../model/component-facts.js';
import { readsFrom } from './writes.js';

/** Where replica reads go, as messages say it; `leader` is absent because leader reads are fresh. */
const READ_TARGET: Readonly<Record<string, string>> = { replica: 'the replicas', any: 'any replica' };

const LAGGING_REPLICATION: Readonly<Record<string, string>> = { async: 'asynchronously', semi_sync: 'semi-synchronously' };

/** Without a leader there is nothing better to read from; consistency is then the store's own, judged elsewhere. */
const LEADERLESS_TOPOLOGIES: ReadonlySet<string> = new Set(['leaderless', 'consensus']);

/** `the replicas` when the connection reads from replicas, else undefined (the leader, or no reads). */
export function replicaReadTarget(connection: Connection): string | undefined {
    const readFrom = connection.properties.string('read_from');
    if (readFrom === undefined || !readsFrom(connection)) {
        return undefined;
    }
    return READ_TARGET[readFrom];
}

/** `asynchronously` when the database has a leader whose replicas lag it, else undefined. */
export function laggingReplication(database: Component): string | undefined {
    const topology = database.properties.string('topology');
    if (topology !== undefined && LEADERLESS_TOPOLOGIES.has(topology)) {
        return undefined;
    }
    const replication = database.properties.string('replication');
    return replication === undefined ? undefined : LAGGING_REPLICATION[replication];
}

/** A read of a database's lagging replicas: the connection, where it reads, and how the replicas lag. */
export interface LaggingRead {
    readonly database: Component;
    readonly connection: Connection;
    /** `the replicas`, `any replica`. */
    readonly readTarget: string;
    /** `asynchronously`, `semi-synchronously`. */
    readonly replication: string;
}

/** Every connection that reads a database's replicas while they lag its leader. */
export function laggingReads(index: DesignIndex): LaggingRead[] {
    return index.ofKind('database').flatMap((database) => {
        const replication = laggingReplication(database);
        if (replication === undefined) {
            return [];
        }
        return index.incoming(database).flatMap((connection) => {
            const readTarget = replicaReadTarget(connection);
            return readTarget === undefined ? [] : [{ database, connection, readTarget, replication }];
        });
    });
}

/**
 * A database fed by replication from another drawn database (a connection
 * between the two): it is itself the replica of that database, which holds
 * the same data, so its loss neither loses data nor leaves the data without
 * a copy that can serve.
 */
export function isReplicaDatabase(component: Component, index: DesignIndex): boolean {
    return component.kind === 'database' && index.incoming(component).some((connection) => connection.source.kind === 'database' && isStoreToStoreCopy(connection));
}

/** A database that feeds another drawn database by replication (a primary with its replica drawn). */
export function feedsReplicaDatabase(component: Component, index: DesignIndex): boolean {
    return component.kind === 'database' && index.outgoing(component).some((connection) => connection.target.kind === 'database' && isStoreToStoreCopy(connection));
}

/**
 * A database fed by replication from another drawn database of the same
 * region: the read replicas of that primary. A copy fed across regions is a
 * disaster-recovery target whose promotion is a decision of its own.
 */
export function isLocalReplicaDatabase(component: Component, index: DesignIndex): boolean {
    const feeds = index.incoming(component).filter((connection) => connection.source.kind === 'database' && isStoreToStoreCopy(connection));
    return component.kind === 'database' && feeds.length > 0 && feeds.every((connection) => connection.properties.boolean('crosses_region') !== true);
}
