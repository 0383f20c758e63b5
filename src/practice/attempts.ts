/**
 * Practice attempts, kept as plain files in the workspace
 * (`.archlens/practice/<attempt>.json`, one per attempt, checked against
 * schemas/practice-attempt.schema.json): when each started, for how long,
 * and every score taken. Nothing is sent anywhere. A file that is not a
 * valid attempt is skipped with a message, never trusted or rewritten.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import schema from '../../schemas/practice-attempt.schema.json' with { type: 'json' };
import { createAjv } from '../util/ajv.js';
import { PracticeError } from './prompt-library.js';
import type { Scorecard } from './scorecard.js';

export interface SectionPoints {
    readonly section: string;
    readonly earned: number;
    readonly possible: number;
}

export interface AttemptScore {
    readonly at: string;
    readonly score: number;
    readonly sections: readonly SectionPoints[];
    readonly twists: readonly string[];
}

export interface AttemptRecord {
    readonly version: 1;
    readonly attempt: string;
    readonly prompt: string;
    /** The design file, relative to the folder holding `.archlens/`, with forward slashes. */
    readonly file: string;
    readonly started: string;
    readonly minutes: number;
    readonly scores: readonly AttemptScore[];
}

export interface AttemptList {
    readonly records: readonly AttemptRecord[];
    /** One line per file that could not be read as an attempt. */
    readonly problems: readonly string[];
}

const FOLDER = ['.archlens', 'practice'];
/** Attempts larger than this are not attempts ArchLens wrote. */
const MAX_RECORD_BYTES = 1_000_000;

let validator: ValidateFunction | undefined;

function validate(value: unknown): value is AttemptRecord {
    validator ??= createAjv().compile(schema);
    return validator(value);
}

export function attemptsFolder(root: string): string {
    return path.join(root, ...FOLDER);
}

/** `20261203-140502`: the start time in UTC, which sorts as it reads. */
export function newAttemptId(now: Date): string {
    return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Creates `.archlens/practice` under `root`, refusing a symbolic link on the
 * way: an attempt is written inside the folder it belongs to, never through a
 * link to somewhere else.
 */
export async function ensureAttemptsFolder(root: string): Promise<string> {
    let folder = root;
    for (const part of FOLDER) {
        folder = path.join(folder, part);
        const stat = await fs.lstat(folder).catch(() => undefined);
        if (stat?.isSymbolicLink() || (stat && !stat.isDirectory())) {
            throw new PracticeError(`${path.join(...FOLDER)} must be a folder inside ${root}, not a link or a file: attempts are not written through it.`);
        }
        if (!stat) {
            await fs.mkdir(folder);
        }
    }
    return folder;
}

export async function writeAttempt(root: string, record: AttemptRecord): Promise<string> {
    const folder = await ensureAttemptsFolder(root);
    const file = path.join(folder, `${record.attempt}.json`);
    await fs.writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
    return file;
}

export async function readAttempt(root: string, attempt: string): Promise<AttemptRecord | undefined> {
    if (!/^[A-Za-z0-9-]+$/.test(attempt)) {
        return undefined;
    }
    const read = await readRecord(path.join(attemptsFolder(root), `${attempt}.json`));
    return typeof read === 'string' ? undefined : read;
}

/** Every attempt under `root`, oldest first. */
export async function readAttempts(root: string): Promise<AttemptList> {
    const folder = attemptsFolder(root);
    const linked = await Promise.all([path.join(root, FOLDER[0]), folder].map(async (part) => (await fs.lstat(part).catch(() => undefined))?.isSymbolicLink() === true));
    if (linked.includes(true)) {
        return { records: [], problems: [`${path.join(...FOLDER)}: a symbolic link, not read`] };
    }
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    const records: AttemptRecord[] = [];
    const problems: string[] = [];
    for (const name of names.filter((entry) => entry.endsWith('.json')).sort()) {
        const read = await readRecord(path.join(folder, name));
        if (typeof read === 'string') {
            problems.push(`${path.join(...FOLDER, name)}: ${read}`);
        } else {
            records.push(read);
        }
    }
    return { records: records.sort((a, b) => a.started.localeCompare(b.started)), problems };
}

/** The record, or why it is not one. */
async function readRecord(file: string): Promise<AttemptRecord | string> {
    const stat = await fs.lstat(file).catch(() => undefined);
    if (!stat?.isFile()) {
        return 'not a regular file';
    }
    if (stat.size > MAX_RECORD_BYTES) {
        return `larger than ${MAX_RECORD_BYTES.toLocaleString('en-US')} bytes`;
    }
    let value: unknown;
    try {
        value = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
        return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    }
    return validate(value) ? value : `not a practice attempt (${validator?.errors?.[0]?.instancePath || '/'} ${validator?.errors?.[0]?.message ?? ''})`.trim();
}

/** Adds a score to its attempt's record; false when the attempt has no record here. */
export async function recordScore(root: string, attempt: string, card: Scorecard, at: Date): Promise<boolean> {
    const record = await readAttempt(root, attempt);
    if (!record) {
        return false;
    }
    const score: AttemptScore = {
        at: at.toISOString(),
        score: card.score,
        sections: card.sections.map((section) => ({ section: section.section, earned: section.earned, possible: section.possible })),
        twists: card.twists.filter((twist) => twist.revealed).map((twist) => twist.twist.id)
    };
    await writeAttempt(root, { ...record, scores: [...record.scores, score] });
    return true;
}
