/**
 * Reads `.arch` files (and what they import) into one Langium workspace,
 * builds and validates it, and returns the designs and findings: the job the
 * CLI, the report and the benchmarks share with the language server.
 */
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as path from 'node:path';
import type { Design } from '../model/design.js';
import type { Finding } from '../model/finding.js';
import { type ArchServices, createArchServices } from '../language/arch-module.js';
import { isModel } from '../language/generated/ast.js';
import { displayPath } from '../util/display-path.js';
import { ConfigError, describeConfigProblems } from './config-errors.js';
import { findingsOfDocument } from './findings-of-document.js';
import { collectArchFiles, InputError } from './input-files.js';

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
}

export async function analyzePaths(paths: readonly string[], options: AnalyzeOptions = {}): Promise<Analysis> {
    const cwd = options.cwd ?? process.cwd();
    const files = await collectArchFiles(paths, cwd);
    return analyzeFiles(files, { ...options, cwd });
}

/**
 * Builds the files; throws a ConfigError when a configuration file (given or
 * found) has problems, since a CI run must not pass on a config it ignored.
 */
export async function analyzeFiles(files: readonly string[], options: AnalyzeOptions = {}): Promise<Analysis> {
    const cwd = options.cwd ?? process.cwd();
    const { shared, Arch } = createArchServices(NodeFileSystem, { batch: true });
    if (options.configFile) {
        const configPath = path.resolve(cwd, options.configFile);
        if (!(await Arch.shared.workspace.FileSystemProvider.exists(URI.file(configPath)).catch(() => false))) {
            throw new InputError(`cannot find the configuration '${options.configFile}'.`);
        }
        Arch.design.ConfigService.useFile(URI.file(configPath));
    }
    const documents = await loadWithImports(Arch, files.map((file) => URI.file(file)));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const problems = describeConfigProblems(Arch.design.ConfigService.configFiles(), (file) => displayPath(file, cwd));
    if (problems) {
        throw new ConfigError(problems);
    }
    const registry = Arch.design.DesignRegistry;
    const suppressed = Arch.design.ReviewService.all().filter((finding) => finding.suppressed);
    return {
        files: documents.map((document) => document.uri.fsPath),
        designs: registry.designNames().map((name) => registry.design(name)?.design).filter((design): design is Design => design !== undefined),
        findings: [...documents.flatMap((document) => findingsOfDocument(document)), ...suppressed],
        services: Arch
    };
}

/** Loads the documents and, transitively, the files they import. */
async function loadWithImports(services: ArchServices, uris: readonly URI[]): Promise<LangiumDocument[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const fileSystem = services.shared.workspace.FileSystemProvider;
    const loaded = new Map<string, LangiumDocument>();
    const queue = [...uris];
    while (queue.length > 0) {
        const uri = queue.shift() as URI;
        if (loaded.has(uri.toString())) {
            continue;
        }
        const document = await documents.getOrCreateDocument(uri);
        loaded.set(uri.toString(), document);
        const root = document.parseResult.value;
        for (const imported of isModel(root) ? root.imports : []) {
            const target = URI.file(path.resolve(path.dirname(uri.fsPath), imported.path ?? ''));
            if (imported.path?.endsWith('.arch') && !loaded.has(target.toString()) && await fileSystem.exists(target).catch(() => false)) {
                queue.push(target);
            }
        }
    }
    return [...loaded.values()];
}
