/**
 * The component names of every design in the workspace, read from Langium's
 * index once per workspace state (for "did you mean" and completion).
 */
import { type AstNodeDescription, type IndexManager, WorkspaceCache } from 'langium';
import type { ArchServices } from './arch-module.js';
import { Component } from './generated/ast.js';

export class ComponentDirectory {
    private readonly indexManager: IndexManager;
    private readonly cache: WorkspaceCache<'byDesign', Map<string, AstNodeDescription[]>>;

    constructor(services: ArchServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.cache = new WorkspaceCache(services.shared);
    }

    /** The components of a design, from every file that declares some. */
    of(design: string): readonly AstNodeDescription[] {
        return this.byDesign().get(design) ?? [];
    }

    namesOf(design: string): string[] {
        return this.of(design).map((description) => description.name.slice(design.length + 1));
    }

    designs(): string[] {
        return [...this.byDesign().keys()];
    }

    private byDesign(): Map<string, AstNodeDescription[]> {
        return this.cache.get('byDesign', () => {
            const byDesign = new Map<string, AstNodeDescription[]>();
            for (const description of this.indexManager.allElements(Component.$type)) {
                const design = description.name.slice(0, description.name.lastIndexOf('.'));
                const list = byDesign.get(design);
                if (list) {
                    list.push(description);
                } else {
                    byDesign.set(design, [description]);
                }
            }
            return byDesign;
        });
    }
}
