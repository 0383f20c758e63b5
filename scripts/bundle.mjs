// Bundles the extension client, the language server, the CLI and the GitHub
// Action's script into dist/ as CommonJS (VS Code loads extensions with require; Langium 4 is ESM), and
// the preview's webview script into media/ with a copy of Mermaid beside it
// (the webview may load files from media/ only, and never from the network).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    legalComments: 'linked',
    logLevel: 'warning',
    // Prefer packages' ES module builds: jsonc-parser's UMD build loads its
    // parts with a dynamic require that a bundle cannot follow.
    mainFields: ['module', 'main']
};

const entries = [
    { entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
    { entryPoints: ['src/server/main.ts'], outfile: 'dist/server.cjs' },
    { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
    // The GitHub Action (action.yml): a small script that runs dist/cli.cjs.
    { entryPoints: ['src/action/main.ts'], outfile: 'dist/action.cjs' }
];

// The webview runs in VS Code's Chromium: one classic script, no Node.
const webview = {
    entryPoints: ['src/webview/main.ts'],
    outfile: 'media/preview.js',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome114',
    sourcemap: !production,
    minify: production,
    legalComments: 'none',
    logLevel: 'warning'
};

copyMermaid();

// The review report's diagrams in VS Code's Markdown preview (`markdown.previewScripts`).
const reportPreview = { ...webview, entryPoints: ['src/webview/report-preview.ts'], outfile: 'media/report-preview.js' };

const contexts = await Promise.all([...entries.map((entry) => esbuild.context({ ...common, ...entry })), esbuild.context(webview), esbuild.context(reportPreview)]);
if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
} else {
    await Promise.all(contexts.map((context) => context.rebuild()));
    await Promise.all(contexts.map((context) => context.dispose()));
}

/** Mermaid's browser build and its licence, shipped in media/ (both generated: see .gitignore). */
function copyMermaid() {
    const script = fileURLToPath(import.meta.resolve('mermaid/dist/mermaid.min.js'));
    fs.mkdirSync('media', { recursive: true });
    fs.copyFileSync(script, 'media/mermaid.min.js');
    fs.copyFileSync(fileURLToPath(import.meta.resolve('mermaid/LICENSE')), 'media/mermaid.LICENSE.txt');
}
