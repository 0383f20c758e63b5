/**
 * Test helpers: build one or more `.arch` texts in an in-memory workspace and
 * read back diagnostics and designs.
 */
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type ArchServices, createArchServices } from '../../src/language/arch-module.js';
import type { Design } from '../../src/model/design.js';
import { LANGUAGE_RULES } from '../../src/review/language-rules.js';

export interface TestWorkspace {
    readonly services: ArchServices;
    readonly documents: readonly LangiumDocument[];
    diagnostics(file?: string): Diagnostic[];
    design(name: string): Design;
    /** Changes a file's text as an editor would, and rebuilds what it affects. */
    update(file: string, text: string): Promise<void>;
}

/** Builds files given as `name → text` (or one text, named `test.arch`). */
export async function buildWorkspace(files: string | Readonly<Record<string, string>>): Promise<TestWorkspace> {
    const { shared, Arch } = createArchServices(EmptyFileSystem);
    const entries = typeof files === 'string' ? { 'test.arch': files } : files;
    const documents = Object.entries(entries).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return {
        services: Arch,
        documents,
        diagnostics(file) {
            const selected = file ? documents.filter((document) => document.uri.path.endsWith(`/${file}`)) : documents;
            return selected.flatMap((document) => document.diagnostics ?? []);
        },
        async update(file, text) {
            const document = documents.find((candidate) => candidate.uri.path.endsWith(`/${file}`));
            if (!document) {
                throw new Error(`no file named ${file}`);
            }
            const uri = document.uri.toString();
            const version = (shared.workspace.TextDocuments?.get(uri)?.version ?? 1) + 1;
            shared.workspace.TextDocuments?.set(TextDocument.create(uri, 'arch', version, text));
            await shared.workspace.DocumentBuilder.update([document.uri], []);
        },
        design(name) {
            const built = Arch.design.DesignRegistry.design(name);
            if (!built) {
                throw new Error(`no design named ${name}`);
            }
            return built.design;
        }
    };
}

/** `line:col code message` (1-based) for compact assertions. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${String(diagnostic.code)} ${diagnostic.message}`);
}

const LANGUAGE_RULE_IDS = new Set(LANGUAGE_RULES.map((rule) => rule.id));

/** Problems of the language itself (syntax, references, properties), not review findings. */
export function languageDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((diagnostic) => LANGUAGE_RULE_IDS.has(String(diagnostic.code)));
}

/** Diagnostics at error severity. */
export function errors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((diagnostic) => diagnostic.severity === 1);
}
