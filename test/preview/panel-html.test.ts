/** The preview page's security: its Content Security Policy and the webview's options (src/extension/preview/preview-html.ts). */
import { expect } from 'chai';
import { contentSecurityPolicy, createNonce, previewHtml, previewWebviewOptions } from '../../src/extension/preview/preview-html.js';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function page(nonce = createNonce()): string {
    return previewHtml({
        cspSource: CSP_SOURCE,
        nonce,
        mermaidScript: `${CSP_SOURCE}/ext/media/mermaid.min.js`,
        previewScript: `${CSP_SOURCE}/ext/media/preview.js`,
        stylesheet: `${CSP_SOURCE}/ext/media/preview.css`
    });
}

/** The policy's directives, by name. */
function directives(html: string): Map<string, string[]> {
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    return new Map(content.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

describe('preview page (HTML and webview options)', () => {
    it('allows only scripts carrying the nonce, and no inline or eval scripts', () => {
        const nonce = createNonce();
        const policy = directives(page(nonce));
        expect(policy.get('script-src')).to.deep.equal([`'nonce-${nonce}'`]);
        expect(policy.get('default-src')).to.deep.equal(["'none'"]);
        const scriptSources = [...(policy.get('script-src') ?? []), ...(policy.get('default-src') ?? [])];
        expect(scriptSources).not.to.include("'unsafe-inline'");
        expect(scriptSources).not.to.include("'unsafe-eval'");
    });

    it('puts the nonce on every script tag, and every script is a file of the media folder', () => {
        const nonce = createNonce();
        const scripts = [...page(nonce).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts).to.have.length(2);
        for (const [, attributes = '', body] of scripts) {
            expect(attributes).to.contain(`nonce="${nonce}"`);
            const source = /src="([^"]*)"/.exec(attributes)?.[1] ?? '';
            expect(source.startsWith(`${CSP_SOURCE}/ext/media/`) && source.endsWith('.js'), source).to.equal(true);
            expect(body, 'no inline code').to.equal('');
        }
        expect(page(nonce)).not.to.match(/\son[a-z]+=/i);
    });

    it('loads styles, images and fonts only from the webview and never from the network', () => {
        const policy = directives(page());
        expect(policy.get('style-src')).to.deep.equal([CSP_SOURCE, "'unsafe-inline'"]);
        expect(policy.get('img-src')).to.deep.equal([CSP_SOURCE, 'data:']);
        expect(policy.get('font-src')).to.deep.equal([CSP_SOURCE]);
        expect([...policy.keys()].sort()).to.deep.equal(['default-src', 'font-src', 'img-src', 'script-src', 'style-src']);
    });

    it('uses a fresh, unguessable nonce for each page', () => {
        const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
        expect(nonces.size).to.equal(50);
        for (const nonce of nonces) {
            expect(nonce).to.match(/^[A-Za-z0-9_-]{22}$/);
        }
    });

    it('escapes what it writes into attributes', () => {
        const html = previewHtml({ cspSource: CSP_SOURCE, nonce: 'n"><script>', mermaidScript: 'a"b', previewScript: 'c<d', stylesheet: 'e&f' });
        expect(html).not.to.contain('n"><script>');
        expect(html).to.contain('a&quot;b').and.to.contain('c&lt;d').and.to.contain('e&amp;f');
    });

    it('matches the policy the page declares', () => {
        const nonce = createNonce();
        expect(page(nonce)).to.contain(contentSecurityPolicy(CSP_SOURCE, nonce));
    });

    it('enables scripts, disables command links, and lets the webview read the media folder only', () => {
        const media = { path: '/extensions/archlens/media' };
        const options = previewWebviewOptions(media);
        expect(options.localResourceRoots).to.deep.equal([media]);
        expect(options.enableScripts).to.equal(true);
        expect(options.enableCommandUris).to.equal(false);
    });
});
