/**
 * A practice a deployment states some of its components lack (`health_check:
 * false`, `resource_limits: false`) is one decision for the deployment:
 * reported once over several components (or each, where peers differ, as
 * reportDecision decides), with a fix that states the practice on each.
 */
import type { Component, Design } from '../../model/design.js';
import type { ComponentPropertyKey } from '../../model/property-keys.js';
import { describe } from '../../model/component-facts.js';
import type { Report } from '../rule-context.js';
import { decisionScope, reportDecision } from './one-decision.js';
import { namesOf } from './wording.js';

export interface StatedGap {
    /** The components stated to lack the practice. */
    readonly affected: readonly Component[];
    /** How many components the decision covers (see reportDecision). */
    readonly peers: number;
    /** The flag the fix sets to true. */
    readonly property: ComponentPropertyKey;
    readonly messageIds: { readonly one: string; readonly several: string };
    /** What each lacks, for its related location: `no health probe`. */
    readonly lacks: string;
    /** The fix's title before what it applies to: `Probe the health of` (… `Api`, … `3 components`). */
    readonly fixTitle: string;
}

/** The messages get `{what}` (one), or `{count}` and `{components}` (several). */
export function reportStatedGap(report: (report: Report) => void, design: Design, gap: StatedGap): void {
    const { affected, property } = gap;
    reportDecision(report, {
        affected: affected.map((component) => ({ on: component, note: `${describe(component)}: ${gap.lacks}` })),
        peers: gap.peers,
        once: {
            on: decisionScope(design, affected),
            messageId: gap.messageIds.several,
            data: { count: affected.length, components: namesOf(affected) },
            basis: 'stated',
            fix: { kind: 'set-properties-each', title: `${gap.fixTitle} ${affected.length} components`, targets: affected, properties: [{ key: property, value: 'true' }] }
        },
        each: ({ on }) => {
            const component = on as Component;
            return { on: component, messageId: gap.messageIds.one, data: { what: describe(component) }, basis: 'stated', fix: { kind: 'set-properties', title: `${gap.fixTitle} ${component.name}`, target: component, properties: [{ key: property, value: 'true' }] } };
        }
    });
}
