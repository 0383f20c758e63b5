/**
 * Completion parses a blanked prefix and scans a few lines for tokens
 * (completion-window.ts): at every token boundary of the samples, it must
 * find exactly what a parse of the whole prefix and a scan of the whole file find.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type AstNode, CstUtils, type LangiumDocument } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import { type CompletionSlot, completionSlots } from '../../../src/language/lsp/completion-slots.js';
import { completionPrefix, MAX_UNSTRUCTURED_PREFIX } from '../../../src/language/lsp/completion-window.js';
import { ArchCompletionProvider } from '../../../src/language/lsp/arch-completion-provider.js';
import { buildWorkspace } from '../../helpers/workspace.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');

/** Every offset where a token starts or ends, and the middle of each word. */
function boundaries(document: LangiumDocument): number[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return [];
    }
    const offsets = new Set<number>();
    for (const node of CstUtils.streamCst(root)) {
        if (!('tokenType' in node)) {
            continue;
        }
        offsets.add(node.offset);
        offsets.add(node.end);
        if (node.length > 2) {
            offsets.add(node.offset + 1);
        }
    }
    return [...offsets].sort((a, b) => a - b);
}

function twinFinder(document: LangiumDocument): (node: AstNode) => AstNode | undefined {
    return (node) => {
        const start = node.$cstNode?.offset;
        const root = document.parseResult.value.$cstNode;
        for (let current = root && start !== undefined ? CstUtils.findLeafNodeAtOffset(root, start)?.astNode : undefined; current; current = current.$container) {
            if (current.$type === node.$type && current.$cstNode?.offset === start) {
                return current;
            }
        }
        return undefined;
    };
}

/** A slot as plain data: its holder (a node of one parse or the other) by type and position. */
function described(slot: CompletionSlot): unknown {
    if (slot.kind !== 'key' && slot.kind !== 'value') {
        return slot;
    }
    const { holder, ...place } = slot.place;
    return { ...slot, written: [...slot.written], place: { ...place, holder: `${holder.$type}@${holder.$cstNode?.offset}` } };
}

/** Exposes the token search of both providers. */
class Probe extends ArchCompletionProvider {
    windowed(text: string, offset: number): unknown {
        return this.backtrackToAnyToken(text, offset);
    }

    whole(text: string, offset: number): unknown {
        return DefaultCompletionProvider.prototype['backtrackToAnyToken'].call(this, text, offset);
    }
}

describe('the completion window', function () {
    this.timeout(60_000);

    for (const sample of ['chat.arch', 'ride-hailing/main.arch', 'ride-hailing/edge.arch', 'spec/payments.arch']) {
        it(`finds the same slots and tokens as a whole-prefix parse, at token boundaries throughout ${sample}`, async () => {
            const text = fs.readFileSync(path.join(SAMPLES, sample), 'utf8');
            const workspace = await buildWorkspace({ [path.basename(sample)]: text });
            const [document] = workspace.documents;
            const parser = workspace.services.parser.LangiumParser;
            const probe = new Probe(workspace.services);
            const twin = twinFinder(document);
            // Every boundary would take seconds per sample: a spread of them is as telling.
            const all = boundaries(document);
            const offsets = all.filter((_, index) => index % Math.ceil(all.length / 700) === 0);
            for (const offset of offsets) {
                const windowed = completionSlots(parser, completionPrefix(document, offset), offset, twin).map(described);
                const whole = completionSlots(parser, text.slice(0, offset), offset, twin).map(described);
                expect(windowed, `slots at offset ${offset}`).to.deep.equal(whole);
                expect(probe.windowed(text, offset), `tokens at offset ${offset}`).to.deep.equal(probe.whole(text, offset));
            }
            expect(offsets.length).to.be.greaterThan(300);
        });
    }

    it('keeps every offset and leaves only the header and the member at the cursor to parse', async () => {
        const components = Array.from({ length: 200 }, (_, index) => `  service S${index} { replicas: 2 }`).join('\n');
        const text = `// a large design\narchitecture Big {\n${components}\n  service Last {\n    repl\n  }\n}\n`;
        const workspace = await buildWorkspace({ 'big.arch': text });
        const [document] = workspace.documents;
        const offset = text.indexOf('repl\n') + 4;
        const prefix = completionPrefix(document, offset);
        expect(prefix.length).to.equal(offset);
        expect(prefix.trim().replace(/\s+/g, ' ')).to.equal('architecture Big { service Last { repl');
    });

    it('blanks the blocks before a cursor between blocks, and still proposes what may follow a block', async () => {
        const text = 'import "a.arch"\narchitecture One {\n  service A\n}\narchitecture Two "T" {\n  service B { replicas: 2 }\n}\n\n';
        const workspace = await buildWorkspace({ 'two.arch': text });
        const [document] = workspace.documents;
        const prefix = completionPrefix(document, text.length);
        expect(prefix.length).to.equal(text.length);
        expect(prefix.trim().replace(/\s+/g, ' ')).to.equal('architecture Two "T" { }');
        const completion = await workspace.services.lsp.CompletionProvider?.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.length)
        });
        const labels = completion?.items.map((item) => item.label);
        expect(labels).to.include('architecture');
        expect(labels).not.to.include('import');
    });

    it('parses at most the last 20,000 characters of a file that is not a design', async () => {
        const text = '\u00e9'.repeat(1_000_000);
        const workspace = await buildWorkspace({ 'garbage.arch': text });
        const prefix = completionPrefix(workspace.documents[0], text.length);
        expect(prefix.length).to.equal(text.length);
        expect(prefix.trimStart().length).to.equal(MAX_UNSTRUCTURED_PREFIX);
    });
});
