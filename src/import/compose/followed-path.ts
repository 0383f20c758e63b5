/**
 * Files a Compose file names (`include`, `extends.file`, `env_file`) are read
 * only inside the project's folder (the folder `docker compose` takes as the
 * project directory), symbolic links followed before the check: a hostile
 * repository could name `../../etc/passwd`, or link out of the folder.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export type FollowedPath = { readonly path: string } | { readonly refused: string; readonly missing?: true };

/** `named` as written in the file at `namedIn`, resolved from that file's folder. */
export function resolveNamed(namedIn: string, named: string): string {
    return path.resolve(path.dirname(namedIn), named);
}

export async function followedPath(namedIn: string, named: string, folder: string): Promise<FollowedPath> {
    const target = resolveNamed(namedIn, named);
    const outside = { refused: `'${named}' is outside the project's folder, and an import reads nothing outside the folder of the files it was given` };
    // Checked as written first, so that nothing outside is even looked at; then with links followed.
    if (!isInside(target, path.resolve(folder))) {
        return outside;
    }
    const realFolder = await fs.realpath(folder).catch(() => path.resolve(folder));
    const real = await fs.realpath(target).catch(() => undefined);
    if (real === undefined) {
        return { refused: `'${named}' is not found`, missing: true };
    }
    return isInside(real, realFolder) ? { path: target } : outside;
}

function isInside(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
