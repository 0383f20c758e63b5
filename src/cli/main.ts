import '../util/node20.js';
import { terminalText } from '../util/escape/terminal.js';
import { run } from './run.js';

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;

// `archlens check | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
        process.exit(process.exitCode ?? 0);
    }
    throw error;
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
    process.exitCode = 2;
});
