/**
 * The services and workers that hand work to one another: a call between two
 * of them, or a queue one writes and another reads. One request or job that
 * crosses them leaves its log lines on each, which is what makes gathering
 * the logs in one place a question (a monolith's tiers serve a request
 * within one program's logs).
 */
import type { Component } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

/** The largest set of the given components linked by calls or shared queues, in the order given. */
export function largestFleet(members: readonly Component[], index: DesignIndex): Component[] {
    const inSet = new Set(members);
    const root = new Map<Component, Component>(members.map((member) => [member, member]));
    const find = (component: Component): Component => {
        let current = component;
        while (root.get(current) !== current) {
            current = root.get(current) ?? current;
        }
        return current;
    };
    const join = (a: Component, b: Component): void => {
        root.set(find(a), find(b));
    };
    for (const member of members) {
        for (const neighbour of neighbours(member, index)) {
            if (inSet.has(neighbour)) {
                join(member, neighbour);
            } else if (neighbour.kind === 'queue') {
                neighbours(neighbour, index).filter((other) => inSet.has(other)).forEach((other) => join(member, other));
            }
        }
    }
    const groups = new Map<Component, Component[]>();
    for (const member of members) {
        groups.set(find(member), [...(groups.get(find(member)) ?? []), member]);
    }
    return [...groups.values()].reduce<Component[]>((largest, group) => (group.length > largest.length ? group : largest), []);
}

function neighbours(component: Component, index: DesignIndex): Component[] {
    return [...index.outgoing(component).map((connection) => connection.target), ...index.incoming(component).map((connection) => connection.source)];
}
