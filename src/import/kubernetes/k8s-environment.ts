/**
 * The settings a workload's containers get: `env` values, and what ConfigMaps
 * hand them (`valueFrom.configMapKeyRef`, `envFrom.configMapRef`), each with
 * the place it is written. A Secret's values are never read: a setting from
 * a Secret is known to exist and to be kept as a secret, nothing more.
 */
import type { Node as YamlNode } from 'yaml';
import type { Provenance } from '../imported-system.js';
import type { WorkloadFacts } from './k8s-facts.js';
import { placeOf, type Resource, type Resources } from './k8s-resources.js';

export interface Setting {
    readonly key: string;
    /** Undefined for a setting taken from a Secret or a ConfigMap the manifests do not hold. */
    readonly value: string | undefined;
    readonly from: Provenance;
    /** `env ORDERS_ADDR`, `ConfigMap service-api-config BALANCES_API_ADDR`. */
    readonly evidence: string;
}

export class ConfigMaps {
    private readonly maps = new Map<string, Resource>();

    constructor(resources: Resources) {
        for (const map of resources.byKind.get('ConfigMap') ?? []) {
            this.maps.set(`${map.namespace}/${map.name}`, map);
        }
    }

    /** The data of a ConfigMap in a namespace, each value with where it is written. */
    data(namespace: string, name: string | undefined): Setting[] {
        const map = name === undefined ? undefined : this.maps.get(`${namespace}/${name}`);
        if (!map) {
            return [];
        }
        return map.reader.entries(map.reader.get(map.node, 'data')).map((entry) => ({
            key: entry.key,
            value: map.reader.text(entry.value),
            from: placeOf(map, entry.keyNode, `data.${entry.key}`),
            evidence: `ConfigMap ${map.name} ${entry.key}`
        }));
    }
}

export function settingsOf(fact: WorkloadFacts, configMaps: ConfigMaps): Setting[] {
    const { workload } = fact;
    const reader = workload.reader;
    const settings: Setting[] = [];
    for (const container of fact.containers) {
        for (const source of reader.items(reader.get(container, 'envFrom'))) {
            const prefix = reader.text(reader.get(source, 'prefix')) ?? '';
            const name = reader.text(reader.get(reader.get(source, 'configMapRef'), 'name'));
            settings.push(...configMaps.data(workload.namespace, name).map((setting) => ({ ...setting, key: `${prefix}${setting.key}` })));
        }
        for (const variable of reader.items(reader.get(container, 'env'))) {
            settings.push(envSetting(fact, configMaps, variable));
        }
    }
    return settings;
}

function envSetting(fact: WorkloadFacts, configMaps: ConfigMaps, variable: YamlNode): Setting {
    const reader = fact.workload.reader;
    const key = reader.text(reader.get(variable, 'name')) ?? '';
    const from = placeOf(fact.workload, variable, `env ${key}`);
    const reference = reader.get(reader.get(variable, 'valueFrom'), 'configMapKeyRef');
    if (reference !== undefined) {
        const wanted = reader.text(reader.get(reference, 'key'));
        const entry = configMaps.data(fact.workload.namespace, reader.text(reader.get(reference, 'name'))).find((setting) => setting.key === wanted);
        return entry ? { ...entry, key } : { key, value: undefined, from, evidence: `env ${key}` };
    }
    const fromElsewhere = reader.get(variable, 'valueFrom') !== undefined;
    return { key, value: fromElsewhere ? undefined : reader.text(reader.get(variable, 'value')), from, evidence: `env ${key}` };
}
