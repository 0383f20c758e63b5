/**
 * What may be written at the cursor, read from a parse of the text before it:
 * everything left of the cursor is complete there, so the last token and its
 * AST ancestors say exactly which slot is open (a key of which holder, a value
 * of which key, a component reference, a connection word, a new member),
 * however broken the text after the cursor is.
 */
import { type AstNode, AstUtils, CstUtils, GrammarUtils, type LeafCstNode, type LangiumParser, isLeafCstNode } from 'langium';
import {
    type Architecture, type Defaults, type ListValue, type Property, type Shorthand,
    isArchitecture, isBlock, isBlockValue, isComponent, isConnection, isDefaults, isDefaultsEntry, isExtend, isGroup, isJourney, isListValue, isOutgoing, isProperty,
    isSettings, isShorthand, isTransaction, isWordValue, isWrites
} from '../generated/ast.js';
import { type PropertyPlace, isPropertyHolder, placeOfBlock, placeOfProperty } from './property-places.js';

export type CompletionSlot =
    /** A property key; `written` holds the keys the block already has. */
    | { readonly kind: 'key'; readonly place: PropertyPlace; readonly written: ReadonlySet<string> }
    /** A property value (or a list item); `written` holds the list's items. */
    | { readonly kind: 'value'; readonly place: PropertyPlace; readonly written: ReadonlySet<string> }
    /** A component reference; `source` is the connection's source, which is not offered. */
    | { readonly kind: 'reference'; readonly design?: string; readonly qualifier?: string; readonly source?: string }
    /** The start of a member: a connection may start with one of the design's component names. */
    | { readonly kind: 'member'; readonly design?: string }
    /** A word of the `:` shorthand on a connection. */
    | { readonly kind: 'word'; readonly written: ReadonlySet<string> }
    /** A kind (or `connection`) inside `defaults { … }`; `written` holds the kinds the block already has. */
    | { readonly kind: 'defaults-kind'; readonly written: ReadonlySet<string> };

/** Finds the same node in the full document's AST (same type, same start), to see what follows the cursor. */
export type TwinFinder = (prefixNode: AstNode) => AstNode | undefined;

/** The slots open at `offset`, the start of the word being completed; `prefix` is the text before it (see completion-window.ts). */
export function completionSlots(parser: LangiumParser, prefix: string, offset: number, twin: TwinFinder): CompletionSlot[] {
    const root = parser.parse(prefix).value.$cstNode;
    const last = root ? lastVisibleLeaf(root) : undefined;
    return last ? new SlotReader(twin, offset).after(last) : [];
}

function lastVisibleLeaf(root: NonNullable<AstNode['$cstNode']>): LeafCstNode | undefined {
    let leaf: LeafCstNode | undefined = CstUtils.findLeafNodeBeforeOffset(root, root.end);
    while (leaf?.hidden) {
        const previous = CstUtils.getPreviousNode(leaf, false);
        leaf = previous && isLeafCstNode(previous) ? previous : undefined;
    }
    return leaf;
}

class SlotReader {
    constructor(private readonly twin: TwinFinder, private readonly cursor: number) {}

    after(last: LeafCstNode): CompletionSlot[] {
        const node = last.astNode;
        if (isExtend(node) && last.text === 'extend') {
            return [referenceSlot(node)]; // the component to add to
        }
        switch (last.text) {
            case ':':
                return this.afterColon(node);
            case ',':
                return this.afterComma(node);
            case '[':
                return this.afterBracket(node);
            case '->':
                return [referenceSlot(node)];
            case '.':
                return [{ kind: 'reference', qualifier: CstUtils.getPreviousNode(last, false)?.text }];
            default:
                // After `database` or `transaction` comes a new name, which nobody can propose.
                return awaitsName(node) ? [] : this.inside(openContainerOf(node));
        }
    }

    private afterColon(node: AstNode): CompletionSlot[] {
        if (isProperty(node)) {
            return this.valueSlot(node, undefined);
        }
        return isShorthand(node) ? [this.wordSlot(node)] : [];
    }

    private afterComma(node: AstNode): CompletionSlot[] {
        if (isShorthand(node)) {
            return [this.wordSlot(node)];
        }
        if (isProperty(node)) {
            return this.inside(openContainerOf(node.$container)); // the separator between two properties
        }
        return this.afterBracket(node);
    }

    private afterBracket(node: AstNode): CompletionSlot[] {
        if (isWrites(node)) {
            return [referenceSlot(node)];
        }
        if (isListValue(node) && isProperty(node.$container)) {
            return this.valueSlot(node.$container, node);
        }
        return [];
    }

    private inside(container: AstNode | undefined): CompletionSlot[] {
        if (isArchitecture(container)) {
            return [{ kind: 'member', design: container.name }];
        }
        if (isDefaults(container)) {
            return [{ kind: 'defaults-kind', written: this.writtenKinds(container) }];
        }
        if (!isPropertyHolder(container) && !isBlockValue(container)) {
            return [];
        }
        // An `extend` takes its target's keys: the target is linked in the full document, not in the text before the cursor.
        const twin = isExtend(container) ? this.twin(container) : undefined;
        const place = placeOfBlock(isExtend(twin) ? twin : container);
        const slots: CompletionSlot[] = place ? [{ kind: 'key', place, written: this.writtenKeys(container) }] : [];
        return isGroup(container) ? [...slots, { kind: 'member', design: designOf(container) }] : slots;
    }

    private valueSlot(property: Property, list: ListValue | undefined): CompletionSlot[] {
        const place = placeOfProperty(property);
        return place ? [{ kind: 'value', place, written: list ? this.writtenItems(list) : new Set() }] : [];
    }

    private wordSlot(shorthand: Shorthand): CompletionSlot {
        return { kind: 'word', written: new Set(shorthand.words) };
    }

    /** Keys before the cursor, and after it in the full text (the key being typed excluded). */
    private writtenKeys(container: AstNode): ReadonlySet<string> {
        const properties = [container, this.twin(container)].flatMap((node) => propertiesOf(node));
        const others = properties.filter((property) => property.$cstNode?.offset !== this.cursor);
        return new Set(others.map((property) => property.key).filter((key): key is string => key !== undefined));
    }

    /** Kinds a `defaults` block already has an entry for, before and after the cursor. */
    private writtenKinds(defaults: Defaults): ReadonlySet<string> {
        const twin = this.twin(defaults);
        const entries = [...defaults.entries, ...(isDefaults(twin) ? twin.entries : [])];
        return new Set(entries.filter((entry) => entry.$cstNode?.offset !== this.cursor).map((entry) => entry.kind).filter((kind): kind is string => kind !== undefined));
    }

    private writtenItems(list: ListValue): ReadonlySet<string> {
        const twin = this.twin(list);
        const items = [...list.items, ...(isListValue(twin) ? twin.items : [])];
        return new Set(items.filter(isWordValue).filter((item) => item.$cstNode?.offset !== this.cursor).map((item) => item.value));
    }
}

function awaitsName(node: AstNode): boolean {
    return (isArchitecture(node) || isGroup(node) || isComponent(node) || isTransaction(node) || isJourney(node)) && node.name === undefined;
}

function referenceSlot(node: AstNode): CompletionSlot {
    return { kind: 'reference', design: designOf(node), source: sourceOf(node) };
}

/** The component a connection being written starts from (not a sensible target). */
function sourceOf(node: AstNode): string | undefined {
    if (isOutgoing(node)) {
        return node.$container.name;
    }
    return isConnection(node) ? node.endpoints.at(-1)?.$refText : undefined;
}

function designOf(node: AstNode): string | undefined {
    return AstUtils.getContainerOfType<Architecture>(node, isArchitecture)?.name;
}

function propertiesOf(node: AstNode | undefined): readonly Property[] {
    return isPropertyHolder(node) || isBlockValue(node) ? node.properties : [];
}

/** The innermost node whose `{` or `[` is before the cursor and whose closing bracket is not. */
function openContainerOf(node: AstNode | undefined): AstNode | undefined {
    for (let current = node; current; current = current.$container) {
        if (isOpen(current)) {
            return current;
        }
    }
    return undefined;
}

function isOpen(node: AstNode): boolean {
    if (!hasBrackets(node)) {
        return false;
    }
    const [open, close] = isListValue(node) || isWrites(node) ? ['[', ']'] : ['{', '}'];
    return GrammarUtils.findNodeForKeyword(node.$cstNode, open) !== undefined
        && GrammarUtils.findNodeForKeyword(node.$cstNode, close) === undefined;
}

function hasBrackets(node: AstNode): boolean {
    return isArchitecture(node) || isGroup(node) || isComponent(node) || isExtend(node) || isSettings(node) || isTransaction(node)
        || isDefaults(node) || isDefaultsEntry(node) || isJourney(node) || isBlock(node) || isBlockValue(node) || isListValue(node) || isWrites(node);
}
