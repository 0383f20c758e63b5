/** The ArchLens language server, started by the extension over IPC (or --stdio). */
import '../util/node20.js';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ArchFileSystem } from '../files/arch-file-system.js';
import { createArchServices } from '../language/arch-module.js';
import { refreshCodeLensesAfterBuilds } from './code-lens-refresh.js';
import { publishConfigDiagnostics } from './config-diagnostics.js';
import { serveDebugHeap } from './debug-heap.js';
import { serveDiagrams } from './diagram-request.js';
import { servePracticeScores } from './practice-request.js';
import { serveImports } from './import-request.js';
import { keepServingOnFailedTasks } from './keep-serving.js';
import { releaseMemoryWhenSettled } from './memory-release.js';
import { serveReports } from './report-request.js';
import { refreshOnConfigChanges } from './workspace-refresh.js';

const connection = createConnection(ProposedFeatures.all);
keepServingOnFailedTasks(connection);
const { shared, Arch } = createArchServices({ connection, ...ArchFileSystem });
refreshOnConfigChanges(shared, Arch);
publishConfigDiagnostics(shared, Arch, connection);
serveDiagrams(shared, Arch, connection);
serveReports(shared, Arch, connection);
servePracticeScores(shared, connection);
serveImports(shared, connection);
refreshCodeLensesAfterBuilds(shared, connection);
serveDebugHeap(shared, connection, releaseMemoryWhenSettled(shared));
startLanguageServer(shared);
