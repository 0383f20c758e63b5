import '../util/node20.js';
import { writeFailure } from '../files/file-errors.js';
import { terminalText } from '../util/escape/terminal.js';
import { EXIT_CANNOT_RUN } from './cli-io.js';
import { run } from './run.js';

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
        // `archlens check | head` closes the pipe early: that is not an error worth a word.
        process.exit(process.exitCode ?? 0);
    }
    // `archlens check > /dev/full`: one line, no stack trace.
    process.stderr.write(`archlens: cannot write the output: ${writeFailure(error, '-')}\n`);
    process.exit(EXIT_CANNOT_RUN);
});

run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color
}).then((code) => {
    process.exitCode = code;
}, (error: unknown) => {
    process.stderr.write(`archlens: internal error: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = EXIT_CANNOT_RUN;
});
