/** `archlens rules`: the catalog (id, section, default severity, description), as text or JSON. */
import { parseArgs } from 'node:util';
import { SECTIONS } from '../../model/sections.js';
import { ruleCatalog } from '../../review/catalog.js';
import { terminalLines, terminalText } from '../../util/escape/terminal.js';
import { type CliIo, EXIT_OK, UsageError } from '../cli-io.js';

export async function rules(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { format: { type: 'string', short: 'f', default: 'text' } } });
    if (positionals.length > 0) {
        throw new UsageError(`rules takes no paths (got '${positionals[0]}').`);
    }
    const catalog = ruleCatalog();
    if (values.format === 'json') {
        io.stdout(`${terminalLines(JSON.stringify(catalog.map(({ id, section, severity, description, fix, question, docsUrl }) => ({ id, section, severity, description, fixable: fix !== undefined, question, docs: docsUrl })), undefined, 2))}\n`);
        return EXIT_OK;
    }
    if (values.format !== 'text') {
        throw new UsageError(`--format must be text or json (got '${values.format}').`);
    }
    const idWidth = Math.max(...catalog.map((entry) => entry.id.length));
    const lines: string[] = [];
    for (const section of [...SECTIONS.map((candidate) => candidate.id), undefined]) {
        const entries = catalog.filter((entry) => entry.section === section);
        const title = section ? SECTIONS.find((candidate) => candidate.id === section)?.title ?? section : 'The language itself';
        lines.push(`${title}${section ? ` (${section})` : ''}`);
        lines.push(...entries.map((entry) => `  ${entry.id.padEnd(idWidth)}  ${entry.severity.padEnd(7)}  ${terminalText(entry.description)}`), '');
    }
    lines.push(`${catalog.length} rules. Docs: https://github.com/archlens/archlens/tree/main/docs/rules`);
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
}
