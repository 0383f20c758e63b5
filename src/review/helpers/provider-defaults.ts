/**
 * What a store stated `managed: true` does by default, when its engine is
 * not itself a managed product. `engine: postgres, managed: true` says a
 * provider runs PostgreSQL, not which one: Amazon RDS takes automated
 * backups unless told not to, Cloud SQL created through its API does not;
 * Azure and Google Cloud encrypt every disk, RDS encrypts only when asked.
 * A finding that needs such a default rests on an assumption, and asks.
 */
import type { Component } from '../../model/design.js';
import type { Assumption } from '../../model/finding.js';
import { describe } from '../../model/component-facts.js';

/**
 * The component is run by a provider the design does not name: it states
 * `managed: true`, and its engine (if any) is not a managed product whose
 * defaults the knowledge base knows (DynamoDB, Cosmos DB, Aurora).
 */
export function hasUnnamedProvider(component: Component): boolean {
    return component.properties.boolean('managed') === true && component.engine?.managed !== true;
}

/** The assumption a finding about such a component rests on: the provider's default for `property`, settled by stating it. */
export function providerDefaultAssumption(component: Component, what: string, property: string): Assumption {
    return {
        element: component.name,
        text: `${what} of ${describe(component)}: the default of a managed provider the design does not name (it differs between providers)`,
        settle: property
    };
}
