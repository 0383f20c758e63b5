/**
 * The real server (dist/server.cjs --stdio) gives back the memory a burst of
 * edits took once the user pauses. Before, V8 kept its grown young
 * generation and the pages each build freed: resident memory after twenty
 * edits of a 500-component design stayed some 200 MB above what it was
 * after opening, for as long as the server ran, while the heap stayed flat.
 */
import { expect } from 'chai';
import { generateDesign } from '../../scripts/design-generator/design-generator.js';
import { LspSession } from '../../scripts/bench/lsp-session.js';

const URI = 'file:///workspace/generated.arch';
const MB = 1024 * 1024;
const EDITS = 20;
/** Resident memory the server may keep over what it held after opening: code compiled and caches filled by the first edits. */
const KEPT_LIMIT_MB = 64;
const SETTLE_TIMEOUT_MS = 60_000;

/** `replicas: 2` ↔ `3` on the first line that has it: a build of the whole design each time. */
function replicasFlip(text: string): (version: number) => { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => /replicas: \d/.test(candidate));
    const character = lines[line].indexOf('replicas: ') + 'replicas: '.length;
    return (version) => ({ range: { start: { line, character }, end: { line, character: character + 1 } }, text: version % 2 === 0 ? '3' : '2' });
}

describe('language server memory after a burst of edits', function () {
    this.timeout(300_000);
    let session: LspSession | undefined;

    after(async () => {
        await session?.stop();
    });

    it('gives back what the builds took once the edits pause', async () => {
        session = await LspSession.start({ ARCHLENS_DEBUG_HEAP: '1' });
        const text = generateDesign({ components: 500 }).files.values().next().value ?? '';
        await session.open(URI, text);
        const opened = await session.settledMemory(false, SETTLE_TIMEOUT_MS);
        expect(opened.release, 'this Node can run a memory-reducing collection').to.not.equal(undefined);
        const change = replicasFlip(text);
        for (let version = 2; version < 2 + EDITS; version++) {
            const diagnostics = session.nextDiagnostics(URI);
            await session.change(URI, version, [change(version)]);
            await diagnostics;
        }
        const settled = await session.settledMemory(false, SETTLE_TIMEOUT_MS);
        const keptMb = (settled.memory.rss - opened.memory.rss) / MB;
        expect(keptMb, `resident memory ${Math.round(opened.memory.rss / MB)} MB after opening, ${Math.round(settled.memory.rss / MB)} MB after ${EDITS} edits and a pause`).to.be.below(KEPT_LIMIT_MB);
    });
});
