/**
 * Evaluates a rubric item's check over what the review already knows: the
 * design model, its findings and its estimates. Checks test what a design
 * achieves (a cache a request reaches, no single point of failure the review
 * can show), never names or layout, so an answer in another style is not
 * marked down for its style.
 */
import type { Component, ComponentKind, Connection, Design, SettingsKind } from '../model/design.js';
import { indexOf } from '../model/design-index.js';
import { type Finding, severityRank } from '../model/finding.js';
import { isStated, type PlainValue, type PropertyBag } from '../model/property-bag.js';
import { autoscales, availabilityTarget, isRedundant, isTransactional } from '../model/component-facts.js';
import { trafficOf } from '../review/graph/traffic.js';
import type { DesignEstimates } from '../estimates/estimate-design.js';
import { formatPercent } from '../model/component-facts.js';
import { type CheckResult, type Evidence, lineOf, note } from './evidence.js';
import type { Check, ComponentFact, Condition, ConnectionQuery } from './prompt.js';
import { reachedFromClients } from './reach.js';
import { restsOnUnsaidCount } from './unsaid-count.js';

export interface CheckContext {
    readonly design: Design;
    /** The design's unsuppressed findings. */
    readonly findings: readonly Finding[];
    readonly estimates: DesignEstimates;
}

const MAX_EVIDENCE = 3;

export function evaluate(check: Check, context: CheckContext): CheckResult {
    if ('component' in check) {
        return componentCheck(check.component, context);
    }
    if ('connection' in check) {
        return connectionCheck(check.connection, context);
    }
    if ('setting' in check) {
        return settingCheck(check.setting.block, check.setting.where, context.design);
    }
    if ('noFinding' in check) {
        return noFindingCheck(check.noFinding, context);
    }
    if ('estimate' in check) {
        return estimateCheck(check.estimate, context);
    }
    if ('transaction' in check) {
        return transactionCheck(check.transaction, context.design);
    }
    if ('not' in check) {
        const inner = evaluate(check.not, context);
        return { met: !inner.met, evidence: inner.evidence };
    }
    if ('all' in check) {
        const results = check.all.map((part) => evaluate(part, context));
        const failed = results.filter((result) => !result.met);
        return { met: failed.length === 0, evidence: (failed.length === 0 ? results : failed).flatMap((result) => result.evidence).slice(0, MAX_EVIDENCE) };
    }
    const results = check.any.map((part) => evaluate(part, context));
    const met = results.find((result) => result.met);
    return met ?? { met: false, evidence: results.flatMap((result) => result.evidence).slice(0, MAX_EVIDENCE) };
}

/**
 * Whether a finding can cost a point: not when it rests on an assumption, nor
 * when it is a single point of failure read only from counts left unsaid.
 */
export function weighs(finding: Finding, design: Design): boolean {
    return finding.basis !== 'assumed' && !restsOnUnsaidCount(finding, design);
}

/** The rules a check names in its `noFinding` parts, at any depth. */
export function rulesNamedBy(check: Check): string[] {
    if ('noFinding' in check) {
        return [...check.noFinding.rules];
    }
    if ('all' in check) {
        return check.all.flatMap(rulesNamedBy);
    }
    if ('any' in check) {
        return check.any.flatMap(rulesNamedBy);
    }
    return 'not' in check ? rulesNamedBy(check.not) : [];
}

function componentCheck(check: { readonly kind: readonly ComponentKind[]; readonly where?: readonly Condition[]; readonly every?: boolean }, context: CheckContext): CheckResult {
    const candidates = indexOf(context.design).ofKind(...check.kind).filter((component) => !component.foreign);
    const meets = (component: Component): boolean => (check.where ?? []).every((condition) => componentMeets(component, condition, context.design));
    const matching = candidates.filter(meets);
    const wanted = describeKinds(check.kind, check.where);
    if (check.every === true) {
        const failing = candidates.filter((component) => !meets(component));
        return candidates.length > 0 && failing.length === 0
            ? { met: true, evidence: candidates.slice(0, MAX_EVIDENCE).map(shown) }
            : { met: false, evidence: failing.length > 0 ? failing.slice(0, MAX_EVIDENCE).map((component) => lineOf(component.location, `${component.kind} ${component.name} lacks ${describeConditions(check.where)}`)) : [note(`no ${wanted}`)] };
    }
    return matching.length > 0
        ? { met: true, evidence: matching.slice(0, MAX_EVIDENCE).map(shown) }
        : { met: false, evidence: [note(`no ${wanted}`)] };
}

function shown(component: Component): Evidence {
    return lineOf(component.location, `${component.kind} ${component.name}`);
}

function componentMeets(component: Component, condition: Condition, design: Design): boolean {
    return 'fact' in condition ? hasFact(component, condition.fact, design) : propertyMeets(component.properties, condition);
}

function hasFact(component: Component, fact: ComponentFact, design: Design): boolean {
    switch (fact) {
        case 'redundant':
            return isRedundant(component) || clusteredOrManaged(component);
        case 'autoscales':
            return autoscales(component) || component.kind === 'function';
        case 'multi-zone':
            return (component.properties.number('zones') ?? 1) >= 2 || (component.properties.words('regions')?.length ?? 0) >= 2 || runsInSeveralRegions(design);
        case 'on-request-path':
            return trafficOf(design).onRequestPath(component);
        case 'reached':
            return reachedFromClients(design).has(component);
        case 'background':
            return reachedFromClients(design).has(component) && !trafficOf(design).onRequestPath(component);
        case 'transactional':
            return isTransactional(component);
    }
}

/** The design is deployed in two or more regions (`deployment { regions: [..] }`): each holds its own copy, so a zone's loss is survived. */
function runsInSeveralRegions(design: Design): boolean {
    return (design.settings.deployment?.properties.words('regions')?.length ?? 0) >= 2;
}

/** Several instances the engine's facts give: a cluster by design, or a managed offering that is always one. */
function clusteredOrManaged(component: Component): boolean {
    const engine = component.engine;
    return (engine?.clustered === true && component.properties.number('replicas') !== 1)
        || (engine?.haWhenManaged === true && component.properties.boolean('managed') === true);
}

function propertyMeets(properties: PropertyBag, condition: { readonly property: string; readonly atLeast?: number; readonly oneOf?: readonly (string | number | boolean)[] }): boolean {
    const value = properties.get(condition.property);
    if (condition.atLeast !== undefined) {
        return numeric(value) >= condition.atLeast;
    }
    if (condition.oneOf !== undefined) {
        const values = Array.isArray(value) ? value : [value];
        return values.some((item: PlainValue) => condition.oneOf?.includes(item as string | number | boolean) === true);
    }
    return properties.enabled(condition.property);
}

/** A number, or the length of a list (`regions: [eu, us]` is 2), or 0. */
function numeric(value: PlainValue | undefined): number {
    if (typeof value === 'number') {
        return value;
    }
    if (value === 'many') {
        return 2;
    }
    return Array.isArray(value) ? value.length : 0;
}

function connectionCheck(check: ConnectionQuery, context: CheckContext): CheckResult {
    const matching = context.design.connections.filter((connection) => connectionMeets(connection, check, context.design));
    return matching.length > 0
        ? { met: true, evidence: matching.slice(0, MAX_EVIDENCE).map((connection) => lineOf(connection.location, connection.id)) }
        : { met: false, evidence: [note(`no ${describeConnection(check)}`)] };
}

/** `sync connection from a worker (with schedule) to an external (access: reads)`. */
export function describeConnection(check: ConnectionQuery): string {
    const source = check.fromWhere?.length ? ` (${describeConditions(check.fromWhere)})` : '';
    const from = check.from || source ? ` from ${aOrAn(check.from?.join('/') ?? 'component')}${source}` : '';
    const to = check.to ? ` to ${aOrAn(check.to.join('/'))}` : '';
    return `${check.mode ? `${check.mode} ` : ''}connection${from}${to}${check.where?.length ? ` (${describeConditions(check.where)})` : ''}`;
}

/** `a worker`, `an external`. */
export function aOrAn(words: string): string {
    return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

function connectionMeets(connection: Connection, check: ConnectionQuery, design: Design): boolean {
    return (check.from === undefined || check.from.includes(connection.source.kind))
        && (check.to === undefined || check.to.includes(connection.target.kind))
        && (check.mode === undefined || check.mode === connection.mode)
        && (check.where ?? []).every((condition) => 'property' in condition && propertyMeets(connection.properties, condition))
        && (check.fromWhere ?? []).every((condition) => componentMeets(connection.source, condition, design));
}

function transactionCheck(check: { readonly where?: readonly Condition[]; readonly writes?: readonly ComponentKind[] }, design: Design): CheckResult {
    const matching = design.transactions.filter((transaction) =>
        (check.writes === undefined || transaction.writes.some((store) => check.writes?.includes(store.kind) === true))
        && (check.where ?? []).every((condition) => 'property' in condition && propertyMeets(transaction.properties, condition)));
    return matching.length > 0
        ? { met: true, evidence: matching.slice(0, MAX_EVIDENCE).map((transaction) => lineOf(transaction.location, `transaction ${transaction.name}`)) }
        : { met: false, evidence: [note(`no transaction${check.where?.length ? ` (${describeConditions(check.where)})` : ''}`)] };
}

function settingCheck(block: SettingsKind, where: readonly Condition[], design: Design): CheckResult {
    const settings = design.settings[block];
    const conditions = where.filter((condition): condition is Extract<Condition, { property: string }> => 'property' in condition);
    if (settings && conditions.every((condition) => propertyMeets(settings.properties, condition))) {
        const stated = conditions.map((condition) => settings.properties.location(condition.property as never)).find((location) => location !== undefined);
        return { met: true, evidence: [lineOf(stated ?? settings.location, `${block} { ${conditions.map((condition) => `${condition.property}: ${show(settings.properties.get(condition.property as never))}`).join(', ')} }`)] };
    }
    return { met: false, evidence: [note(`${block} does not state ${describeConditions(where).replace(/\bwith /g, '')}`)] };
}

function show(value: PlainValue | undefined): string {
    return Array.isArray(value) ? `[${value.join(', ')}]` : typeof value === 'object' ? '{…}' : String(value);
}

function noFindingCheck(check: { readonly rules: readonly string[]; readonly severity?: 'error' | 'warning' | 'info'; readonly needs?: readonly ComponentKind[] }, context: CheckContext): CheckResult {
    if (check.needs && indexOf(context.design).ofKind(...check.needs).length === 0) {
        return { met: false, evidence: [note(`no ${check.needs.join(' or ')} to judge`)] };
    }
    const floor = severityRank(check.severity ?? 'warning');
    const shown = context.findings.filter((finding) => check.rules.includes(finding.rule) && severityRank(finding.severity) >= floor && weighs(finding, context.design));
    return shown.length > 0
        ? { met: false, evidence: shown.slice(0, MAX_EVIDENCE).map((finding) => ({ kind: 'finding', finding })) }
        : { met: true, evidence: [note(`the review finds no ${check.rules.join(' or ')}`)] };
}

function estimateCheck(check: { readonly availability?: number | 'target'; readonly capacityCoversPeak?: true }, context: CheckContext): CheckResult {
    const results: CheckResult[] = [];
    if (check.availability !== undefined) {
        results.push(availabilityHolds(check.availability, context));
    }
    if (check.capacityCoversPeak === true) {
        results.push(capacityCoversPeak(context));
    }
    return results.every((result) => result.met)
        ? { met: true, evidence: results.flatMap((result) => result.evidence) }
        : { met: false, evidence: results.filter((result) => !result.met).flatMap((result) => result.evidence) };
}

function availabilityHolds(wanted: number | 'target', context: CheckContext): CheckResult {
    const target = wanted === 'target' ? availabilityTarget(context.design) : wanted;
    const path = context.estimates.availability;
    if (target === undefined) {
        return { met: false, evidence: [note('the design states no availability target')] };
    }
    if (!path) {
        return { met: false, evidence: [note('no client path to estimate')] };
    }
    const value = path.value.value;
    const text = `weakest client path ${[path.client, ...path.path].map((component) => component.name).join(' → ')}: ${formatPercent(value)} against ${formatPercent(target)}`;
    return { met: value >= target, evidence: [note(text)] };
}

function capacityCoversPeak(context: CheckContext): CheckResult {
    if (!context.estimates.entry) {
        return { met: false, evidence: [note('the design states no peak load (peak_rps, or daily_active with requests_per_user)')] };
    }
    const overloaded = [...context.estimates.components.values()].filter((estimate) =>
        estimate.utilisation !== undefined && estimate.utilisation.value > 1 && estimate.capacity?.basis !== 'assumed' && isStated(estimate.component.properties.entry('capacity_rps')));
    return overloaded.length === 0
        ? { met: true, evidence: [note(`no component with a stated capacity is past it at the peak of ${Math.round(context.estimates.entry.peak).toLocaleString('en-US')} requests/s`)] }
        : { met: false, evidence: overloaded.slice(0, MAX_EVIDENCE).map((estimate) => lineOf(estimate.component.location, `${estimate.component.name} at ${Math.round((estimate.utilisation?.value ?? 0) * 100)}% of its capacity`)) };
}

export function describeKinds(kinds: readonly ComponentKind[], where: readonly Condition[] | undefined): string {
    return `${kinds.join(' or ')}${where?.length ? ` (${describeConditions(where)})` : ''}`;
}

const FACT_WORDS: Readonly<Record<ComponentFact, string>> = {
    redundant: 'several instances',
    autoscales: 'autoscaling',
    'multi-zone': 'spanning zones',
    'on-request-path': 'on the request path',
    reached: 'reached from a client',
    background: 'working off the request path',
    transactional: 'with transactions'
};

export function describeConditions(where: readonly Condition[] | undefined): string {
    return (where ?? []).map((condition) => {
        if ('fact' in condition) {
            return FACT_WORDS[condition.fact];
        }
        if (condition.atLeast !== undefined) {
            return `${condition.property} ≥ ${condition.atLeast}`;
        }
        return condition.oneOf ? `${condition.property}: ${condition.oneOf.join(' or ')}` : `with ${condition.property}`;
    }).join(', ') || 'as asked';
}
