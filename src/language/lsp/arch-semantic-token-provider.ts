/**
 * Semantic highlighting with standard token types, so every theme colours
 * `.arch` files sensibly:
 *
 * | element                         | token type  | modifiers                    |
 * |---------------------------------|-------------|------------------------------|
 * | component kind (`database`)     | type        | defaultLibrary (known kinds) |
 * | component name                  | variable    | declaration on the definition|
 * | design name, group name, `Design.` prefix | namespace | declaration on the definition |
 * | transaction name                | function    | declaration                  |
 * | property key, `writes`          | property    |                              |
 * | enum / word value, shorthand word | enumMember |                             |
 * | engine name (`postgres`)        | class       | defaultLibrary (known engines)|
 * | number with unit                | number      |                              |
 * | title, label, string value      | string      |                              |
 * | `architecture`, `transaction`, `import`, group and settings kinds, booleans | keyword | |
 * | `->`                            | operator    |                              |
 */
import { type AstNode, CstUtils, GrammarUtils, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { EngineCatalog } from '../../engine-catalog/engine-catalog.js';
import { isComponentKind } from '../../model/design.js';
import type { ArchServices } from '../arch-module.js';
import {
    type Component, type WordValue,
    isArchitecture, isBooleanValue, isComponent, isConnection, isDefaults, isDefaultsEntry, isExtend, isGroup, isJourney, isJourneyPath, isImport, isListValue, isNumberValue, isOutgoing,
    isProperty, isSettings, isShorthand, isStringValue, isTransaction, isWordValue, isWrites
} from '../generated/ast.js';
import { isEnginePlace, placeOfProperty } from './property-places.js';

const DECLARATION = SemanticTokenModifiers.declaration;

export class ArchSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly engines: EngineCatalog;

    constructor(services: ArchServices) {
        super(services);
        this.engines = services.design.Engines;
    }

    protected highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        if (isArchitecture(node) || isGroup(node) || isComponent(node) || isTransaction(node) || isJourney(node)) {
            accept({ node, property: 'title', type: SemanticTokenTypes.string });
        }
        if (isArchitecture(node)) {
            accept({ node, keyword: 'architecture', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: DECLARATION });
        } else if (isGroup(node)) {
            accept({ node, property: 'kind', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: DECLARATION });
        } else if (isComponent(node)) {
            const known = isComponentKind(node.kind) ? SemanticTokenModifiers.defaultLibrary : [];
            accept({ node, property: 'kind', type: SemanticTokenTypes.type, modifier: known });
            accept({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: DECLARATION });
        } else if (isSettings(node)) {
            accept({ node, property: 'kind', type: SemanticTokenTypes.keyword });
        } else if (isDefaults(node)) {
            accept({ node, keyword: 'defaults', type: SemanticTokenTypes.keyword });
        } else if (isDefaultsEntry(node)) {
            const known = isComponentKind(node.kind) ? SemanticTokenModifiers.defaultLibrary : [];
            accept({ node, property: 'kind', type: node.kind === 'connection' ? SemanticTokenTypes.keyword : SemanticTokenTypes.type, modifier: known });
        } else if (isImport(node)) {
            accept({ node, keyword: 'import', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'path', type: SemanticTokenTypes.string });
            accept({ node, keyword: 'as', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'design', type: SemanticTokenTypes.namespace });
        } else if (isExtend(node)) {
            accept({ node, keyword: 'extend', type: SemanticTokenTypes.keyword });
            highlightReference(node.target, accept);
        } else if (isTransaction(node)) {
            accept({ node, keyword: 'transaction', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'name', type: SemanticTokenTypes.function, modifier: DECLARATION });
        } else if (isJourney(node)) {
            accept({ node, keyword: 'journey', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'name', type: SemanticTokenTypes.function, modifier: DECLARATION });
        } else {
            this.highlightContent(node, accept);
        }
    }

    private highlightContent(node: AstNode, accept: SemanticTokenAcceptor): void {
        if (isConnection(node) || isOutgoing(node) || isWrites(node) || isJourneyPath(node)) {
            const references = isConnection(node) ? node.endpoints : isOutgoing(node) ? [node.target] : isJourneyPath(node) ? node.steps : node.targets;
            references.forEach((reference) => highlightReference(reference, accept));
            // Each arrow and word on its own: Langium spreads all of a node's into one push(...), which overflows past ~120,000.
            GrammarUtils.findNodesForKeyword(node.$cstNode, '->').forEach((arrow) => accept({ cst: arrow, type: SemanticTokenTypes.operator }));
            accept({ node, keyword: 'writes', type: SemanticTokenTypes.property });
            accept({ node, property: 'label', type: SemanticTokenTypes.string });
        } else if (isShorthand(node)) {
            GrammarUtils.findNodesForProperty(node.$cstNode, 'words').forEach((word) => accept({ cst: word, type: SemanticTokenTypes.enumMember }));
        } else if (isProperty(node)) {
            accept({ node, property: 'key', type: SemanticTokenTypes.property });
        } else if (isWordValue(node)) {
            this.highlightWord(node, accept);
        } else if (isNumberValue(node)) {
            accept({ node, property: 'text', type: SemanticTokenTypes.number });
        } else if (isStringValue(node)) {
            accept({ node, property: 'value', type: SemanticTokenTypes.string });
        } else if (isBooleanValue(node) && node.$cstNode) {
            accept({ cst: node.$cstNode, type: SemanticTokenTypes.keyword });
        }
    }

    /** An engine name is a product (highlighted as a class); any other word is one of a vocabulary. */
    private highlightWord(word: WordValue, accept: SemanticTokenAcceptor): void {
        const property = isListValue(word.$container) ? undefined : word.$container;
        const place = isProperty(property) ? placeOfProperty(property) : undefined;
        if (place && isEnginePlace(place)) {
            const known = this.engines.get(word.value) ? SemanticTokenModifiers.defaultLibrary : [];
            accept({ node: word, property: 'value', type: SemanticTokenTypes.class, modifier: known });
        } else {
            accept({ node: word, property: 'value', type: SemanticTokenTypes.enumMember });
        }
    }
}

/** `Other.Name`: the design prefix is a namespace, the last segment the component. */
function highlightReference(reference: Reference<Component> | undefined, accept: SemanticTokenAcceptor): void {
    // A reference is missing where the parser recovered from an error (`-> ` and no name).
    const names = reference?.$refNode ? CstUtils.flattenCst(reference.$refNode).filter((leaf) => !leaf.hidden && leaf.text !== '.').toArray() : [];
    names.forEach((leaf, index) => {
        accept({ cst: leaf, type: index === names.length - 1 ? SemanticTokenTypes.variable : SemanticTokenTypes.namespace });
    });
}
