/**
 * Problems of `.archlens.json` files as diagnostics on those files (JSON
 * path and what is allowed in the message), published after every build;
 * a fixed file gets its diagnostics cleared.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { lineAndColumn } from '../batch/config-errors.js';
import type { ArchServices } from '../language/arch-module.js';
import type { ConfigFile } from '../language/config-service.js';

export function publishConfigDiagnostics(shared: LangiumSharedServices, arch: ArchServices, connection: Connection): void {
    const published = new Set<string>();
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        const now = new Map(arch.design.ConfigService.configFiles().filter((file) => file.uri).map((file) => [file.uri?.toString() ?? '', file]));
        for (const [uri, file] of now) {
            void connection.sendDiagnostics({ uri, diagnostics: configDiagnostics(file) });
            published.add(uri);
        }
        for (const uri of [...published].filter((uri) => !now.has(uri))) {
            void connection.sendDiagnostics({ uri, diagnostics: [] });
            published.delete(uri);
        }
    });
}

export function configDiagnostics(file: ConfigFile): Diagnostic[] {
    const text = file.text ?? '';
    return file.problems.map((problem) => {
        const start = lineAndColumn(text, problem.offset);
        const end = lineAndColumn(text, problem.offset + problem.length);
        return {
            severity: DiagnosticSeverity.Error,
            source: 'archlens',
            code: 'config',
            message: `${problem.message}${problem.path ? ` (at ${problem.path})` : ''} The review uses the defaults until this is fixed.`,
            range: { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } }
        };
    });
}
