/** Asks the language server for a design's diagram (`archlens/diagram`). */
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../../diagram/diagram-protocol.js';
import type { ArchLensLanguageServer } from '../language-server.js';

/** How long a request waits for a client that is being created (activation, a restart). */
const CLIENT_WAIT_MS = 5_000;
const CLIENT_POLL_MS = 100;

export async function requestDiagram(server: ArchLensLanguageServer, params: DiagramParams): Promise<DiagramResult> {
    const client = await clientOf(server);
    if (!client) {
        return { ok: false, message: 'The ArchLens language server is not running. Run "ArchLens: Restart Language Server".' };
    }
    try {
        return await client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, params);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `The ArchLens language server did not answer: ${message}` };
    }
}

async function clientOf(server: ArchLensLanguageServer): Promise<ArchLensLanguageServer['languageClient']> {
    for (let waited = 0; !server.languageClient && waited < CLIENT_WAIT_MS; waited += CLIENT_POLL_MS) {
        await new Promise((resolve) => setTimeout(resolve, CLIENT_POLL_MS));
    }
    return server.languageClient;
}
