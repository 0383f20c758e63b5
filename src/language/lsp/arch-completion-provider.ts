/**
 * Completion for `.arch` files. Langium's grammar-driven completion proposes
 * the keywords that start a member (kinds, settings blocks, `transaction`,
 * `writes`); everything that depends on meaning (property keys of the holder
 * at the cursor, the values a key takes, component names, shorthand words)
 * comes from the schema, the knowledge base and the design model.
 */
import { type AstNode, CstUtils, GrammarAST, type LangiumDocument, type LangiumDocuments, type LangiumParser, type MaybePromise, TextDocument, URI } from 'langium';
import {
    type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem, DefaultCompletionProvider,
    type NextFeature
} from 'langium/lsp';
import { type CancellationToken, type CompletionItem, CompletionList, type CompletionParams } from 'vscode-languageserver';
import type { PropertySchema } from '../../properties/property-schema.js';
import type { ArchServices } from '../arch-module.js';
import { ComponentCompletions } from './component-completions.js';
import { type CompletionSlot, completionSlots } from './completion-slots.js';
import { completionPrefix, lineEnd, tokenSearchStart } from './completion-window.js';
import { PropertyCompletions, type ProposedItem } from './property-completions.js';

/** Keywords reached through these rules are keys or values, which the schema proposes instead. */
const VALUE_RULES = new Set(['Key', 'Word', 'BooleanValue']);
const VALUE_FEATURES = new Set(['key', 'value', 'words']);
const WORD_CHARACTERS = /[A-Za-z0-9_]/;
const PROSE_TOKENS = new Set(['SL_COMMENT', 'ML_COMMENT', 'STRING']);

export class ArchCompletionProvider extends DefaultCompletionProvider {
    /** `Billing.` lists that design's components (letters trigger completion anyway). */
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };
    private readonly schema: PropertySchema;
    private readonly parser: LangiumParser;
    private readonly properties: PropertyCompletions;
    private readonly components: ComponentCompletions;
    private readonly documents: LangiumDocuments;

    constructor(services: ArchServices) {
        super(services);
        this.schema = services.design.PropertySchema;
        this.parser = services.parser.LangiumParser;
        this.properties = new PropertyCompletions(services.design.PropertySchema, services.design.Engines);
        this.components = new ComponentCompletions(services.design.DesignRegistry, services.design.PropertySchema);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        if (insideCommentOrString(document, document.textDocument.offsetAt(params.position))) {
            return CompletionList.create([], false);
        }
        const context = this.wordContext(document, params);
        const slots = this.slotsAt(document, context);
        // Inside `defaults { … }` the kinds come with their blocks (and `connection`), not as the grammar's bare keywords.
        const keywords = slots.some((slot) => slot.kind === 'defaults-kind') ? undefined : await super.getCompletion(document, params, cancelToken);
        const proposed = this.proposals(context, slots);
        const items = [...proposed, ...(keywords?.items ?? [])];
        return CompletionList.create(this.deduplicateItems(items), true);
    }

    /**
     * Drops keywords reached as keys or values (`service` is also a valid key)
     * before Langium merges features by keyword, so the member keywords stay.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const langiumDocument = this.documents.getDocument(URI.parse(document.uri));
        const parsed = langiumDocument ? TextDocument.create(document.uri, document.languageId, document.version, completionPrefix(langiumDocument, offset)) : document;
        return super.findFeaturesAt(parsed, offset).filter((next) => !isValueKeyword(next));
    }

    /** The tokens around the cursor, from a few lines rather than the whole file. */
    protected override backtrackToAnyToken(text: string, offset: number): ReturnType<DefaultCompletionProvider['backtrackToAnyToken']> {
        const start = tokenSearchStart(text, offset);
        if (start === 0) {
            return super.backtrackToAnyToken(text, offset);
        }
        const found = super.backtrackToAnyToken(text.slice(start, lineEnd(text, offset)), offset - start);
        const shift = (value: number | undefined): number | undefined => (value === undefined ? undefined : value + start);
        return {
            nextTokenStart: found.nextTokenStart + start,
            nextTokenEnd: found.nextTokenEnd + start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd)
        };
    }

    /** Only keywords; references and values are proposed by `proposals`. */
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!GrammarAST.isKeyword(next.feature)) {
            return undefined;
        }
        return super.completionFor(context, next, (itemContext, item) => acceptor(itemContext, this.withKeywordDocumentation(item)));
    }

    private slotsAt(document: LangiumDocument, context: CompletionContext): CompletionSlot[] {
        const twin = (node: AstNode): AstNode | undefined => twinIn(document, node);
        return completionSlots(this.parser, completionPrefix(document, context.tokenOffset), context.tokenOffset, twin);
    }

    private proposals(context: CompletionContext, slots: readonly CompletionSlot[]): CompletionItem[] {
        const text = context.textDocument.getText();
        const colonFollows = /^[ \t]*:/.test(text.slice(context.tokenEndOffset));
        return slots.flatMap((slot) => this.itemsFor(slot, colonFollows))
            .map((item) => this.fillCompletionItem(context, item))
            .filter((item): item is CompletionItem => item !== undefined);
    }

    private itemsFor(slot: CompletionSlot, colonFollows: boolean): ProposedItem[] {
        switch (slot.kind) {
            case 'key':
                return this.properties.keys(slot, colonFollows);
            case 'value':
                return this.properties.values(slot);
            case 'word':
                return this.properties.words(slot);
            case 'reference':
                return this.components.references(slot);
            case 'member':
                return this.components.connectionSources(slot);
            case 'defaults-kind':
                return this.properties.defaultsKinds(slot);
        }
    }

    /** The word around the cursor, which an item replaces. */
    private wordContext(document: LangiumDocument, params: CompletionParams): CompletionContext {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const offset = textDocument.offsetAt(params.position);
        let start = offset;
        while (start > 0 && WORD_CHARACTERS.test(text[start - 1])) {
            start--;
        }
        let end = offset;
        while (end < text.length && WORD_CHARACTERS.test(text[end])) {
            end++;
        }
        return { document, textDocument, offset, position: params.position, tokenOffset: start, tokenEndOffset: end, features: [] };
    }

    private withKeywordDocumentation(item: CompletionValueItem): CompletionValueItem {
        const keyword = 'label' in item ? item.label : undefined;
        const description = keyword ? this.keywordDescription(keyword) : undefined;
        return description ? { ...item, documentation: { kind: 'markdown', value: description } } : item;
    }

    /** A kind, group, settings block or `transaction` is described by its schema entry. */
    private keywordDescription(keyword: string): string | undefined {
        const bag = this.schema.bag(`kind.${keyword}`) ?? this.schema.bag(`group.${keyword}`) ?? this.schema.bag(`settings.${keyword}`)
            ?? (keyword === 'transaction' ? this.schema.bag('transaction') : undefined)
            ?? (keyword === 'journey' ? this.schema.bag('journey') : undefined);
        return bag?.description ?? (keyword === 'extend' ? EXTEND_DESCRIPTION : undefined);
    }
}

const EXTEND_DESCRIPTION = 'Adds properties to a component of this design declared elsewhere (an imported Compose file or manifest folder, another file), by name, without copying it: `extend Db { engine: postgres, replicas: 3 }`. Its values win over the component\'s own.';

function isValueKeyword(next: NextFeature): boolean {
    const rule = GrammarAST.isKeyword(next.feature) ? ruleOf(next.feature) : undefined;
    return (rule !== undefined && VALUE_RULES.has(rule)) || (next.property !== undefined && VALUE_FEATURES.has(next.property));
}

function ruleOf(element: GrammarAST.AbstractElement): string | undefined {
    let current: AstNode | undefined = element;
    while (current && !GrammarAST.isParserRule(current)) {
        current = current.$container;
    }
    return current?.name;
}

/** Comments and strings are prose: nothing to propose inside them. */
function insideCommentOrString(document: LangiumDocument, offset: number): boolean {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
    if (!leaf || offset <= leaf.offset || !PROSE_TOKENS.has(leaf.tokenType.name)) {
        return false;
    }
    // A line comment runs to the end of its line, so its end is still inside it.
    return offset < leaf.end || (leaf.tokenType.name === 'SL_COMMENT' && offset === leaf.end);
}

/** The node of the full document that starts where `node` (from a parse of the text before the cursor) starts. */
function twinIn(document: LangiumDocument, node: AstNode): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const start = node.$cstNode?.offset;
    if (!root || start === undefined) {
        return undefined;
    }
    for (let current: AstNode | undefined = CstUtils.findLeafNodeAtOffset(root, start)?.astNode; current; current = current.$container) {
        if (current.$type === node.$type && current.$cstNode?.offset === start) {
            return current;
        }
    }
    return undefined;
}
