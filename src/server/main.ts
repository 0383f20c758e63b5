/** The ArchLens language server, started by the extension over IPC (or --stdio). */
import '../util/node20.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createArchServices } from '../language/arch-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createArchServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
