/**
 * The parts of the product contract (`../shared/spec`, beside the project)
 * that the tests need, and where the repository keeps its copies of them, so
 * that a clone with nothing beside it runs every test. `npm run sync-spec`
 * writes the copies; test/spec/spec-copies.test.ts tells when they drift.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The contract's folder: present in the project's workspace, absent from a plain clone. */
export const SHARED_SPEC = path.resolve(ROOT, '../shared/spec');

/** The example designs: they are also samples users open, so they live in samples/spec. */
export const SPEC_DESIGNS = 'samples/spec';
/** The findings each example must and must not get. */
export const SPEC_EXPECTATIONS = 'test/fixtures/spec/examples';
/** The JSON report shown in cli.md, which the findings schema must accept. */
export const CLI_JSON_EXAMPLE = 'test/fixtures/spec/cli-json-example.json';

export interface SpecCopy {
    /** Relative to the contract's folder. */
    readonly source: string;
    /** Relative to the repository, with forward slashes. */
    readonly copy: string;
    /** The part of the source that is kept; the whole file when absent. */
    readonly extract?: (text: string) => string;
}

/** The fenced JSON block under cli.md's "`--format json`" heading. */
export function cliJsonExample(cliMarkdown: string): string {
    const block = /## `--format json`[\s\S]*?```json\n([\s\S]*?)```/.exec(cliMarkdown)?.[1];
    if (block === undefined) {
        throw new Error('cli.md has no ```json block under "## `--format json`"');
    }
    return block;
}

function filesEndingWith(folder: string, ending: string): string[] {
    return fs.existsSync(folder) ? fs.readdirSync(folder).filter((file) => file.endsWith(ending)).sort() : [];
}

/** Every copy the contract calls for: one per example design and expectation, and cli.md's example. */
export function specCopies(sharedSpec = SHARED_SPEC): SpecCopy[] {
    const examples = path.join(sharedSpec, 'examples');
    return [
        ...filesEndingWith(examples, '.arch').map((file) => ({ source: `examples/${file}`, copy: `${SPEC_DESIGNS}/${file}` })),
        ...filesEndingWith(examples, '.expect.json').map((file) => ({ source: `examples/${file}`, copy: `${SPEC_EXPECTATIONS}/${file}` })),
        { source: 'cli.md', copy: CLI_JSON_EXAMPLE, extract: cliJsonExample }
    ];
}

/** The copies the repository holds today, to find those whose source is gone. */
export function copiesInRepository(): string[] {
    return [
        ...filesEndingWith(path.join(ROOT, SPEC_DESIGNS), '.arch').map((file) => `${SPEC_DESIGNS}/${file}`),
        ...filesEndingWith(path.join(ROOT, SPEC_EXPECTATIONS), '.expect.json').map((file) => `${SPEC_EXPECTATIONS}/${file}`),
        ...(fs.existsSync(path.join(ROOT, CLI_JSON_EXAMPLE)) ? [CLI_JSON_EXAMPLE] : [])
    ];
}

/** What the copy should hold, read from the contract. */
export function expectedCopy(copy: SpecCopy, sharedSpec = SHARED_SPEC): string {
    const text = fs.readFileSync(path.join(sharedSpec, copy.source), 'utf8');
    return copy.extract ? copy.extract(text) : text;
}

export function readCopy(copy: string): string | undefined {
    const file = path.join(ROOT, ...copy.split('/'));
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

export interface SpecDrift {
    /** Copies whose text differs from the contract (or that are missing). */
    readonly differ: readonly string[];
    /** Copies the contract no longer has. */
    readonly stale: readonly string[];
}

export function specDrift(sharedSpec = SHARED_SPEC): SpecDrift {
    const copies = specCopies(sharedSpec);
    const wanted = new Set(copies.map((copy) => copy.copy));
    return {
        differ: copies.filter((copy) => readCopy(copy.copy) !== expectedCopy(copy, sharedSpec)).map((copy) => `${copy.copy} (from ${copy.source})`),
        stale: copiesInRepository().filter((copy) => !wanted.has(copy))
    };
}
