/**
 * `npm run sync-spec`: refreshes the repository's copies of the product
 * contract (see spec-copies.ts) from ../shared/spec, and removes copies
 * whose source is gone. Prints each file it changed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectedCopy, readCopy, ROOT, SHARED_SPEC, specCopies, specDrift } from './spec-copies.js';

function absolute(copy: string): string {
    return path.join(ROOT, ...copy.split('/'));
}

function main(): number {
    if (!fs.existsSync(SHARED_SPEC)) {
        console.error(`sync-spec: ${SHARED_SPEC} does not exist: nothing to copy from.`);
        return 2;
    }
    let changed = 0;
    for (const copy of specCopies()) {
        const text = expectedCopy(copy);
        if (readCopy(copy.copy) !== text) {
            fs.mkdirSync(path.dirname(absolute(copy.copy)), { recursive: true });
            fs.writeFileSync(absolute(copy.copy), text);
            console.log(`updated  ${copy.copy} (from ${copy.source})`);
            changed++;
        }
    }
    for (const stale of specDrift().stale) {
        fs.rmSync(absolute(stale));
        console.log(`removed  ${stale} (no longer in the contract)`);
        changed++;
    }
    console.log(changed === 0 ? 'sync-spec: every copy is up to date.' : `sync-spec: ${changed} file(s) changed; review them with git diff.`);
    return 0;
}

process.exitCode = main();
