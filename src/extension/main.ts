/**
 * The VS Code extension: runs the bundled ArchLens language server
 * (dist/server.cjs) over IPC and adds its commands. It runs no code from the
 * workspace, so it is enabled in untrusted workspaces too.
 */
import * as path from 'node:path';
import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import { registerCommands } from './commands.js';
import { CompareCommands } from './compare/compare-command.js';
import { OUTPUT_CHANNEL_NAME } from './identifiers.js';
import { ArchLensLanguageServer } from './language-server.js';
import { PracticeController } from './practice/practice-controller.js';
import { PreviewManager } from './preview/preview-manager.js';
import { ReportDocuments } from './report/report-documents.js';
import { drawDiagramsInReports } from './report/report-markdown.js';
import { SettingTraceChannel } from './trace-channel.js';
import { DeploymentDiagnostics } from './import/deployment-diagnostics.js';
import { registerImportCommand } from './import/import-command.js';

let server: ArchLensLanguageServer | undefined;

/** What VS Code's Markdown preview takes from the extension (`markdown.markdownItPlugins`). */
export interface ArchLensApi {
    extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export async function activate(context: vscode.ExtensionContext): Promise<ArchLensApi> {
    const log = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
    const traceChannel = new SettingTraceChannel(log);
    server = new ArchLensLanguageServer(context.asAbsolutePath(path.join('dist', 'server.cjs')), log, traceChannel);
    const preview = new PreviewManager((relative) => context.asAbsolutePath(relative), server, log);
    const reports = new ReportDocuments(server);
    const practice = new PracticeController(server, log, context.workspaceState);
    const deployments = new DeploymentDiagnostics(server, log);
    const compare = new CompareCommands(vscode.Uri.file(context.asAbsolutePath('media')), server, log);
    context.subscriptions.push(log, traceChannel, ...registerCommands(server, log), preview, ...preview.register(), reports, ...reports.register(), practice, ...practice.register(), registerImportCommand(server), deployments, compare, ...compare.register());
    // A practice running when the window reloaded goes on where it was.
    void practice.resume().catch((error: unknown) => log.warn(`The practice session was not resumed: ${error instanceof Error ? error.message : String(error)}`));
    try {
        await server.start();
        context.subscriptions.push(...deployments.register());
    } catch (error) {
        // Keep the commands: "Restart Language Server" is the way out.
        const message = error instanceof Error ? error.message : String(error);
        log.error(`The ArchLens language server did not start: ${message}`);
    }
    return { extendMarkdownIt: drawDiagramsInReports };
}

export async function deactivate(): Promise<void> {
    // VS Code waits for this promise, so the server gets its shutdown and exit.
    await server?.stop();
    server = undefined;
}
