/**
 * A fresh temporary folder for a suite (or for each test), removed after it:
 * call inside `describe`, read the path through the returned function.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function useTempFolder(prefix: string, options: { readonly perTest?: boolean } = {}): () => string {
    let folder = '';
    const create = (): void => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    };
    const remove = (): void => {
        fs.rmSync(folder, { recursive: true, force: true });
    };
    if (options.perTest) {
        beforeEach(create);
        afterEach(remove);
    } else {
        before(create);
        after(remove);
    }
    return () => folder;
}
