/**
 * The `archlens` command line: dispatches to a command and turns every
 * failure into a message and an exit code (no stack trace reaches the user).
 */
import packageJson from '../../package.json' with { type: 'json' };
import { ConfigError } from '../batch/config-errors.js';
import { InputError } from '../batch/input-files.js';
import { terminalLines, terminalText } from '../util/escape/terminal.js';
import { type CliIo, EXIT_CANNOT_RUN, EXIT_OK, UsageError } from './cli-io.js';
import { baseline } from './commands/baseline.js';
import { check } from './commands/check.js';
import { diff } from './commands/diff.js';
import { diagram } from './commands/diagram.js';
import { report } from './commands/report.js';
import { importCommand } from './commands/import.js';
import { practice } from './commands/practice.js';
import { rules } from './commands/rules.js';

/** Each command's synopsis, as `--help` prints it. */
const SYNOPSES: Readonly<Record<string, string>> = {
    check: 'archlens check [PATH…] [--format text|json|sarif] [--config FILE] [--max-warnings N] [--quiet] [--baseline FILE]',
    baseline: 'archlens baseline [PATH…] [--out FILE] [--update] [--config FILE]',
    diff: 'archlens diff BASE HEAD [PATH…] [--format text|json|markdown] [--fail-on error|warning|info|hint|never] [--out FILE] [--config FILE]',
    diagram: 'archlens diagram FILE [--design NAME] [--out FILE.mmd|FILE.md|FILE.svg] [--view auto|full|collapsed] [--direction LR|TB] [--plain]',
    report: 'archlens report [PATH…] [--out FILE.md] [--config FILE]',
    rules: 'archlens rules [--format text|json]',
    import: 'archlens import PATH… [--out FILE.arch]',
    practice: 'archlens practice list [--format text|json] | start PROMPT [--minutes N] [--out FILE] | twist FILE | score FILE [--prompt ID] [--format text|json|markdown] | history [--format text|json]'
};

const NOTES = `PATH is a .arch file or a folder searched for them (default: the current folder); a Compose
file (.yaml, .yml), or a folder holding one and no .arch file, is imported and reviewed like a design.

Exit codes: 0 no error finding (and warnings within --max-warnings); 1 error findings
or too many warnings; 2 the command could not run (bad arguments, missing file, bad config).

Documentation: docs/cli.md.
`;

const USAGE = `Usage:\n${Object.values(SYNOPSES).map((line) => `  ${line}`).join('\n')}\n  archlens --version | --help\n\n${NOTES}`;

function commandUsage(name: string): string {
    return `Usage:\n  ${SYNOPSES[name]}\n\n${NOTES}`;
}

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = { check, baseline, diff, diagram, report, rules, practice, import: importCommand };

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
    const [name, ...args] = argv;
    if (name === '--version' || name === '-v') {
        io.stdout(`${packageJson.version}\n`);
        return EXIT_OK;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(USAGE);
        return EXIT_OK;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`archlens: unknown command '${terminalText(name)}'.\n\n${USAGE}`);
        return EXIT_CANNOT_RUN;
    }
    if (args.includes('--help') || args.includes('-h')) {
        io.stdout(commandUsage(name));
        return EXIT_OK;
    }
    try {
        return await command(args, io);
    } catch (error) {
        io.stderr(`archlens: ${describeFailure(error)}\n`);
        return EXIT_CANNOT_RUN;
    }
}

/**
 * The message of a failure, for the terminal. Usage and input errors are one
 * line each, naming a path or an argument as given: the whole line is
 * escaped, so a file name cannot break it. A configuration error lists its
 * problems a line each, each escaped where it was written.
 */
function describeFailure(error: unknown): string {
    if (error instanceof UsageError || error instanceof InputError) {
        return terminalText(error.message);
    }
    if (error instanceof ConfigError) {
        return terminalLines(error.message);
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
        return `${terminalText((error as Error).message)}\nRun 'archlens --help' for usage.`;
    }
    if (process.env.ARCHLENS_DEBUG && error instanceof Error) {
        return terminalLines(error.stack ?? error.message);
    }
    return `internal error: ${terminalText(error instanceof Error ? error.message : String(error))} (set ARCHLENS_DEBUG=1 for details)`;
}
