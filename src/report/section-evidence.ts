/**
 * What a design shows for each checklist section: the components and
 * settings that address it, in words a reviewer would write in the
 * coverage table ("Urls: PostgreSQL, 3 replicas, automatic failover").
 */
import type { Component, Design, SettingsKind } from '../model/design.js';
import type { SettingsPropertyKey } from '../model/property-keys.js';
import { indexOf } from '../model/design-index.js';
import { isStated } from '../model/property-bag.js';
import type { SectionId } from '../model/sections.js';
import { formatDuration, formatNumber } from '../model/units.js';
import { autoscales, formatPercent, instanceCountStated, maxInstances, minInstances } from '../model/component-facts.js';

type Evidence = (design: Design) => string[];

const MAX_ITEMS = 6;

function names(components: readonly Component[], describe: (component: Component) => string): string[] {
    const items = components.slice(0, MAX_ITEMS).map(describe);
    return components.length > MAX_ITEMS ? [...items, `and ${components.length - MAX_ITEMS} more`] : items;
}

function setting<Kind extends SettingsKind>(design: Design, block: Kind, keys: readonly SettingsPropertyKey<Kind>[]): string[] {
    const properties = design.settings[block]?.properties;
    return properties ? keys.filter((key) => properties.enabled(key)).map((key) => `${block}.${key}: ${showValue(properties.get(key), key)}`) : [];
}

function showValue(value: unknown, key: string): string {
    if (typeof value === 'number') {
        return ['rto', 'rpo', 'latency_p99'].includes(key) ? formatDuration(value) : key === 'availability' ? formatPercent(value) : formatNumber(value, 12);
    }
    return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

const scaling: Evidence = (design) => {
    const index = indexOf(design);
    const scaled = design.components.filter((component) => autoscales(component) || minInstances(component) > 1);
    return [
        ...names(index.ofKind('loadbalancer', 'gateway', 'cdn'), (component) => `${component.kind} ${component.name}`),
        ...names(scaled, (component) => (autoscales(component) ? `${component.name} autoscales ${minInstances(component)}–${maxInstances(component)}` : `${component.name} ×${instanceCountStated(component) ? minInstances(component) : 'many'}`)),
        ...names(index.ofKind('database').filter((database) => (database.properties.number('shards') ?? 1) > 1), (database) => `${database.name}: ${database.properties.number('shards')} shards`)
    ];
};

const consistency: Evidence = (design) => [
    ...design.transactions.map((transaction) => `transaction ${transaction.name} (${transaction.properties.string('protocol') ?? 'no protocol'}, ${transaction.properties.string('consistency') ?? 'consistency unstated'})`),
    ...names(indexOf(design).ofKind('coordinator'), (component) => `coordinator ${component.name}`),
    ...names(design.components.filter((component) => isStated(component.properties.entry('consistency'))), (component) => `${component.name}: ${component.properties.string('consistency')} consistency`),
    ...setting(design, 'requirements', ['consistency'])
];

const dataStore: Evidence = (design) => names(indexOf(design).ofKind('database', 'storage', 'search'), (store) => {
    const model = store.properties.string('model');
    return `${store.name}: ${store.engine?.title ?? store.engine?.id ?? store.kind}${model ? ` (${model})` : ''}`;
});

const caching: Evidence = (design) => [
    ...names(indexOf(design).ofKind('cache'), (cache) => [`cache ${cache.name}`, cache.properties.string('eviction'), cache.properties.number('ttl') !== undefined ? `ttl ${formatDuration(cache.properties.number('ttl') ?? 0)}` : undefined].filter((part) => part).join(', ')),
    ...names(indexOf(design).ofKind('cdn'), (cdn) => `cdn ${cdn.name}`)
];

const observability: Evidence = (design) => [
    ...names(indexOf(design).ofKind('monitoring', 'logging'), (component) => `${component.kind} ${component.name}${component.properties.enabled('alerts') ? ' with alerts' : ''}`),
    ...setting(design, 'operations', ['tracing', 'apm', 'alerts', 'on_call'])
];

const failureRecovery: Evidence = (design) => {
    const index = indexOf(design);
    return [
        ...names(index.ofKind('database').filter((database) => database.properties.string('failover') === 'auto'), (database) => `${database.name}: automatic failover`),
        ...names(design.components.filter((component) => component.properties.block('backup')), (component) => `${component.name}: backups (${String(component.properties.block('backup')?.mode ?? 'stated')})`),
        ...names(design.components.filter((component) => (component.properties.number('zones') ?? 1) > 1), (component) => `${component.name}: ${component.properties.number('zones')} zones`),
        ...setting(design, 'deployment', ['regions', 'mode', 'rto', 'rpo'])
    ];
};

const microservices: Evidence = (design) => {
    const systems = design.groups.filter((group) => group.kind === 'system');
    const asynchronous = design.connections.filter((connection) => connection.mode === 'async');
    return [
        ...(systems.length > 0 ? [`${systems.length} systems: ${systems.slice(0, MAX_ITEMS).map((system) => system.name).join(', ')}`] : []),
        ...(asynchronous.length > 0 ? [`${asynchronous.length} asynchronous connections`] : []),
        ...names(indexOf(design).ofKind('gateway'), (gateway) => `gateway ${gateway.name}`)
    ];
};

const performanceTesting: Evidence = (design) => [...setting(design, 'testing', ['load', 'stress', 'spike', 'soak', 'chaos', 'apm']), ...setting(design, 'operations', ['apm'])];

const security: Evidence = (design) => {
    const encrypted = design.connections.filter((connection) => connection.encrypted).length;
    const authenticated = design.components.filter((component) => component.properties.enabled('auth'));
    const privateNetworks = design.groups.filter((group) => group.kind === 'network' && group.exposure === 'private');
    return [
        ...(design.connections.length > 0 ? [`${encrypted} of ${design.connections.length} connections encrypted`] : []),
        ...names(authenticated, (component) => `${component.name}: ${component.properties.string('auth')}`),
        ...(privateNetworks.length > 0 ? [`private networks: ${privateNetworks.map((network) => network.name).join(', ')}`] : []),
        ...setting(design, 'security', ['mfa', 'secrets', 'waf', 'owasp_review', 'least_privilege', 'dependency_scanning'])
    ];
};

const delivery: Evidence = (design) => setting(design, 'deployment', ['pipeline', 'tests', 'strategy', 'rollback', 'iac']);

export const SECTION_EVIDENCE: Readonly<Record<SectionId, Evidence>> = {
    scaling,
    consistency,
    'data-store': dataStore,
    caching,
    observability,
    'failure-recovery': failureRecovery,
    microservices,
    'performance-testing': performanceTesting,
    security,
    delivery
};
