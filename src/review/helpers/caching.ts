/**
 * Whether reads of a store are served by a cache, as rules.md defines it: its
 * engine is a cache engine, or every component reading it reads a cache
 * itself, or every client path to that reader passes a CDN.
 */
import type { Component, Connection, Design } from '../../model/design.js';
import { type DesignIndex, indexOf } from '../../model/design-index.js';
import { trafficOf } from '../graph/traffic.js';
import { isStoreToStoreCopy } from '../../model/component-facts.js';

export function readsData(connection: Connection): boolean {
    return connection.mode === 'sync' && connection.access !== 'writes';
}

/** The synchronous connections that read a store (a store-to-store link is replication, not a reader). */
export function readersOf(store: Component, index: DesignIndex): Connection[] {
    return index.incoming(store).filter((connection) => readsData(connection) && !isStoreToStoreCopy(connection));
}

/** Walks the client paths once per design, so judging every store stays linear. */
export class CacheCoverage {
    /** Components a client reaches on some synchronous path with no CDN before them. */
    private readonly pastNoCdn: ReadonlySet<Component>;
    private readonly readsCache = new Map<Component, boolean>();
    private readonly index: DesignIndex;

    constructor(design: Design) {
        this.index = indexOf(design);
        this.pastNoCdn = trafficOf(design).reachableUnguarded((component) => component.kind === 'cdn');
    }

    /** The readers of `store` that no cache serves; empty when it is served. */
    unservedReaders(store: Component): Component[] {
        if (store.engine?.kinds.includes('cache')) {
            return [];
        }
        const readers = new Set(readersOf(store, this.index).map((connection) => connection.source));
        return [...readers].filter((reader) => this.pastNoCdn.has(reader) && !this.readsACache(reader));
    }

    isServed(store: Component): boolean {
        return this.unservedReaders(store).length === 0;
    }

    private readsACache(reader: Component): boolean {
        let reads = this.readsCache.get(reader);
        if (reads === undefined) {
            reads = this.index.outgoing(reader).some((connection) => connection.target.kind === 'cache' && readsData(connection));
            this.readsCache.set(reader, reads);
        }
        return reads;
    }
}

const coverages = new WeakMap<Design, CacheCoverage>();

export function cacheCoverageOf(design: Design): CacheCoverage {
    let coverage = coverages.get(design);
    if (!coverage) {
        coverage = new CacheCoverage(design);
        coverages.set(design, coverage);
    }
    return coverage;
}
