/** Finds the syntax node a model element was built from, by its place in the file. */
import { type AstNode, CstUtils, type LangiumDocument } from 'langium';
import type { Range } from '../../model/design.js';

export function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, is: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (is(node)) {
            return node;
        }
    }
    return undefined;
}
