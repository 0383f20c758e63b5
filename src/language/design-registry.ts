/**
 * The designs of a workspace: blocks of the same name across documents are
 * one design. Each design is built once per workspace state, after linking,
 * so every document's validation reads the same model.
 */
import { type AstNode, AstUtils, DocumentState, type LangiumDocument, type LangiumDocuments, WorkspaceCache } from 'langium';
import type { EngineCatalog } from '../engine-catalog/engine-catalog.js';
import type { Suppression } from '../model/design.js';
import type { ArchServices } from './arch-module.js';
import { type BuiltDesign, type DesignBlock, buildDesign } from './design-builder.js';
import { isArchitecture, isModel } from './generated/ast.js';
import type { PropertyConversions } from './property-conversions.js';
import { suppressionsOf } from './suppression-comments.js';

export class DesignRegistry {
    private readonly documents: LangiumDocuments;
    private readonly conversions: PropertyConversions;
    private readonly catalogFor: (document: LangiumDocument) => EngineCatalog;
    private readonly blocksCache: WorkspaceCache<'blocks', Map<string, DesignBlock[]>>;
    private readonly designCache: WorkspaceCache<string, BuiltDesign>;
    private readonly crossDesignCache: WorkspaceCache<'targets', ReadonlySet<AstNode>>;
    /** Keyed by the parse result's root: documents are updated in place, roots are not. */
    private readonly suppressionCache = new WeakMap<object, readonly Suppression[]>();

    constructor(services: ArchServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.conversions = services.design.PropertyConversions;
        this.catalogFor = (document) => services.design.ConfigService.catalogFor(document.uri);
        this.blocksCache = new WorkspaceCache(services.shared, DocumentState.Linked);
        this.designCache = new WorkspaceCache(services.shared, DocumentState.Linked);
        this.crossDesignCache = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    /** Names of the designs with a block in this document. */
    designNamesIn(document: LangiumDocument): string[] {
        const root = document.parseResult.value;
        return isModel(root) ? [...new Set(root.architectures.map((block) => block.name).filter((name) => !!name))] : [];
    }

    designNames(): string[] {
        return [...this.blocks().keys()];
    }

    design(name: string): BuiltDesign | undefined {
        const blocks = this.blocks().get(name);
        if (!blocks) {
            return undefined;
        }
        return this.designCache.get(name, () => buildDesign(name, blocks, {
            catalog: this.catalogFor(blocks[0].document),
            conversions: this.conversions,
            suppressionsOf: (document) => this.suppressions(document),
            referencedElsewhere: (node) => this.crossDesignTargets().has(node)
        }));
    }

    designsIn(document: LangiumDocument): BuiltDesign[] {
        return this.designNamesIn(document).map((name) => this.design(name)).filter((design): design is BuiltDesign => design !== undefined);
    }

    private suppressions(document: LangiumDocument): readonly Suppression[] {
        const root = document.parseResult.value;
        let suppressions = this.suppressionCache.get(root);
        if (!suppressions) {
            suppressions = suppressionsOf(document);
            this.suppressionCache.set(root, suppressions);
        }
        return suppressions;
    }

    /** Components that a block of another design references (one pass over all references). */
    private crossDesignTargets(): ReadonlySet<AstNode> {
        return this.crossDesignCache.get('targets', () => {
            const targets = new Set<AstNode>();
            for (const document of this.documents.all) {
                for (const reference of document.references) {
                    const target = 'ref' in reference ? reference.ref : undefined;
                    const from = reference.$refNode?.astNode;
                    if (target && from && architectureNameOf(target) !== architectureNameOf(from)) {
                        targets.add(target);
                    }
                }
            }
            return targets;
        });
    }

    /** Every block of every design, documents in URI order so results are stable. */
    private blocks(): Map<string, DesignBlock[]> {
        return this.blocksCache.get('blocks', () => {
            const byName = new Map<string, DesignBlock[]>();
            const documents = this.documents.all.toArray().sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
            for (const document of documents) {
                const root = document.parseResult.value;
                if (!isModel(root)) {
                    continue;
                }
                for (const architecture of root.architectures) {
                    if (!architecture.name) {
                        continue;
                    }
                    const blocks = byName.get(architecture.name);
                    if (blocks) {
                        blocks.push({ architecture, document });
                    } else {
                        byName.set(architecture.name, [{ architecture, document }]);
                    }
                }
            }
            return byName;
        });
    }
}

function architectureNameOf(node: AstNode): string | undefined {
    return AstUtils.getContainerOfType(node, isArchitecture)?.name;
}
