/**
 * Bundles the in-editor suite (test/e2e/suite/) into one CommonJS file the
 * extension host can require: mocha and the suite's imports inside,
 * `vscode` left to the editor.
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What `extensionTestsPath` names. */
export const SUITE_BUNDLE = path.join(ROOT, 'out', 'e2e', 'suite', 'index.cjs');

export async function buildSuite(): Promise<string> {
    await esbuild.build({
        entryPoints: [path.join(ROOT, 'test', 'e2e', 'suite', 'index.ts')],
        outfile: SUITE_BUNDLE,
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        external: ['vscode'],
        // For a debugger attached to the extension host (VS Code formats stack traces itself, without them).
        sourcemap: 'inline',
        logLevel: 'warning',
        // Mocha's parallel mode resolves worker files at run time; the suite runs serially and never loads them.
        logOverride: { 'require-resolve-not-external': 'silent' }
    });
    return SUITE_BUNDLE;
}
