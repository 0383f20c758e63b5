/**
 * What one file's definition of a service stands for, as `docker compose`
 * resolves it before merging files: the service it `extends` (in the same
 * file, or in the file `extends.file` names, itself resolved the same way)
 * as earlier layers, so that what the service writes wins for a single value
 * and adds to lists and maps; and the variables of the env files it names,
 * below its own `environment`.
 */
import { URI } from 'langium';
import type { Node as YamlNode } from 'yaml';
import type { Provenance } from '../imported-system.js';
import { offsetsOf, YamlReader } from '../yaml/yaml-nodes.js';
import type { YamlFile } from '../yaml/yaml-source.js';
import type { ComposeDocument } from './compose-files.js';
import type { EnvLine } from './env-file.js';

/** A variable read from an env file, placed where the Compose file names that file. */
export interface EnvFileValue {
    readonly key: string;
    readonly value: string;
    readonly from: Provenance;
    /** The env file as the Compose file names it. */
    readonly envFile: string;
}

/** One file's say on a service. */
export interface Layer {
    readonly file: YamlFile;
    readonly reader: YamlReader;
    readonly node: YamlNode;
    /** The variables of the env files this definition names, in order (a later file wins). */
    readonly envFileValues: readonly EnvFileValue[];
}

/** Where the files a Compose file names were read (compose-files.ts). */
export interface NamedFiles {
    documentNamed(namedIn: string, named: string): ComposeDocument | undefined;
    envFileNamed(namedIn: string, named: string): readonly EnvLine[] | undefined;
}

/** Bases deeper than this are not followed (compose-files.ts reports the chain). */
const MAX_BASES = 8;

export function serviceLayers(document: ComposeDocument, reader: YamlReader, name: string, node: YamlNode, named: NamedFiles, depth = 0): Layer[] {
    const own: Layer = { file: document.file, reader, node, envFileValues: envFileValues(document, reader, name, node, named) };
    const base = depth < MAX_BASES ? baseOf(document, reader, node, named) : undefined;
    if (!base || (base.document === document && base.name === name)) {
        return [own];
    }
    return [...serviceLayers(base.document, base.reader, base.name, base.node, named, depth + 1), own];
}

/** `extends: web` or `extends: { service: web, file: common.yaml }`: the base service's definition, when it can be found. */
function baseOf(document: ComposeDocument, reader: YamlReader, node: YamlNode, named: NamedFiles): { document: ComposeDocument; reader: YamlReader; name: string; node: YamlNode } | undefined {
    const value = reader.get(node, 'extends');
    if (value === undefined) {
        return undefined;
    }
    const name = reader.text(value) ?? reader.text(reader.get(value, 'service'));
    const file = reader.text(reader.get(value, 'file'));
    const home = file === undefined ? document : named.documentNamed(URI.parse(document.file.uri).fsPath, file);
    if (name === undefined || !home) {
        return undefined;
    }
    const homeReader = home === document ? reader : new YamlReader(home.document);
    const baseNode = homeReader.get(homeReader.get(home.document.contents ?? undefined, 'services'), name);
    return baseNode !== undefined && homeReader.isMap(baseNode) ? { document: home, reader: homeReader, name, node: baseNode } : undefined;
}

function envFileValues(document: ComposeDocument, reader: YamlReader, service: string, node: YamlNode, named: NamedFiles): EnvFileValue[] {
    const value = reader.get(node, 'env_file');
    const items = reader.isSeq(value) ? reader.items(value) : value === undefined ? [] : [value];
    return items.flatMap((item) => {
        const pathNode = reader.text(item) !== undefined ? item : reader.get(item, 'path');
        const envFile = reader.text(pathNode);
        const lines = envFile === undefined ? undefined : named.envFileNamed(URI.parse(document.file.uri).fsPath, envFile);
        const [start, end] = offsetsOf(pathNode);
        return (lines ?? []).map((line) => ({ ...line, envFile: envFile as string, from: { uri: document.file.uri, range: document.file.rangeOf(start, end), key: `services.${service}.env_file(${envFile}).${line.key}` } }));
    });
}
