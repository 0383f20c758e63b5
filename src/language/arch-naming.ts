/**
 * Names of components across designs: `Api` inside design `Shop` is exported
 * as `Shop.Api`, so blocks of one design in several files share one
 * namespace and `Other.Api` reaches into another design.
 */
import { type AstNode, AstUtils } from 'langium';
import { type Architecture, type Component, isArchitecture, isModel } from './generated/ast.js';

export function architectureOf(node: AstNode | undefined): Architecture | undefined {
    return node ? AstUtils.getContainerOfType(node, isArchitecture) : undefined;
}

export function qualifiedName(designName: string, componentName: string): string {
    return `${designName}.${componentName}`;
}

/** `Shop.Api` for a component named Api in design Shop. */
export function qualifiedNameOf(component: Component): string | undefined {
    const design = architectureOf(component)?.name;
    return design && component.name ? qualifiedName(design, component.name) : undefined;
}

/** The `architecture` block of a document's root that holds an offset. */
export function architectureAt(root: unknown, offset: number): Architecture | undefined {
    if (!isModel(root)) {
        return undefined;
    }
    return root.architectures.find((block) => block.$cstNode !== undefined && block.$cstNode.offset <= offset && offset <= block.$cstNode.end);
}
