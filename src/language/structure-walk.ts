/**
 * Walks over what Langium's generic walks look for, without descending into
 * properties and values (most of a design's syntax tree): the nodes that
 * carry validation checks, and the references to link and index. Langium's
 * own walks visit every node through reflection and await once per node,
 * which on a 1,000-component file costs more than the rest of a rebuild.
 */
import type { AstNode, ReferenceInfo } from 'langium';
import { allMembers } from './ast-walk.js';
import { isComponent, isConnection, isExtend, isJourney, isJourneyPath, isModel, isOutgoing, isTransaction, isWrites } from './generated/ast.js';

/** The node types `structuralNodes` yields: a check registered for any other type needs Langium's full walk. */
export const STRUCTURAL_TYPES: ReadonlySet<string> = new Set(['Model', 'Import', 'Architecture', 'Settings', 'Defaults', 'Group', 'Component', 'Extend', 'Outgoing', 'Connection', 'Transaction', 'Writes', 'Journey', 'JourneyPath']);

/** The model, its imports and architectures, every member (groups' members included), components' outgoing connections and transactions' writes. */
export function* structuralNodes(root: AstNode): Generator<AstNode> {
    if (!isModel(root)) {
        return;
    }
    yield root;
    yield* root.imports;
    for (const architecture of root.architectures) {
        yield architecture;
        for (const member of allMembers(architecture.members)) {
            yield member;
            if (isComponent(member)) {
                yield* member.outgoing;
            } else if (isTransaction(member)) {
                yield* member.writes;
            } else if (isJourney(member)) {
                yield* member.paths;
            }
        }
    }
}

/** Every reference of a model, as Langium's `streamReferences` describes them. */
export function* referencesIn(root: AstNode): Generator<ReferenceInfo> {
    for (const node of structuralNodes(root)) {
        if (isConnection(node)) {
            yield* node.endpoints.map((reference, index) => ({ reference, container: node, property: 'endpoints', index }));
        } else if ((isOutgoing(node) || isExtend(node)) && node.target) {
            yield { reference: node.target, container: node, property: 'target' };
        } else if (isWrites(node)) {
            yield* node.targets.map((reference, index) => ({ reference, container: node, property: 'targets', index }));
        } else if (isJourneyPath(node)) {
            yield* node.steps.map((reference, index) => ({ reference, container: node, property: 'steps', index }));
        }
    }
}
