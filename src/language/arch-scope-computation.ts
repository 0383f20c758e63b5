/**
 * Exports every component of a file under its qualified name (`Design.Name`),
 * so that references resolve by one map lookup however large the workspace.
 * Nothing is scoped locally: Langium's default local scopes are scanned per
 * reference, which is quadratic on large files.
 */
import { type AstNodeDescription, type AstNodeDescriptionProvider, type LangiumDocument, type LocalSymbols, MultiMap, type ScopeComputation } from 'langium';
import type { ArchServices } from './arch-module.js';
import { qualifiedName } from './arch-naming.js';
import { componentsIn } from './ast-walk.js';
import { isModel } from './generated/ast.js';

export class ArchScopeComputation implements ScopeComputation {
    private readonly descriptions: AstNodeDescriptionProvider;

    constructor(services: ArchServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
    }

    async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        if (!isModel(root)) {
            return [];
        }
        const exports: AstNodeDescription[] = [];
        for (const architecture of root.architectures) {
            if (!architecture.name) {
                continue;
            }
            for (const component of componentsIn(architecture)) {
                if (component.name) {
                    exports.push(this.descriptions.createDescription(component, qualifiedName(architecture.name, component.name), document));
                }
            }
        }
        return exports;
    }

    async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<never, AstNodeDescription>();
    }
}
