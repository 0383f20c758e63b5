/**
 * What the real-editor suite needs from the machine, and what to install
 * when it is missing. Without it the suite is skipped on a developer's
 * machine, and fails in CI (where `CI` is set), which must run it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findChromium, missingChromiumLine } from '../../helpers/chromium.js';

export interface Preflight {
    readonly chromium?: string;
    /** One line per missing piece, each saying what to install. */
    readonly missing: readonly string[];
}

function onPath(command: string): boolean {
    return (process.env.PATH ?? '').split(path.delimiter).some((folder) => folder && fs.existsSync(path.join(folder, command)));
}

/** `needsBuild`: code-server is not in the cache yet, so its native modules will be compiled. */
export function preflight(needsBuild: boolean): Preflight {
    const missing: string[] = [];
    const chromium = findChromium();
    if (!chromium) {
        missing.push(missingChromiumLine());
    }
    if (needsBuild) {
        const tools = ['make', 'g++', 'python3'].filter((tool) => !onPath(tool));
        if (tools.length > 0) {
            missing.push(`${tools.join(', ')} (code-server builds native modules on install): apt-get install build-essential python3`);
        }
        if (process.platform === 'linux' && !fs.existsSync('/usr/include/gssapi/gssapi.h')) {
            missing.push('the Kerberos headers (gssapi/gssapi.h, for code-server\'s native build): apt-get install libkrb5-dev');
        }
    }
    return { chromium, missing };
}
