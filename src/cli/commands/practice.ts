/**
 * `archlens practice list|start|twist|score|history`: design-interview
 * practice on the shipped prompts, scored offline and the same every time
 * (docs/practice.md). Attempts are kept under `.archlens/practice/` in the
 * current folder.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { readFailure, writeFailure } from '../../files/file-errors.js';
import { readDesignText } from '../../files/read-file.js';
import { ensureAttemptsFolder, newAttemptId, readAttempt, readAttempts, recordScore, writeAttempt } from '../../practice/attempts.js';
import { scorecardMarkdown, scorecardText } from '../../practice/format-scorecard.js';
import { historyText } from '../../practice/format-history.js';
import { practiceHistory } from '../../practice/history.js';
import { readHeader, revealedTwists, startFileText, twistComment } from '../../practice/practice-file.js';
import { allPrompts, PracticeError, requirePrompt } from '../../practice/prompt-library.js';
import { scorecardJson } from '../../practice/scorecard-json.js';
import { scorePractice } from '../../practice/score-practice.js';
import { terminalText } from '../../util/escape/terminal.js';
import { type CliIo, EXIT_OK, oneOf, UsageError } from '../cli-io.js';

type Subcommand = (args: readonly string[], io: CliIo) => Promise<number>;

const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = { list, start, twist, score, history };

export async function practice(args: readonly string[], io: CliIo): Promise<number> {
    const [name, ...rest] = args;
    const subcommand = name === undefined ? undefined : SUBCOMMANDS[name];
    if (!subcommand) {
        throw new UsageError(`practice takes one of ${Object.keys(SUBCOMMANDS).join(', ')}${name === undefined ? '' : ` (got '${name}')`}.`);
    }
    try {
        return await subcommand(rest, io);
    } catch (error) {
        if (error instanceof PracticeError) {
            throw new UsageError(error.message);
        }
        throw error;
    }
}

function formatOf(value: string | undefined, allowed: readonly string[]): string {
    return oneOf('--format', value ?? 'text', allowed);
}

async function list(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args: [...args], strict: true, options: { format: { type: 'string', short: 'f' } } });
    const prompts = allPrompts().map((entry) => entry.prompt);
    if (formatOf(values.format, ['text', 'json']) === 'json') {
        io.stdout(`${JSON.stringify(prompts.map(({ id, title, difficulty, tags, minutes, statement }) => ({ id, title, difficulty, tags, minutes, statement })), null, 2)}\n`);
        return EXIT_OK;
    }
    const width = Math.max(...prompts.map((prompt) => prompt.id.length));
    io.stdout(`${prompts.map((prompt) => `${prompt.id.padEnd(width)}  ${prompt.difficulty.padEnd(6)}  ${String(prompt.minutes).padStart(3)} min  ${prompt.title} (${prompt.tags.join(', ')})`).join('\n')}\n`);
    return EXIT_OK;
}

async function start(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: { minutes: { type: 'string', short: 'm' }, out: { type: 'string', short: 'o' } }
    });
    if (positionals.length !== 1) {
        throw new UsageError('practice start takes one prompt id (see `archlens practice list`).');
    }
    const entry = requirePrompt(positionals[0]);
    const minutes = values.minutes === undefined ? entry.prompt.minutes : parseMinutes(values.minutes);
    const file = path.resolve(io.cwd, values.out ?? `${entry.prompt.id}.arch`);
    const now = (io.now ?? (() => new Date()))();
    const attempt = newAttemptId(now);
    await ensureAttemptsFolder(io.cwd);
    try {
        await fs.writeFile(file, startFileText(entry.prompt, attempt, minutes), { flag: 'wx' });
    } catch (error) {
        throw new UsageError((error as NodeJS.ErrnoException).code === 'EEXIST'
            ? `${relative(io.cwd, file)} already exists: finish that attempt, or give another file with --out.`
            : `cannot write ${relative(io.cwd, file)}: ${writeFailure(error, file)}`);
    }
    await writeAttempt(io.cwd, { version: 1, attempt, prompt: entry.prompt.id, file: relative(io.cwd, file), started: now.toISOString(), minutes, scores: [] });
    const twists = entry.prompt.twists.map((twist) => `minute ${Math.round(twist.at * minutes)}`).join(' and ');
    io.stdout(`Wrote ${terminalText(relative(io.cwd, file))}: ${entry.prompt.title}, ${minutes} minutes (attempt ${attempt}).\n`
        + `A twist comes at ${twists}: reveal it then with \`archlens practice twist ${terminalText(relative(io.cwd, file))}\`.\n`
        + `Score it with \`archlens practice score ${terminalText(relative(io.cwd, file))}\`.\n`);
    return EXIT_OK;
}

function parseMinutes(text: string): number {
    const minutes = Number(text);
    if (!/^\d+$/.test(text) || minutes < 1 || minutes > 240) {
        throw new UsageError(`--minutes takes a whole number of minutes from 1 to 240 (got '${text}').`);
    }
    return minutes;
}

/** Reveals the next twist: prints it and writes it into the design file as a comment. */
async function twist(args: readonly string[], io: CliIo): Promise<number> {
    const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} });
    if (positionals.length !== 1) {
        throw new UsageError('practice twist takes the practice design file.');
    }
    const file = path.resolve(io.cwd, positionals[0]);
    const text = await readPracticeFile(file, io.cwd);
    const header = readHeader(text);
    if (!header) {
        throw new UsageError(`${relative(io.cwd, file)} has no practice header: start an attempt with \`archlens practice start\`.`);
    }
    const revealed = revealedTwists(text);
    const next = requirePrompt(header.prompt).prompt.twists.find((candidate) => !revealed.includes(candidate.id));
    if (!next) {
        io.stdout('Every twist of this prompt is already revealed.\n');
        return EXIT_OK;
    }
    await fs.writeFile(file, `${text.replace(/\s*$/, '')}\n\n${twistComment(next)}\n`);
    io.stdout(`Twist: ${terminalText(next.text)}\n(written into ${terminalText(relative(io.cwd, file))}; it now counts in the score)\n`);
    return EXIT_OK;
}

async function score(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: { prompt: { type: 'string', short: 'p' }, format: { type: 'string', short: 'f' } }
    });
    if (positionals.length !== 1) {
        throw new UsageError('practice score takes one design file.');
    }
    const format = formatOf(values.format, ['text', 'json', 'markdown']);
    const file = path.resolve(io.cwd, positionals[0]);
    const text = await readPracticeFile(file, io.cwd);
    const { card, attempt } = await scorePractice({ text, uri: pathToFileURL(file).toString(), prompt: values.prompt });
    const json = scorecardJson(card);
    io.stdout(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : format === 'markdown' ? scorecardMarkdown(json) : scorecardText(json));
    if (attempt !== undefined && await readAttempt(io.cwd, attempt)) {
        await recordScore(io.cwd, attempt, card, (io.now ?? (() => new Date()))());
    }
    return EXIT_OK;
}

async function history(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args: [...args], strict: true, options: { format: { type: 'string', short: 'f' } } });
    const format = formatOf(values.format, ['text', 'json']);
    const { records, problems } = await readAttempts(io.cwd);
    for (const problem of problems) {
        io.stderr(`archlens: skipped ${terminalText(problem)}\n`);
    }
    const summary = practiceHistory(records);
    io.stdout(format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : historyText(summary));
    return EXIT_OK;
}

async function readPracticeFile(file: string, cwd: string): Promise<string> {
    try {
        return await readDesignText(file);
    } catch (error) {
        throw new UsageError(`cannot read '${relative(cwd, file)}': ${readFailure(error)}`);
    }
}

function relative(cwd: string, file: string): string {
    return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
