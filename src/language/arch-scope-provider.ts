/**
 * Resolves `Name` to the component of the reference's own design (whichever
 * file of the design declares it) and `Design.Name` to a component of another
 * design, each with one lookup in the global index.
 */
import { AstUtils, DefaultScopeProvider, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import { qualifiedName } from './arch-naming.js';
import { isArchitecture } from './generated/ast.js';

export class ArchScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        const design = AstUtils.getContainerOfType(context.container, isArchitecture)?.name;
        const global = this.getGlobalScope(this.reflection.getReferenceType(context), context);
        return new DesignScope(design, global);
    }
}

/** A view of the global scope in which the own design's names need no prefix. */
class DesignScope implements Scope {
    constructor(private readonly design: string | undefined, private readonly global: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.global.getElement(this.qualify(name));
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.global.getElements(this.qualify(name));
    }

    /** For completion: own components by plain name, other designs' qualified. */
    getAllElements(): Stream<AstNodeDescription> {
        const prefix = this.design ? `${this.design}.` : undefined;
        return this.global.getAllElements().map((description) =>
            prefix && description.name.startsWith(prefix) ? { ...description, name: description.name.slice(prefix.length) } : description
        );
    }

    private qualify(name: string): string {
        return name.includes('.') || !this.design ? name : qualifiedName(this.design, name);
    }
}
