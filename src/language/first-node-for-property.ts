/**
 * The first CST node assigned to a property of its AST node. Langium's
 * GrammarUtils.findNodeForProperty gives the same node but collects every
 * match first (flatMap over the whole node); this stops at the first, which
 * matters for the range of each of thousands of findings.
 */
import { AstUtils, type CstNode, GrammarAST, isCompositeCstNode } from 'langium';

export function firstNodeForProperty(node: CstNode | undefined, property: string): CstNode | undefined {
    return node && isCompositeCstNode(node) ? firstIn(node.content, property, node.astNode) : undefined;
}

function firstIn(content: readonly CstNode[], property: string, owner: CstNode['astNode']): CstNode | undefined {
    for (const child of content) {
        if (AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment)?.feature === property) {
            return child;
        }
        if (isCompositeCstNode(child) && child.astNode === owner) {
            const found = firstIn(child.content, property, owner);
            if (found) {
                return found;
            }
        }
    }
    return undefined;
}
