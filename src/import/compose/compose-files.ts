/**
 * The files of a Compose project: the ones given (the main file, then its
 * overrides) and the ones they name, which `docker compose` reads too:
 * `include` (other Compose files, loaded before the file that includes
 * them), `extends.file` (where a base service is written) and `env_file`
 * (variables that often name the hosts a service calls). Each file is read
 * once, only inside the project's folder (followed-path.ts), and every
 * reference that cannot be followed is a positioned problem, never a stop.
 */
import { URI } from 'langium';
import type { Document, Node as YamlNode } from 'yaml';
import { readFailure } from '../../files/file-errors.js';
import { readDesignText } from '../../files/read-file.js';
import type { ImportProblem } from '../imported-system.js';
import { YamlReader } from '../yaml/yaml-nodes.js';
import type { YamlFile } from '../yaml/yaml-source.js';
import { readYamlFiles } from '../yaml/read-yaml-files.js';
import { composeSchemaProblems } from './compose-schema.js';
import { type EnvLine, parseEnvFile } from './env-file.js';
import { followedPath, resolveNamed } from './followed-path.js';
import { interpolate } from './interpolate.js';

export interface ComposeDocument {
    readonly file: YamlFile;
    readonly document: Document.Parsed;
}

/** How deep `include` and `extends` may nest: real projects use one or two levels; a loop is cut at the first repeat anyway. */
const MAX_DEPTH = 8;

/** A file named by a Compose file: where it is named, and the path as written. */
interface Reference {
    readonly document: ComposeDocument;
    readonly node: YamlNode;
    readonly named: string;
    /** `required: false` on an env file: a missing one is not a problem. */
    readonly optional?: boolean;
}

export class ComposeFiles {
    readonly problems: ImportProblem[] = [];
    private readonly documents = new Map<string, ComposeDocument | undefined>();
    private readonly envFiles = new Map<string, readonly EnvLine[]>();

    constructor(private readonly folder: string) {}

    /** Every other file read: Compose files named by `extends.file`, env files (URIs). */
    namedFiles(): string[] {
        const yaml = [...this.documents.values()].flatMap((document) => (document ? [document.file.uri] : []));
        return [...yaml, ...[...this.envFiles.keys()].map((file) => URI.file(file).toString())];
    }

    /** The given files in order, each preceded by what it includes (recursively). */
    async project(files: readonly string[]): Promise<ComposeDocument[]> {
        const loaded: ComposeDocument[] = [];
        for (const file of files) {
            loaded.push(...(await this.withIncludes(file, [])));
        }
        // A file included twice (by two files, or given and included) is one layer, where it first appears.
        const unique = loaded.filter((document, index) => loaded.indexOf(document) === index);
        await this.readNamed(unique);
        this.checkBases();
        return unique;
    }

    /** A base service `extends` names that its file does not define (Compose refuses the project; the import reads the service as written). */
    private checkBases(): void {
        for (const document of this.documents.values()) {
            if (!document) {
                continue;
            }
            const reader = new YamlReader(document.document);
            for (const service of reader.entries(reader.get(document.document.contents ?? undefined, 'services'))) {
                const value = reader.get(service.value, 'extends');
                const name = reader.text(value) ?? reader.text(reader.get(value, 'service'));
                const file = reader.text(reader.get(value, 'file'));
                const home = file === undefined ? document : this.documentNamed(fsPath(document), file);
                if (value !== undefined && name !== undefined && home && !definesService(home, name)) {
                    this.problem({ document, node: value, named: name }, `\`extends\` is not followed: no service '${name}' in ${file ?? 'this file'}; the service is read as this file writes it.`);
                }
            }
        }
    }

    /** A Compose file read for `extends.file` (read beforehand by {@link project}), by the path as written in the file naming it. */
    documentNamed(namedIn: string, named: string): ComposeDocument | undefined {
        return this.documents.get(resolveNamed(namedIn, interpolate(named).text));
    }

    /** An env file's variables (read beforehand by {@link project}), by the path as written. */
    envFileNamed(namedIn: string, named: string): readonly EnvLine[] | undefined {
        return this.envFiles.get(resolveNamed(namedIn, interpolate(named).text));
    }

    private async withIncludes(file: string, chain: readonly string[]): Promise<ComposeDocument[]> {
        const document = await this.read(file);
        if (!document) {
            return [];
        }
        const included: ComposeDocument[] = [];
        for (const reference of includesOf(document)) {
            const target = await this.follow(reference, 'include', chain);
            if (target !== undefined) {
                included.push(...(await this.withIncludes(target, [...chain, fsPath(document)])));
            }
        }
        return [...included, document];
    }

    /** Reads the files the project's services name with `extends.file` (and what those name) and `env_file`. */
    private async readNamed(documents: readonly ComposeDocument[]): Promise<void> {
        const queue = documents.map((document) => ({ document, chain: [] as string[] }));
        for (let next = queue.shift(); next; next = queue.shift()) {
            for (const reference of serviceReferences(next.document, 'extends')) {
                const target = await this.follow(reference, 'extends', next.chain);
                const base = target !== undefined && !this.documents.has(target) ? await this.read(target) : undefined;
                if (base) {
                    queue.push({ document: base, chain: [...next.chain, fsPath(next.document)] });
                }
            }
            for (const reference of serviceReferences(next.document, 'env_file')) {
                const target = await this.follow(reference, 'env_file', []);
                if (target !== undefined && !this.envFiles.has(target)) {
                    this.envFiles.set(target, await this.readEnvFile(target, reference));
                }
            }
        }
    }

    /** The path a reference names, when it may be read; a positioned problem when not. */
    private async follow(reference: Reference, key: string, chain: readonly string[]): Promise<string | undefined> {
        const namedIn = fsPath(reference.document);
        const followed = await followedPath(namedIn, reference.named, this.folder);
        if ('refused' in followed) {
            if (!(followed.missing && reference.optional)) {
                this.problem(reference, `\`${key}\` is not followed: ${followed.refused}.`);
            }
            return undefined;
        }
        if (chain.length >= MAX_DEPTH || chain.includes(followed.path) || followed.path === namedIn) {
            this.problem(reference, `\`${key}\` is not followed: '${reference.named}' leads back to a file already being read, or nests more than ${MAX_DEPTH} deep.`);
            return undefined;
        }
        return followed.path;
    }

    private async read(file: string): Promise<ComposeDocument | undefined> {
        if (this.documents.has(file)) {
            return this.documents.get(file);
        }
        const read = await readYamlFiles([file], 'Compose file');
        this.problems.push(...read.problems);
        const yaml = read.files[0];
        const document = yaml?.documents[0] ? { file: yaml, document: yaml.documents[0] } : undefined;
        if (document) {
            this.problems.push(...composeSchemaProblems(document.file, document.document));
        }
        this.documents.set(file, document);
        return document;
    }

    private async readEnvFile(file: string, reference: Reference): Promise<readonly EnvLine[]> {
        try {
            return parseEnvFile(await readDesignText(file));
        } catch (error) {
            this.problem(reference, `\`env_file\` is not read: ${readFailure(error)}.`);
            return [];
        }
    }

    private problem(reference: Reference, message: string): void {
        const [start, end] = reference.node.range ?? [0, 0];
        this.problems.push({ uri: reference.document.file.uri, range: reference.document.file.rangeOf(start, end), rule: 'import/not-followed', severity: 'info', message });
    }
}

function definesService(document: ComposeDocument, name: string): boolean {
    const reader = new YamlReader(document.document);
    return reader.get(reader.get(document.document.contents ?? undefined, 'services'), name) !== undefined;
}

function fsPath(document: ComposeDocument): string {
    return URI.parse(document.file.uri).fsPath;
}

/** `include: [a.yaml, {path: b.yaml}, {path: [c.yaml, c.override.yaml]}]`. */
function includesOf(document: ComposeDocument): Reference[] {
    const reader = new YamlReader(document.document);
    const include = reader.get(document.document.contents ?? undefined, 'include');
    return reader.items(include).flatMap((item) => {
        const paths = reader.text(item) !== undefined ? [item] : reader.isSeq(reader.get(item, 'path')) ? reader.items(reader.get(item, 'path')) : [reader.get(item, 'path')];
        return paths.flatMap((node) => namedBy(document, reader, node));
    });
}

/** Every `extends.file` or `env_file` entry the services of a file write. */
export function serviceReferences(document: ComposeDocument, key: 'extends' | 'env_file'): Reference[] {
    const reader = new YamlReader(document.document);
    return reader.entries(reader.get(document.document.contents ?? undefined, 'services')).flatMap((service) => {
        const value = reader.get(service.value, key);
        if (key === 'extends') {
            return namedBy(document, reader, reader.get(value, 'file'));
        }
        const items = reader.isSeq(value) ? reader.items(value) : [value];
        return items.flatMap((item) => (reader.text(item) !== undefined ? namedBy(document, reader, item) : namedBy(document, reader, reader.get(item, 'path'), reader.text(reader.get(item, 'required')) === 'false')));
    });
}

function namedBy(document: ComposeDocument, reader: YamlReader, node: YamlNode | undefined, optional?: boolean): Reference[] {
    const written = reader.text(node);
    const named = written === undefined ? undefined : interpolate(written).text;
    return node !== undefined && named !== undefined && named.trim() !== '' ? [{ document, node, named, ...(optional ? { optional: true as const } : {}) }] : [];
}
