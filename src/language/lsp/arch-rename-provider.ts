/**
 * Renames a component everywhere: its declaration and every reference in
 * every file. A qualified reference (`Other.Name`) keeps its design prefix;
 * only the last segment is the component's name. A new name that is not a
 * plain identifier (or is a keyword), or that the design already uses, is
 * refused with a message instead of producing a broken workspace.
 */
import {
    type AstNode, AstUtils, CstUtils, type CstNode, type LangiumDocument, type LangiumDocuments, type Lexer,
    type ReferenceDescription
} from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    type CancellationToken, ErrorCodes, type Position, type Range, type RenameParams, ResponseError, TextEdit, type WorkspaceEdit
} from 'vscode-languageserver';
import type { ArchServices } from '../arch-module.js';
import { architectureOf } from '../arch-naming.js';
import type { DesignRegistry } from '../design-registry.js';
import { isComponent } from '../generated/ast.js';

const TRAILING_NAME = /[A-Za-z_][A-Za-z0-9_]*$/;

export class ArchRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;
    private readonly documents: LangiumDocuments;
    private readonly registry: DesignRegistry;

    constructor(services: ArchServices) {
        super(services);
        this.lexer = services.parser.Lexer;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.registry = services.design.DesignRegistry;
    }

    override async rename(document: LangiumDocument, params: RenameParams, _cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        this.checkNewName(params.newName, target);
        const changes: Record<string, TextEdit[]> = {};
        for (const reference of this.references.findReferences(target, { includeDeclaration: true })) {
            const range = this.nameRangeOf(reference);
            if (range) {
                (changes[reference.sourceUri.toString()] ??= []).push(TextEdit.replace(range, params.newName));
            }
        }
        return { changes };
    }

    /** On `Other.Name` the editable part is `Name`, wherever in the reference the cursor is. */
    protected override renameNodeRange(document: LangiumDocument, position: Position): Range | undefined {
        const leaf = this.leafAt(document, position);
        const referenceNode = leaf ? referenceNodeHolding(leaf) : undefined;
        if (referenceNode) {
            return lastNameLeaf(referenceNode)?.range;
        }
        return super.renameNodeRange(document, position);
    }

    private targetAt(document: LangiumDocument, position: Position): AstNode | undefined {
        const leaf = this.leafAt(document, position);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private leafAt(document: LangiumDocument, position: Position): CstNode | undefined {
        const offset = document.textDocument.offsetAt(position);
        return CstUtils.findDeclarationNodeAtOffset(document.parseResult.value.$cstNode, offset, this.grammarConfig.nameRegexp);
    }

    private checkNewName(name: string, target: AstNode): void {
        const tokens = this.lexer.tokenize(name);
        const single = tokens.tokens.length === 1 && tokens.errors.length === 0 ? tokens.tokens[0] : undefined;
        if (!single || single.tokenType.name !== 'ID' || single.image !== name) {
            throw new ResponseError(ErrorCodes.InvalidParams,
                `'${name}' is not a valid name: use letters, digits and '_', starting with a letter or '_', and not a keyword.`);
        }
        if (isComponent(target) && target.name !== name) {
            const design = architectureOf(target)?.name;
            const taken = design ? this.registry.design(design)?.design.components.some((component) => component.name === name) : false;
            if (taken) {
                throw new ResponseError(ErrorCodes.InvalidParams, `Design ${design} already has a component named '${name}'.`);
            }
        }
    }

    /** The range of the name itself: the last segment of a qualified reference. */
    private nameRangeOf(reference: ReferenceDescription): Range | undefined {
        const textDocument = this.documents.getDocument(reference.sourceUri)?.textDocument;
        if (!textDocument) {
            return undefined;
        }
        const written = textDocument.getText(reference.segment.range);
        const name = TRAILING_NAME.exec(written);
        if (!name) {
            return undefined;
        }
        return { start: textDocument.positionAt(reference.segment.offset + name.index), end: reference.segment.range.end };
    }
}

/** The CST of the reference (`Other.Name`) a leaf belongs to, if any. */
function referenceNodeHolding(leaf: CstNode): CstNode | undefined {
    const holder = AstUtils.streamReferences(leaf.astNode).find((info) => {
        const node = info.reference.$refNode;
        return node !== undefined && node.offset <= leaf.offset && leaf.end <= node.end;
    });
    return holder?.reference.$refNode;
}

function lastNameLeaf(referenceNode: CstNode): CstNode | undefined {
    return CstUtils.flattenCst(referenceNode).filter((leaf) => !leaf.hidden && leaf.text !== '.').toArray().at(-1);
}
