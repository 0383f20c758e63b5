// Bundles the extension client, the language server and the CLI into dist/
// as CommonJS (VS Code loads extensions with require; Langium 4 is ESM).
import * as esbuild from 'esbuild';

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
    { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } }
];

const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
} else {
    await Promise.all(contexts.map((context) => context.rebuild()));
    await Promise.all(contexts.map((context) => context.dispose()));
}
