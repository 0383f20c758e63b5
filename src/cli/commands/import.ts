/**
 * `archlens import PATH… [--out FILE.arch]`: writes the design a Compose
 * project describes, with a comment naming where each component and
 * connection was read and what was inferred, to keep and add to.
 */
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { collectInputs } from '../../batch/input-files.js';
import { importDocument } from '../../import/imported-document.js';
import { displayPath } from '../../util/display-path.js';
import { terminalText } from '../../util/escape/terminal.js';
import { type CliIo, EXIT_CANNOT_RUN, EXIT_OK, UsageError } from '../cli-io.js';
import { writeOutputOver } from '../output-file.js';

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { out: { type: 'string', short: 'o' } } });
    if (positionals.length === 0) {
        throw new UsageError('import needs a Compose file, or a folder holding one: archlens import compose.yaml.');
    }
    const inputs = await collectInputs(positionals, io.cwd);
    if (inputs.imports.length === 0) {
        throw new UsageError(`nothing to import in ${positionals.map((given) => `'${given}'`).join(', ')}: name a Compose file (compose.yaml, docker-compose.yml), or a folder holding one and no .arch file.`);
    }
    const documents = await Promise.all(inputs.imports.map((input) => importDocument(input, io.cwd)));
    for (const problem of documents.flatMap((document) => document.system.problems)) {
        const where = `${displayPath(URI.parse(problem.uri).fsPath, io.cwd)}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
        io.stderr(`${terminalText(where)} ${problem.severity} ${terminalText(problem.message)}\n`);
    }
    if (documents.every((document) => document.system.components.length === 0)) {
        io.stderr('archlens: no service could be imported.\n');
        return EXIT_CANNOT_RUN;
    }
    const text = documents.map((document) => document.text).join('\n');
    if (values.out !== undefined) {
        await writeOutputOver(values.out, text, inputs.imports.flatMap((input) => input.files), io);
    } else {
        io.stdout(text);
    }
    return EXIT_OK;
}
