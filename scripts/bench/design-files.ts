/** Generated designs written to disk, for the processes that read files (the CLI, LikeC4). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GeneratedDesign } from '../design-generator/design-generator.js';

/** Writes the design's files into `<workDir>/designs/<key>/` (emptied first); returns their absolute paths. */
export function writeDesign(workDir: string, key: string, design: GeneratedDesign): string[] {
    const folder = path.join(workDir, 'designs', key);
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    return [...design.files].map(([name, text]) => {
        const file = path.join(folder, name);
        fs.writeFileSync(file, text);
        return file;
    });
}
