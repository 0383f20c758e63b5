/**
 * Reads the YAML files an import was given, the way ArchLens reads any file
 * (regular files only, size-limited, UTF-8), and parses them with positions:
 * a file that cannot be read or parsed is a positioned problem, never a stop.
 */
import { URI } from 'langium';
import { readFailure } from '../../files/file-errors.js';
import { readDesignText } from '../../files/read-file.js';
import type { ImportProblem } from '../imported-system.js';
import { parseYaml, type YamlFile } from './yaml-source.js';

export interface ReadYaml {
    /** The files read, each with its documents that parsed. */
    readonly files: readonly YamlFile[];
    readonly problems: readonly ImportProblem[];
}

/** `what` names the files in a message: `Compose file`, `manifest`. */
export async function readYamlFiles(paths: readonly string[], what: string): Promise<ReadYaml> {
    const files: YamlFile[] = [];
    const problems: ImportProblem[] = [];
    for (const file of paths) {
        const uri = URI.file(file).toString();
        let text: string;
        try {
            text = await readDesignText(file);
        } catch (error) {
            problems.push({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, rule: 'import/invalid-yaml', severity: 'error', message: `Cannot read this ${what}: ${readFailure(error)}` });
            continue;
        }
        const yaml = parseYaml(text, uri);
        problems.push(...yaml.problems.map((problem): ImportProblem => ({ ...problem, rule: 'import/invalid-yaml', severity: 'error' })));
        files.push(yaml);
    }
    return { files, problems };
}
