/** Paths as the CLI prints them: relative to the working folder, with `/`. */
import * as path from 'node:path';
import { URI } from 'langium';

export function displayPath(file: string, cwd: string): string {
    const absolute = file.startsWith('file:') ? URI.parse(file).fsPath : file;
    const relative = path.relative(cwd, absolute);
    const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
    return shown.split(path.sep).join('/');
}
