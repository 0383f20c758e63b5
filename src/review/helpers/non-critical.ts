/**
 * Components the source states may fail without harm (`critical: false`: a
 * jump box that only deploys, an analytics store whose failure "will not
 * affect online transactions"), and the workers whose only work is to feed
 * them: rules that weigh what a failure stops read them here.
 */
import type { Component } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

/** Stated `critical: false`: its loss is accepted by the source. */
export function isNotCritical(component: Component): boolean {
    return component.properties.boolean('critical') === false;
}

/** Everything it writes to (every connection that is not a read) is stated `critical: false`, and it writes to something. */
export function writesOnlyToNonCritical(component: Component, index: DesignIndex): boolean {
    const writes = index.outgoing(component).filter((connection) => connection.access !== 'reads');
    return writes.length > 0 && writes.every((connection) => isNotCritical(connection.target));
}
