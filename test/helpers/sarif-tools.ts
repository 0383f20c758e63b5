/**
 * The official SARIF 2.1.0 schema and Microsoft's SARIF multitool, from the
 * npm package `@microsoft/sarif-multitool` (the schema ships inside it).
 * They are installed on first use into `.cache/sarif-multitool` rather than
 * as a devDependency: the multitool is about 100 MB and only these tests
 * need it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const VERSION = '5.7.0';
const FOLDER = path.resolve(import.meta.dirname, '../../.cache/sarif-multitool');
const PLATFORM_PACKAGE = path.join(FOLDER, 'node_modules', '@microsoft', `sarif-multitool-${process.platform === 'darwin' ? 'darwin' : process.platform === 'win32' ? 'win32' : 'linux'}`);

export function installSarifTools(): void {
    if (fs.existsSync(path.join(PLATFORM_PACKAGE, 'sarif-2.1.0.json'))) {
        return;
    }
    fs.mkdirSync(FOLDER, { recursive: true });
    execFileSync('npm', ['install', '--prefix', FOLDER, '--no-save', '--no-audit', '--no-fund', `@microsoft/sarif-multitool@${VERSION}`], { stdio: 'pipe', timeout: 300_000 });
}

export function officialSarifSchema(): Record<string, unknown> {
    return JSON.parse(fs.readFileSync(path.join(PLATFORM_PACKAGE, 'sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>;
}

/** Runs `sarif-multitool validate` with its SARIF and GitHub rule sets; returns its output and whether it passed. */
export function multitoolValidate(file: string): { ok: boolean; output: string } {
    const tool = path.join(PLATFORM_PACKAGE, 'Sarif.Multitool');
    try {
        const output = execFileSync(tool, ['validate', '--rule-kind', 'Gh;Sarif', file], { encoding: 'utf8', timeout: 120_000 });
        return { ok: true, output };
    } catch (error) {
        const failure = error as { stdout?: string; stderr?: string };
        return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
    }
}
