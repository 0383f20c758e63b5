/**
 * A Compose project as the files say it, before anything is inferred: the
 * main file and its overrides (`compose.override.yaml`, or files given in
 * order, like `docker compose -f a -f b`), with each service seen through the
 * layers that write it. A later layer wins for a single value and adds to a
 * mapping (`environment`, `depends_on`) or a list (`ports`, `volumes`), as the
 * Compose specification merges them; every value keeps the file and line
 * that wrote it.
 */
import type { Node as YamlNode } from 'yaml';
import type { Provenance } from '../imported-system.js';
import { offsetsOf, YamlReader } from '../yaml/yaml-nodes.js';
import type { YamlFile } from '../yaml/yaml-source.js';
import type { ComposeDocument } from './compose-files.js';
import { type Layer, type NamedFiles, serviceLayers } from './service-layers.js';

export type { Layer } from './service-layers.js';

/** A value with where it was written. */
export interface Written<T> {
    readonly value: T;
    readonly from: Provenance;
    readonly layer: Layer;
    /** The env file it was read from, when it was (`env_file`), not the Compose file. */
    readonly envFile?: string;
}

export class ComposeService {
    constructor(
        readonly name: string,
        readonly layers: readonly Layer[],
        readonly from: Provenance
    ) {}

    /** The last layer's node for a key (`image`, `deploy`), with where it is. */
    node(key: string): Written<YamlNode> | undefined {
        for (const layer of [...this.layers].reverse()) {
            const entry = layer.reader.entry(layer.node, key);
            if (entry?.value !== undefined) {
                return { value: entry.value, from: provenance(layer, entry.value, `services.${this.name}.${key}`), layer };
            }
        }
        return undefined;
    }

    text(key: string): Written<string> | undefined {
        const written = this.node(key);
        const text = written ? written.layer.reader.text(written.value) : undefined;
        return written && text !== undefined ? { ...written, value: text } : undefined;
    }

    /** A nested value (`deploy.replicas`), from the last layer that writes it. */
    nested(path: readonly string[]): Written<YamlNode> | undefined {
        for (const layer of [...this.layers].reverse()) {
            let node: YamlNode | undefined = layer.node;
            for (const key of path) {
                node = node ? layer.reader.get(node, key) : undefined;
            }
            if (node !== undefined) {
                return { value: node, from: provenance(layer, node, `services.${this.name}.${path.join('.')}`), layer };
            }
        }
        return undefined;
    }

    /** `environment` as a map or as `KEY=value` items, merged over the layers (a later one wins per key; in a layer, `environment` wins over its env files). */
    environment(): Map<string, Written<string | undefined>> {
        const merged = new Map<string, Written<string | undefined>>();
        for (const layer of this.layers) {
            for (const { key, value, from, envFile } of layer.envFileValues) {
                merged.set(key, { value, from, layer, envFile });
            }
            const environment = layer.reader.get(layer.node, 'environment');
            if (environment === undefined) {
                continue;
            }
            if (layer.reader.isSeq(environment)) {
                for (const item of layer.reader.items(environment)) {
                    const text = layer.reader.text(item) ?? '';
                    const equals = text.indexOf('=');
                    const key = equals < 0 ? text : text.slice(0, equals);
                    merged.set(key, { value: equals < 0 ? undefined : text.slice(equals + 1), from: provenance(layer, item, `services.${this.name}.environment.${key}`), layer });
                }
            } else {
                for (const entry of layer.reader.entries(environment)) {
                    merged.set(entry.key, { value: layer.reader.text(entry.value), from: provenance(layer, entry.keyNode, `services.${this.name}.environment.${entry.key}`), layer });
                }
            }
        }
        return merged;
    }

    /** Names listed under a key that is a list of names or a map keyed by name (`depends_on`, `networks`, `secrets`), over every layer. */
    names(key: string): Map<string, Written<YamlNode | undefined>> {
        const merged = new Map<string, Written<YamlNode | undefined>>();
        for (const layer of this.layers) {
            const node = layer.reader.get(layer.node, key);
            if (node === undefined) {
                continue;
            }
            if (layer.reader.isSeq(node)) {
                for (const item of layer.reader.items(node)) {
                    const name = layer.reader.text(item) ?? layer.reader.text(layer.reader.get(item, 'source'));
                    if (name !== undefined) {
                        merged.set(name, { value: item, from: provenance(layer, item, `services.${this.name}.${key}.${name}`), layer });
                    }
                }
            } else {
                for (const entry of layer.reader.entries(node)) {
                    merged.set(entry.key, { value: entry.value, from: provenance(layer, entry.keyNode, `services.${this.name}.${key}.${entry.key}`), layer });
                }
            }
        }
        return merged;
    }

    /** Every item of a list key over the layers (`ports`, `volumes`, `links`, `expose`). */
    list(key: string): Written<YamlNode>[] {
        return this.layers.flatMap((layer) => layer.reader.items(layer.reader.get(layer.node, key)).map((item, index) => ({ value: item, from: provenance(layer, item, `services.${this.name}.${key}[${index}]`), layer })));
    }
}

export interface ComposeNetwork {
    readonly name: string;
    readonly internal: boolean;
    readonly external: boolean;
    readonly from?: Provenance;
}

export interface ComposeProject {
    readonly files: readonly YamlFile[];
    readonly services: readonly ComposeService[];
    readonly networks: ReadonlyMap<string, ComposeNetwork>;
    /** Named volumes declared at the top level. */
    readonly volumes: ReadonlySet<string>;
    /** The project's `name`, when a file states one. */
    readonly name?: string;
}

/** A project whose files name no other file. */
const NOTHING_NAMED: NamedFiles = { documentNamed: () => undefined, envFileNamed: () => undefined };

/**
 * The project the documents of these files describe (the first document of
 * each: Compose files hold one); `named` gives the files they name
 * (`extends.file`, `env_file`), read beforehand (compose-files.ts).
 */
export function composeProject(files: readonly ComposeDocument[], named: NamedFiles = NOTHING_NAMED): ComposeProject {
    const layersByService = new Map<string, Layer[]>();
    const firstSeen = new Map<string, Provenance>();
    const networks = new Map<string, ComposeNetwork>();
    const volumes = new Set<string>();
    let name: string | undefined;
    for (const { file, document } of files) {
        const reader = new YamlReader(document);
        const root = document.contents ?? undefined;
        name = reader.text(reader.get(root, 'name')) ?? name;
        for (const entry of reader.entries(reader.get(root, 'services'))) {
            if (entry.value === undefined || !reader.isMap(entry.value)) {
                continue;
            }
            const layers = serviceLayers({ file, document }, reader, entry.key, entry.value, named);
            layersByService.set(entry.key, [...(layersByService.get(entry.key) ?? []), ...layers]);
            if (!firstSeen.has(entry.key)) {
                firstSeen.set(entry.key, provenance(layers[layers.length - 1], entry.keyNode, `services.${entry.key}`));
            }
        }
        for (const entry of reader.entries(reader.get(root, 'networks'))) {
            const layer = { file, reader, node: entry.keyNode, envFileValues: [] };
            networks.set(entry.key, {
                name: entry.key,
                internal: reader.text(reader.get(entry.value, 'internal')) === 'true',
                external: reader.text(reader.get(entry.value, 'external')) === 'true' || reader.isMap(reader.get(entry.value, 'external')),
                from: provenance(layer, entry.keyNode, `networks.${entry.key}`)
            });
        }
        for (const entry of reader.entries(reader.get(root, 'volumes'))) {
            volumes.add(entry.key);
        }
    }
    const services = [...layersByService].map(([service, layers]) => new ComposeService(service, layers, firstSeen.get(service) as Provenance));
    return { files: files.map(({ file }) => file), services, networks, volumes, name };
}

export function provenance(layer: { readonly file: YamlFile }, node: YamlNode | undefined, key: string): Provenance {
    const [start, end] = offsetsOf(node);
    return { uri: layer.file.uri, range: layer.file.rangeOf(start, end), key };
}
