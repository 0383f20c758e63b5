/** Walks over the members of architecture blocks without visiting values. */
import {
    type Architecture, type Component, type Group, type Member, type Transaction,
    isComponent, isGroup, isTransaction
} from './generated/ast.js';

/** Every member of a block, groups' members included, in document order. */
export function* allMembers(members: readonly Member[]): Generator<Member> {
    for (const member of members) {
        yield member;
        if (isGroup(member)) {
            yield* allMembers(member.members);
        }
    }
}

export function* componentsIn(architecture: Architecture): Generator<Component> {
    for (const member of allMembers(architecture.members)) {
        if (isComponent(member)) {
            yield member;
        }
    }
}

export function* namedMembersIn(architecture: Architecture): Generator<Component | Group | Transaction> {
    for (const member of allMembers(architecture.members)) {
        if (isComponent(member) || isGroup(member) || isTransaction(member)) {
            yield member;
        }
    }
}
