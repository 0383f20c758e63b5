/** A configuration file with problems stops the CLI (exit code 2) with every problem named. */
import type { ConfigFile } from '../language/config-service.js';
import { terminalText } from '../util/escape/terminal.js';

export class ConfigError extends Error {}

/** `file:line:col: message` for each problem of each config file, one line each for the terminal (a name or a value quoted from the file cannot break it). */
export function describeConfigProblems(files: readonly ConfigFile[], show: (path: string) => string): string | undefined {
    const lines = files.flatMap((file) => file.problems.map((problem) => {
        const { line, column } = lineAndColumn(file.text ?? '', problem.offset);
        return terminalText(`${show(file.uri?.fsPath ?? '.archlens.json')}:${line}:${column}: ${problem.message}`);
    }));
    return lines.length > 0 ? `invalid configuration:\n${lines.join('\n')}` : undefined;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    // Counted in place: slicing and splitting a large file once per problem is slow.
    let line = 1;
    let lineStart = 0;
    for (let end = text.indexOf('\n'); end >= 0 && end < offset; end = text.indexOf('\n', end + 1)) {
        line++;
        lineStart = end + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
