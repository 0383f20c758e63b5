/**
 * What a finding is attached to, and where that is written: a component's,
 * connection's, transaction's, group's or settings block's name, or the
 * `architecture` header for design-wide findings.
 */
import type { Component, Connection, Design, Group, Journey, Range, Settings, Transaction } from '../model/design.js';

export type ReportTarget = Component | Connection | Transaction | Group | Settings | Journey | Design;

export interface TargetPlace {
    readonly element?: string;
    readonly uri: string;
    readonly range: Range;
}

export function isConnection(target: ReportTarget): target is Connection {
    return 'source' in target && 'target' in target;
}

export function isDesign(target: ReportTarget): target is Design {
    return 'components' in target;
}

export function isTransaction(target: ReportTarget): target is Transaction {
    return 'writes' in target;
}

export function isSettings(target: ReportTarget): target is Settings {
    return !('name' in target);
}

export function placeOf(target: ReportTarget, design: Design): TargetPlace {
    const { uri, nameRange } = target.location;
    return { element: elementName(target, design), uri, range: nameRange };
}

function elementName(target: ReportTarget, design: Design): string | undefined {
    if (isDesign(target)) {
        return undefined;
    }
    if (isConnection(target)) {
        return target.id;
    }
    if (isSettings(target)) {
        return target.kind;
    }
    if ('foreign' in target && target.design !== design.name) {
        return `${target.design}.${target.name}`;
    }
    return target.name;
}
