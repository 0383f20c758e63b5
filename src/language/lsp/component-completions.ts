/**
 * Completion items for component references: the own design's components by
 * plain name, other designs' as `Design.Name` (the scope provider resolves
 * exactly these spellings).
 */
import { CompletionItemKind } from 'vscode-languageserver';
import type { Component, Design } from '../../model/design.js';
import type { PropertySchema } from '../../properties/property-schema.js';
import { qualifiedName } from '../arch-naming.js';
import type { DesignRegistry } from '../design-registry.js';
import type { CompletionSlot } from './completion-slots.js';
import { componentSummary } from './component-summary.js';
import type { ProposedItem } from './property-completions.js';

type ReferenceSlot = Extract<CompletionSlot, { kind: 'reference' }>;
type MemberSlot = Extract<CompletionSlot, { kind: 'member' }>;

export class ComponentCompletions {
    constructor(private readonly registry: DesignRegistry, private readonly schema: PropertySchema) {}

    references(slot: ReferenceSlot): ProposedItem[] {
        if (slot.qualifier) {
            const design = this.design(slot.qualifier);
            return this.items(design, (component) => component.name, 0);
        }
        const own = this.design(slot.design);
        const others = this.registry.designNames().filter((name) => name !== slot.design).map((name) => this.design(name));
        return [
            ...this.items(own, (component) => component.name, 0).filter((item) => item.label !== slot.source),
            ...others.flatMap((design) => this.items(design, (component) => qualifiedName(component.design, component.name), 1))
        ];
    }

    /** A connection may start a member: `Api -> Db`. Sorted after the kinds. */
    connectionSources(slot: MemberSlot): ProposedItem[] {
        return this.items(this.design(slot.design), (component) => component.name, 2);
    }

    private design(name: string | undefined): Design | undefined {
        return name ? this.registry.design(name)?.design : undefined;
    }

    private items(design: Design | undefined, label: (component: Component) => string, group: number): ProposedItem[] {
        return (design?.components ?? []).map((component) => ({
            label: label(component),
            kind: CompletionItemKind.Variable,
            detail: component.title ? `${component.kind} "${component.title}"` : component.kind,
            documentation: { kind: 'markdown', value: componentSummary(component, design, this.schema) },
            sortText: `${group}${label(component)}`
        }));
    }
}
