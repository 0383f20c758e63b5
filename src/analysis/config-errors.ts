/** A configuration file with problems stops the CLI (exit code 2) with every problem named. */
import type { ConfigFile } from '../language/config-service.js';

export class ConfigError extends Error {}

/** `file:line:col: message` for each problem of each config file. */
export function describeConfigProblems(files: readonly ConfigFile[], show: (path: string) => string): string | undefined {
    const lines = files.flatMap((file) => file.problems.map((problem) => {
        const { line, column } = lineAndColumn(file.text ?? '', problem.offset);
        return `${show(file.uri?.fsPath ?? '.archlens.json')}:${line}:${column}: ${problem.message}`;
    }));
    return lines.length > 0 ? `invalid configuration:\n${lines.join('\n')}` : undefined;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
