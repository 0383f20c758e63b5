/**
 * What a store stated `managed: true` does by default, when its engine is
 * not itself a managed product. `engine: postgres, managed: true` says a
 * provider runs PostgreSQL, not which one: Amazon RDS takes automated
 * backups unless told not to, Cloud SQL created through its API does not;
 * Azure and Google Cloud encrypt every disk, RDS encrypts only when asked.
 * A finding that needs such a default rests on an assumption, and asks.
 */
import type { Component, Design } from '../../model/design.js';
import type { Assumption } from '../../model/finding.js';
import { describe } from '../../model/component-facts.js';
import type { Fix } from '../fix.js';
import type { Report } from '../rule-context.js';
import { decisionScope } from './one-decision.js';
import { namesOf } from './wording.js';

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

/** What one provider-default question says beyond the shared parts. */
export interface ProviderDefaultQuestion {
    /** The default asked about, for the assumption (`backups`, `encryption at rest`). */
    readonly what: string;
    /** The property that settles it (`backup`, `encryption`). */
    readonly settle: string;
    /** Message data beyond the store names and the singular/plural words. */
    readonly data?: Readonly<Record<string, string>>;
    /** The related-location line for one of several stores. */
    readonly note: (store: Component) => string;
    readonly fix: Fix;
}

/**
 * One question (info, assumed) for every store whose provider is not named:
 * on the store when it is alone, else on the scope that holds them all, each
 * store a related location (principle 1: one decision, one finding).
 */
export function providerDefaultReport(design: Design, stores: readonly Component[], question: ProviderDefaultQuestion): Report {
    const one = stores.length === 1;
    return {
        on: one ? stores[0] : decisionScope(design, stores),
        messageId: 'providerDefault',
        data: { stores: namesOf(stores), verb: one ? 'It is' : 'They are', each: one ? 'it' : 'each', ...question.data },
        severity: 'info',
        basis: 'assumed',
        assumptions: stores.map((store) => providerDefaultAssumption(store, question.what, question.settle)),
        related: one ? undefined : stores.map((store) => ({ on: store, message: question.note(store) })),
        fix: question.fix
    };
}
