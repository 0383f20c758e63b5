/**
 * Completion items for what the schema and the knowledge base know: property
 * keys of the holder at the cursor, the values a key takes, engine ids and
 * the words of a connection's `:` shorthand.
 */
import { type Command, type CompletionItem, CompletionItemKind, InsertTextFormat, type MarkupContent } from 'vscode-languageserver';
import type { EngineCatalog } from '../../engine-catalog/engine-catalog.js';
import type { PropertySchema } from '../../properties/property-schema.js';
import { describeExpected, type PropertySpec } from '../../properties/property-spec.js';
import { SHORTHAND_WORDS } from '../connection-shorthand.js';
import { isComponent } from '../generated/ast.js';
import type { CompletionSlot } from './completion-slots.js';
import {
    engineDocumentation, enumValueDescription, formatValue, propertyDocumentation, shorthandDocumentation
} from './property-documentation.js';
import { type PropertyPlace, isEnginePlace, keysAtPlace, specAtPlace } from './property-places.js';

type KeySlot = Extract<CompletionSlot, { kind: 'key' }>;
type ValueSlot = Extract<CompletionSlot, { kind: 'value' }>;
type WordSlot = Extract<CompletionSlot, { kind: 'word' }>;
type DefaultsKindSlot = Extract<CompletionSlot, { kind: 'defaults-kind' }>;

/** A completion item before Langium adds the text edit for the word at the cursor. */
export type ProposedItem = Partial<CompletionItem> & { readonly label: string };

/** Opens the suggestion list again right after a key is inserted, so its values (or a block's keys) show. */
const SUGGEST_NEXT: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

export class PropertyCompletions {
    constructor(private readonly schema: PropertySchema, private readonly engines: EngineCatalog) {}

    /** `colonFollows`: the key is typed before an existing `:`, so only the key is inserted. */
    keys(slot: KeySlot, colonFollows: boolean): ProposedItem[] {
        const specs = [...keysAtPlace(this.schema, slot.place).values()].filter((spec) => !slot.written.has(spec.key));
        return specs.map((spec, index) => ({
            label: spec.key,
            kind: CompletionItemKind.Property,
            detail: describeExpected(spec),
            documentation: markdown(propertyDocumentation(spec)),
            sortText: sortKey(0, index),
            ...this.keyInsertion(spec, slot.place, colonFollows)
        }));
    }

    /** Inside `defaults { … }`: the component kinds and `connection`, each opening its block. */
    defaultsKinds(slot: DefaultsKindSlot): ProposedItem[] {
        const kinds = [...this.schema.componentKinds(), 'connection'].filter((kind) => !slot.written.has(kind));
        return kinds.map((kind, index) => {
            const bag = this.schema.bag(kind === 'connection' ? 'connection' : `kind.${kind}`);
            return {
                label: kind,
                kind: CompletionItemKind.Class,
                detail: kind === 'connection' ? 'defaults of connections inside this scope' : `defaults of every ${kind} in this scope`,
                documentation: optionalMarkdown(bag?.description),
                sortText: sortKey(0, index),
                insertText: `${kind} {\n\t$0\n}`,
                insertTextFormat: InsertTextFormat.Snippet,
                command: SUGGEST_NEXT
            };
        });
    }

    values(slot: ValueSlot): ProposedItem[] {
        if (isEnginePlace(slot.place)) {
            return this.engineIds(slot.place);
        }
        const spec = specAtPlace(this.schema, slot.place);
        if (!spec) {
            return [];
        }
        return [...enumItems(spec), ...suggestedItems(spec), ...booleanItems(spec)].filter((item) => !slot.written.has(item.label));
    }

    words(slot: WordSlot): ProposedItem[] {
        return SHORTHAND_WORDS.filter((word) => !slot.written.has(word)).map((word, index) => ({
            label: word,
            kind: CompletionItemKind.EnumMember,
            detail: 'connection shorthand',
            documentation: optionalMarkdown(shorthandDocumentation(word)),
            sortText: sortKey(0, index)
        }));
    }

    /** Engine ids, those that serve the component's kind first. */
    private engineIds(place: PropertyPlace): ProposedItem[] {
        const kind = isComponent(place.holder) ? place.holder.kind : undefined;
        return this.engines.ids().flatMap((id) => {
            const entry = this.engines.get(id);
            if (!entry) {
                return [];
            }
            const serves = kind !== undefined && (entry.kinds as readonly string[]).includes(kind);
            return [{
                label: id,
                kind: CompletionItemKind.Module,
                detail: `${entry.title} (${entry.kinds.join(', ')})`,
                documentation: markdown(engineDocumentation(id, entry)),
                sortText: `${serves ? 0 : 1}${id}`
            }];
        });
    }

    private keyInsertion(spec: PropertySpec, place: PropertyPlace, colonFollows: boolean): Partial<CompletionItem> {
        if (colonFollows) {
            return { insertText: spec.key };
        }
        if (spec.types.length === 1 && spec.types[0] === 'object') {
            return { insertText: `${spec.key}: { $0 }`, insertTextFormat: InsertTextFormat.Snippet, command: SUGGEST_NEXT };
        }
        const valuePlace = { ...place, path: [...place.path, spec.key] };
        const hasChoices = !!spec.enum || !!spec.suggest || spec.types.includes('boolean') || isEnginePlace(valuePlace);
        return { insertText: `${spec.key}: `, command: hasChoices ? SUGGEST_NEXT : undefined };
    }
}

function enumItems(spec: PropertySpec): ProposedItem[] {
    return (spec.enum ?? []).map((value, index) => ({
        label: value,
        kind: CompletionItemKind.EnumMember,
        detail: value === spec.default ? 'default' : undefined,
        documentation: optionalMarkdown(enumValueDescription(spec, value)),
        sortText: sortKey(0, index)
    }));
}

function suggestedItems(spec: PropertySpec): ProposedItem[] {
    return (spec.suggest ?? []).filter((word) => !spec.enum?.includes(word)).map((word, index) => ({
        label: word,
        kind: CompletionItemKind.Value,
        detail: 'common value',
        sortText: sortKey(1, index)
    }));
}

function booleanItems(spec: PropertySpec): ProposedItem[] {
    if (!spec.types.includes('boolean')) {
        return [];
    }
    return ['true', 'false'].map((value, index) => ({
        label: value,
        kind: CompletionItemKind.Keyword,
        detail: spec.default !== undefined && formatValue(spec.default) === value ? 'default' : undefined,
        sortText: sortKey(2, index)
    }));
}

/** Groups sort before later groups; inside a group, the schema's order is kept. */
function sortKey(group: number, index: number): string {
    return `${group}${String(index).padStart(3, '0')}`;
}

function markdown(value: string): MarkupContent {
    return { kind: 'markdown', value };
}

function optionalMarkdown(value: string | undefined): MarkupContent | undefined {
    return value ? markdown(value) : undefined;
}
