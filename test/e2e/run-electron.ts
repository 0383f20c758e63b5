/**
 * The extension tests in desktop VS Code, with @vscode/test-electron, for
 * machines that can download VS Code (a developer's laptop, GitHub Actions
 * under xvfb-run). The same suite and the same packaged VSIX as the
 * code-server run of `npm test`; this machine's CI cannot download VS Code.
 *
 *   npm run test:e2e:electron                      latest stable VS Code
 *   ARCHLENS_VSCODE_VERSION=1.91.0 npm run test:e2e:electron
 *   xvfb-run -a npm run test:e2e:electron           on Linux without a display
 *
 * VS Code is cached in .vscode-test/; the user data, extensions folder and
 * workspace are a scratch folder removed at the end.
 */
import { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSuite } from './build-suite.js';
import { writeUserSettings } from './editor-settings.js';
import { ROOT, createPlaceholderExtension, createWorkspace, packageVsix } from './prepare.js';

async function main(): Promise<number> {
    // First, so that a machine without internet fails at once.
    const vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.ARCHLENS_VSCODE_VERSION ?? 'stable');
    const vsix = packageVsix(path.join(ROOT, '.test-output', 'e2e-electron', 'package.log'));
    const suite = await buildSuite();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-e2e-electron-'));
    try {
        const userData = path.join(scratch, 'user-data');
        const extensions = path.join(scratch, 'extensions');
        writeUserSettings(userData);
        const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
        const installed = spawnSync(cli, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix, '--force'],
            { encoding: 'utf8', stdio: 'inherit', shell: process.platform === 'win32' });
        if (installed.status !== 0) {
            throw new Error(`installing ${vsix} into VS Code failed (exit ${String(installed.status)})`);
        }
        return await runTests({
            vscodeExecutablePath,
            // An empty extension: the project folder would load the working tree instead of the VSIX.
            extensionDevelopmentPath: createPlaceholderExtension(path.join(scratch, 'placeholder-extension')),
            extensionTestsPath: suite,
            launchArgs: [
                createWorkspace(path.join(scratch, 'workspace')),
                '--user-data-dir', userData,
                '--extensions-dir', extensions,
                '--disable-workspace-trust',
                '--skip-welcome',
                '--skip-release-notes'
            ]
        });
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

main().then((code) => {
    process.exitCode = code;
}, (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
});
