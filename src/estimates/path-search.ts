/**
 * The best path from each component over synchronous connections (the
 * weakest for availability, the slowest for latency), by dynamic programming
 * over an iterative depth-first search: linear in the design, safe on long
 * chains, and edges that close a cycle are ignored (a request does not loop).
 */
import type { Component, Connection } from '../model/design.js';

export interface PathStep {
    /** The value of the best path starting here. */
    readonly value: number;
    /** The next hop on that path, if any. */
    readonly next?: { readonly connection: Connection; readonly component: Component };
}

export interface PathProblem {
    readonly successors: (component: Component) => readonly Connection[];
    /** The value of a path that stops at `component`. */
    readonly own: (component: Component) => number;
    /** The value of a path through `connection` to a successor whose best path is `rest`. */
    readonly extend: (component: Component, connection: Connection, rest: number) => number;
    /** True when `candidate` is a better path value than `best`. */
    readonly better: (candidate: number, best: number) => boolean;
}

export function bestPaths(roots: readonly Component[], problem: PathProblem): Map<Component, PathStep> {
    const done = new Map<Component, PathStep>();
    const onStack = new Set<Component>();
    for (const root of roots) {
        if (done.has(root)) {
            continue;
        }
        const stack: { component: Component; index: number }[] = [{ component: root, index: 0 }];
        onStack.add(root);
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            const successors = problem.successors(frame.component);
            if (frame.index < successors.length) {
                const target = successors[frame.index++].target;
                if (!done.has(target) && !onStack.has(target)) {
                    onStack.add(target);
                    stack.push({ component: target, index: 0 });
                }
                continue;
            }
            done.set(frame.component, settle(frame.component, successors, done, problem));
            onStack.delete(frame.component);
            stack.pop();
        }
    }
    return done;
}

function settle(component: Component, successors: readonly Connection[], done: ReadonlyMap<Component, PathStep>, problem: PathProblem): PathStep {
    let best: PathStep = { value: problem.own(component) };
    let first = true;
    for (const connection of successors) {
        const rest = done.get(connection.target);
        if (!rest) {
            continue; // closes a cycle
        }
        const value = problem.extend(component, connection, rest.value);
        if (first || problem.better(value, best.value)) {
            best = { value, next: { connection, component: connection.target } };
            first = false;
        }
    }
    return best;
}

/** The components of the best path from `start`, in order. */
export function pathFrom(start: Component, steps: ReadonlyMap<Component, PathStep>): Component[] {
    const path = [start];
    const seen = new Set(path);
    for (let step = steps.get(start); step?.next && !seen.has(step.next.component); step = steps.get(step.next.component)) {
        seen.add(step.next.component);
        path.push(step.next.component);
    }
    return path;
}
