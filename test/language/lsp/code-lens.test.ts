import { expect } from 'chai';
import type { CodeLens } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';
import { readSpecExample } from '../../helpers/spec-examples.js';
import { documentNamed, textDocumentOf } from './editor-workspace.js';

async function lenses(workspace: TestWorkspace, name: string): Promise<CodeLens[]> {
    const provider = workspace.services.lsp.CodeLensProvider;
    if (!provider) {
        throw new Error('no code lens provider');
    }
    const document = documentNamed(workspace, name);
    return (await provider.provideCodeLens(document, { textDocument: textDocumentOf(document) })) ?? [];
}

/** Each lens as `line: title`, lines counted from 1 as the editor shows them. */
function described(found: readonly CodeLens[]): string[] {
    return found.map((lens) => `${lens.range.start.line + 1}: ${lens.command?.title ?? ''}`);
}

describe('estimate code lenses', () => {
    it('sum up each component of the URL shortener above its declaration', async () => {
        const workspace = await buildWorkspace({ 'url-shortener.arch': readSpecExample('url-shortener.arch') });
        expect(described(await lenses(workspace, 'url-shortener.arch'))).to.deep.equal([
            '12: ≈ 40k rps · 99.99% available',
            '13: ≈ 40k rps · 99.99% available',
            '16: ≈ 40k rps · 66.7% of capacity · 99.999988% available',
            '28: ≈ 39.6k rps · 19.8% of capacity · 99.5% available',
            '30: ≈ 4.36k rps · 3.6% of capacity · 99.999988% available',
            '42: ≈ 40k rps · 13.3% of capacity · 99.999988% available',
            '43: ≈ 40k rps · 80% of capacity · 99.9975% available',
            '44: ≈ 40k rps · 133% of capacity · 99.999988% available'
        ]);
    });

    it('show availability and latency when the design states no load, and leave out clients', async () => {
        const workspace = await buildWorkspace({ 'a.arch': 'architecture A {\n  client U\n  service Api { replicas: 2 }\n  U -> Api\n}\n' });
        expect(described(await lenses(workspace, 'a.arch'))).to.deep.equal(['3: 99.9975% available · 10ms']);
    });

    it('follow load from another file of the same design', async () => {
        const workspace = await buildWorkspace({
            'entry.arch': 'architecture A {\n  requirements { peak_rps: 3k }\n  client U\n  U -> Api\n}\n',
            'api.arch': 'architecture A {\n  service Api { replicas: 2 }\n}\n'
        });
        expect(described(await lenses(workspace, 'api.arch'))).to.deep.equal(['2: ≈ 3k rps · 150% of capacity · 99.9975% available']);
    });

    it('are switched off by archlens.estimates.codeLens', async () => {
        const workspace = await buildWorkspace({ 'url-shortener.arch': readSpecExample('url-shortener.arch') });
        workspace.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { archlens: { estimates: { codeLens: false } } } });
        expect(await lenses(workspace, 'url-shortener.arch')).to.deep.equal([]);
    });
});
