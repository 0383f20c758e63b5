/**
 * Deployments an `.arch` file imports (`import "compose.yaml" as Shop`, or a
 * folder of Kubernetes manifests): each is read as the design text the
 * importer writes (import/imported-document.ts), under the URI of its main
 * YAML file, so that the file importing it can `extend` its components by
 * name and the review sees one design. The text is made again whenever the
 * document is rebuilt, so the design follows the YAML as it changes.
 *
 * The CLI reads a deployment once; the language server registers it when a
 * document imports it and rebuilds it when any of its files changes
 * (ArchDocumentBuilder). Findings on it are shown on the YAML lines
 * (`onYaml`), never on the design text, which nobody sees.
 */
import * as path from 'node:path';
import { type LangiumDocument, URI } from 'langium';
import { isModel } from './generated/ast.js';
import { type ImportedDocument, importDocument } from '../import/imported-document.js';
import { deploymentOf, type ImportInput } from '../import/import-inputs.js';

interface Deployment {
    readonly input: ImportInput;
    /** The design name the import gives it (`as Shop`), else the importer's (from its folder). */
    readonly design: string | undefined;
    imported?: ImportedDocument;
}

export class DeploymentDocuments {
    private readonly byUri = new Map<string, Deployment>();
    /** Each file of a registered deployment (overrides, other manifests), to the URI its design is read under. */
    private readonly ownerOfFile = new Map<string, string>();
    /** Whether a path may be read: the language server allows only its workspace's folders. */
    private readable: (file: string) => boolean = () => true;

    /** Limits what may be read to the paths `allowed` accepts (the editor's workspace). */
    restrictTo(allowed: (file: string) => boolean): void {
        this.readable = allowed;
    }

    /**
     * The deployment at `target` (a Compose file, or a folder holding one or
     * manifests) registered under its main file's URI; undefined when it is
     * not one, or may not be read.
     */
    async register(target: string, design: string | undefined): Promise<{ readonly uri: URI; readonly changed: boolean } | undefined> {
        if (!this.readable(target)) {
            return undefined;
        }
        const input = await deploymentOf(target);
        if (!input || !input.files.every((file) => this.readable(file))) {
            return undefined;
        }
        const uri = URI.file(input.files[0]);
        const known = this.byUri.get(uri.toString());
        const changed = !known || known.design !== design || known.input.files.join('\n') !== input.files.join('\n');
        if (changed) {
            this.byUri.set(uri.toString(), { input, design });
            for (const file of input.files) {
                this.ownerOfFile.set(URI.file(file).toString(), uri.toString());
            }
        }
        return { uri, changed };
    }

    /** Forgets a deployment no document imports any more. */
    forget(uri: URI | string): void {
        const key = uri.toString();
        this.byUri.delete(key);
        for (const [file, owner] of [...this.ownerOfFile]) {
            if (owner === key) {
                this.ownerOfFile.delete(file);
            }
        }
    }

    uris(): string[] {
        return [...this.byUri.keys()];
    }

    isDeployment(uri: URI | string): boolean {
        return this.byUri.has(uri.toString());
    }

    /** The URI of the deployment a changed file belongs to, if it belongs to one. */
    deploymentOfFile(uri: URI | string): string | undefined {
        return this.ownerOfFile.get(uri.toString());
    }

    /** Reads the deployment again and returns its design text. */
    async textOf(uri: URI | string): Promise<string> {
        const deployment = this.byUri.get(uri.toString());
        if (!deployment) {
            return '';
        }
        const imported = await importDocument(deployment.input, path.dirname(deployment.input.files[0]), deployment.design);
        deployment.imported = imported;
        // Files the deployment names (`include`, `extends.file`, `env_file`) rebuild it too when they change.
        for (const file of imported.system.files) {
            this.ownerOfFile.set(file, uri.toString());
        }
        return imported.text;
    }

    /** The last reading of a deployment: its design text's lines mapped to the YAML. */
    importedAt(uri: URI | string): ImportedDocument | undefined {
        return this.byUri.get(uri.toString())?.imported;
    }

    all(): ImportedDocument[] {
        return [...this.byUri.values()].flatMap((deployment) => (deployment.imported ? [deployment.imported] : []));
    }
}

/** Whether an import names a deployment rather than an `.arch` file. */
export function importsDeployment(importPath: string): boolean {
    return !importPath.endsWith('.arch');
}

/** The deployments a parsed document imports: each one's path resolved from the document's folder, and the design name it gives. */
export function deploymentImportsOf(document: LangiumDocument): { readonly target: string; readonly design: string | undefined }[] {
    const root = document.parseResult?.value;
    if (!isModel(root) || document.uri.scheme !== 'file') {
        return [];
    }
    return root.imports
        .filter((node): node is typeof node & { path: string } => node.path !== undefined && node.path.trim() !== '' && importsDeployment(node.path))
        .map((node) => ({ target: path.resolve(path.dirname(document.uri.fsPath), node.path), design: node.design }));
}
