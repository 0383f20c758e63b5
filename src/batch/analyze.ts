/**
 * Reads `.arch` files (and what they import) into one Langium workspace,
 * builds and validates it, and returns the designs and findings: the job the
 * CLI, the report and the benchmarks share with the language server.
 */
import { type LangiumDocument, URI } from 'langium';
import * as path from 'node:path';
import { ArchFileSystem } from '../files/arch-file-system.js';
import { readFailure } from '../files/file-errors.js';
import { readDesignText } from '../files/read-file.js';
import type { Design } from '../model/design.js';
import type { Finding } from '../model/finding.js';
import { type ArchServices, createArchServices } from '../language/arch-module.js';
import { isModel } from '../language/generated/ast.js';
import { displayPath } from '../util/display-path.js';
import { ConfigError, describeConfigProblems } from './config-errors.js';
import { findingsOfDocument } from './findings-of-document.js';
import { collectInputs, InputError } from './input-files.js';
import type { ImportInput } from '../import/import-inputs.js';
import { type ImportedDocument, importDocument, onYaml, problemFindings } from '../import/imported-document.js';
import { deploymentsOf } from '../language/arch-document-factory.js';
import { deploymentImportsOf } from '../language/deployment-documents.js';

export interface Analysis {
    /** Absolute paths of every file read, imports included. */
    readonly files: readonly string[];
    readonly designs: readonly Design[];
    readonly findings: readonly Finding[];
    readonly services: ArchServices;
}

export interface AnalyzeOptions {
    readonly cwd?: string;
    /** One config file for every design, instead of each file's nearest `.archlens.json`. */
    readonly configFile?: string;
    /** Compose projects to import and review beside the designs. */
    readonly imports?: readonly ImportInput[];
    /**
     * Texts to review instead of what the given files hold on disk, by
     * absolute path: an editor's unsaved text, or a file as it was at a git
     * ref. The files it imports are read from disk.
     */
    readonly texts?: ReadonlyMap<string, string>;
}

export async function analyzePaths(paths: readonly string[], options: AnalyzeOptions = {}): Promise<Analysis> {
    const cwd = options.cwd ?? process.cwd();
    const inputs = await collectInputs(paths, cwd);
    return analyzeFiles(inputs.archFiles, { ...options, cwd, imports: [...(options.imports ?? []), ...inputs.imports] });
}

/**
 * Builds the files; throws a ConfigError when a configuration file (given or
 * found) has problems, since a CI run must not pass on a config it ignored.
 */
export async function analyzeFiles(files: readonly string[], options: AnalyzeOptions = {}): Promise<Analysis> {
    const cwd = options.cwd ?? process.cwd();
    const { shared, Arch } = createArchServices(ArchFileSystem, { batch: true });
    if (options.configFile) {
        const configPath = path.resolve(cwd, options.configFile);
        if (!(await Arch.shared.workspace.FileSystemProvider.exists(URI.file(configPath)).catch(() => false))) {
            throw new InputError(`cannot find the configuration '${options.configFile}'.`);
        }
        Arch.design.ConfigService.useFile(URI.file(configPath));
    }
    const given = await Promise.all((options.imports ?? []).map((input) => importDocument(input, cwd)));
    const documents = await loadWithImports(Arch, files, cwd, given, options.texts);
    const imported = [...given, ...deploymentsOf(shared).all()];
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const problems = describeConfigProblems(Arch.design.ConfigService.configFiles(), (file) => displayPath(file, cwd));
    if (problems) {
        throw new ConfigError(problems);
    }
    const registry = Arch.design.DesignRegistry;
    const suppressed = Arch.design.ReviewService.all().filter((finding) => finding.suppressed);
    const byUri = new Map(imported.map((document) => [document.uri, document]));
    const onFiles = (finding: Finding): Finding => {
        const source = byUri.get(finding.uri);
        return source ? onYaml(finding, source) : finding;
    };
    return {
        files: [...documents.map((document) => document.uri.fsPath), ...imported.flatMap((document) => document.system.files.slice(1).map((uri) => URI.parse(uri).fsPath))],
        designs: registry.designNames().map((name) => registry.design(name)?.design).filter((design): design is Design => design !== undefined),
        findings: [...documents.flatMap((document) => findingsOfDocument(document)), ...suppressed].map(onFiles).concat(imported.flatMap(problemFindings)),
        services: Arch
    };
}

/**
 * Reads the given files (every one before any is parsed: an unreadable one
 * stops the run) and, transitively, the files they import. An import that
 * cannot be read is left out: the validator reports why, on the import.
 */
async function loadWithImports(services: ArchServices, files: readonly string[], cwd: string, imported: readonly ImportedDocument[] = [], texts: ReadonlyMap<string, string> = new Map()): Promise<LangiumDocument[]> {
    const queue: { uri: URI; text: string }[] = imported.map((document) => ({ uri: URI.parse(document.uri), text: document.text }));
    for (const file of files) {
        queue.push({ uri: URI.file(file), text: texts.get(file) ?? await readGivenFile(file, cwd) });
    }
    const seen = new Set(queue.map(({ uri }) => uri.toString()));
    const documents: LangiumDocument[] = [];
    for (let next = queue.shift(); next; next = queue.shift()) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(next.text, next.uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
        for (const target of importedFiles(document).filter((uri) => !seen.has(uri.toString()))) {
            seen.add(target.toString());
            const text = await readDesignText(target.fsPath).catch(() => undefined);
            if (text !== undefined) {
                queue.push({ uri: target, text });
            }
        }
        queue.push(...(await importedDeployments(services, document, seen)));
    }
    return documents;
}

/**
 * The deployments a document imports (`import "compose.yaml" as Shop`), read
 * once each, as design texts under their main YAML file's URI. One that is
 * given on the command line too is read once, as given.
 */
async function importedDeployments(services: ArchServices, document: LangiumDocument, seen: Set<string>): Promise<{ uri: URI; text: string }[]> {
    const deployments = deploymentsOf(services.shared);
    const read: { uri: URI; text: string }[] = [];
    for (const { target, design } of deploymentImportsOf(document)) {
        const uri = (await deployments.register(target, design))?.uri;
        if (uri && !seen.has(uri.toString())) {
            seen.add(uri.toString());
            read.push({ uri, text: await deployments.textOf(uri) });
        }
    }
    return read;
}


async function readGivenFile(file: string, cwd: string): Promise<string> {
    try {
        return await readDesignText(file);
    } catch (error) {
        throw new InputError(`cannot read '${displayPath(file, cwd)}': ${readFailure(error)}`);
    }
}

function importedFiles(document: LangiumDocument): URI[] {
    const root = document.parseResult.value;
    const paths = isModel(root) ? root.imports.map((imported) => imported.path).filter((file): file is string => file?.endsWith('.arch') === true) : [];
    return paths.map((imported) => URI.file(path.resolve(path.dirname(document.uri.fsPath), imported)));
}
