/**
 * Random edits as a user makes them, from a seeded source: typing and
 * deleting characters, inserting and deleting lines, pasting fragments of
 * the samples, breaking the syntax, retyping a word, renaming a component
 * everywhere. A break is always undone by the next edit and other one-place
 * edits often are (a typo corrected), so that the text keeps coming back to
 * a valid design instead of drifting into noise. Each edit is LSP content
 * changes against the current text.
 */
import type { Position, Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { COMPONENT_KINDS, GROUP_KINDS, SETTINGS_KINDS } from '../../src/model/design.js';
import type { Random } from './random.js';

export type EditKind = 'type' | 'delete' | 'insert-line' | 'delete-line' | 'paste' | 'break' | 'undo' | 'retype' | 'rename';
type MadeKind = Exclude<EditKind, 'undo'>;

/** A change of a range (an edit never replaces the whole text). */
export interface RangeChange {
    readonly range: Range;
    readonly text: string;
}

export interface Edit {
    readonly kind: EditKind;
    /** Applied in order, each range against the text the previous changes left. */
    readonly changes: RangeChange[];
}

/** How often each kind of edit is made. */
const WEIGHTS: Readonly<Record<MadeKind, number>> = {
    type: 30, delete: 20, 'insert-line': 10, 'delete-line': 8, paste: 6, break: 10, retype: 10, rename: 6
};
/** How often a one-place edit other than a break is undone by the next edit. */
const UNDO_CHANCE = 0.6;
const TYPED = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _{}:,->".%\n', 'é', '→', '日', '😀'];
const BREAKERS = ['{', '}', '->', ':', '"', '{ {', '}}', ' -> -> ', '%%', '\\'];
const STRUCTURE = /[{}:,"]|->/g;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/g;
const VOCABULARY = [...COMPONENT_KINDS, ...GROUP_KINDS, ...SETTINGS_KINDS, 'replicas', 'zones', 'engine', 'postgres', 'redis', 'https', 'tls', 'reads', 'writes', 'architecture', 'transaction'];
const DECLARATION = new RegExp(`^\\s*(?:${COMPONENT_KINDS.join('|')})\\s+([A-Za-z_][A-Za-z0-9_]*)`, 'gm');

/** Keeps offsets off the middle of a surrogate pair (an editor never splits one). */
function boundary(text: string, offset: number): number {
    const code = text.charCodeAt(offset - 1);
    return code >= 0xd800 && code <= 0xdbff ? offset + 1 : offset;
}

function replace(document: TextDocument, start: number, end: number, text: string): RangeChange {
    return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text };
}

function matches(text: string, pattern: RegExp): RegExpMatchArray[] {
    return [...text.matchAll(pattern)];
}

/** The names of the components the text declares, in order. */
export function declaredComponents(text: string): string[] {
    return matches(text, DECLARATION).map((match) => match[1]);
}

export class EditMaker {
    private pendingUndo: Edit | undefined;

    /** `fragments`: texts (the samples) whose lines are pasted; the text stays within `bounds` characters. */
    constructor(private readonly random: Random, private readonly fragments: readonly string[], private readonly bounds: { min: number; max: number }) {}

    next(document: TextDocument): Edit {
        if (this.pendingUndo) {
            const undo = this.pendingUndo;
            this.pendingUndo = undefined;
            return undo;
        }
        const edit = this.make(this.kindFor(document.getText().length), document);
        const [change] = edit.changes;
        if (edit.changes.length === 1 && edit.kind !== 'rename' && (edit.kind === 'break' || this.random.chance(UNDO_CHANCE))) {
            this.pendingUndo = { kind: 'undo', changes: [undoOf(document, change)] };
        }
        return edit;
    }

    /** Deletes when the text has grown past its bounds, inserts when it has shrunk below them. */
    private kindFor(length: number): MadeKind {
        if (length > this.bounds.max) {
            return this.random.pick(['delete', 'delete-line'] as const);
        }
        if (length < this.bounds.min) {
            return this.random.pick(['paste', 'insert-line'] as const);
        }
        return this.random.weighted(WEIGHTS);
    }

    private make(kind: MadeKind, document: TextDocument): Edit {
        const text = document.getText();
        const offset = boundary(text, this.random.int(0, text.length));
        switch (kind) {
            case 'type':
                return { kind, changes: [replace(document, offset, offset, Array.from({ length: this.random.int(1, 3) }, () => this.random.pick(TYPED)).join(''))] };
            case 'delete':
                return { kind, changes: [replace(document, offset, boundary(text, Math.min(text.length, offset + this.random.int(1, 6))), '')] };
            case 'insert-line':
                return { kind, changes: [this.atLineStart(document, `${this.random.pick(this.sampleLines(1))}\n`)] };
            case 'delete-line':
                return { kind, changes: [this.deleteLine(document)] };
            case 'paste':
                return { kind, changes: [this.atLineStart(document, `${this.sampleLines(this.random.int(2, 12)).join('\n')}\n`)] };
            case 'break':
                return { kind, changes: [this.breakSyntax(document, offset)] };
            case 'retype':
                return { kind, changes: this.retype(document) };
            case 'rename':
                return { kind, changes: this.rename(document) };
        }
    }

    /** Consecutive lines of a random sample. */
    private sampleLines(count: number): string[] {
        const lines = this.random.pick(this.fragments).split('\n');
        const start = this.random.int(0, Math.max(0, lines.length - count));
        return lines.slice(start, start + count);
    }

    private atLineStart(document: TextDocument, inserted: string): RangeChange {
        const line = this.random.int(0, document.lineCount - 1);
        const offset = document.offsetAt({ line, character: 0 });
        return replace(document, offset, offset, inserted);
    }

    private deleteLine(document: TextDocument): RangeChange {
        const line = this.random.int(0, document.lineCount - 1);
        return replace(document, document.offsetAt({ line, character: 0 }), document.offsetAt({ line: line + 1, character: 0 }), '');
    }

    /** Deletes a brace, colon, comma, quote or arrow, or inserts a stray one. */
    private breakSyntax(document: TextDocument, offset: number): RangeChange {
        const structure = matches(document.getText(), STRUCTURE);
        const target = structure.length > 0 && this.random.chance(0.5) ? this.random.pick(structure) : undefined;
        const start = target?.index ?? offset;
        return replace(document, start, start + (target?.[0].length ?? 0), target ? '' : this.random.pick(BREAKERS));
    }

    /** A word replaced by a kind, key or value of the language (or the start of one). */
    private retype(document: TextDocument): RangeChange[] {
        const words = matches(document.getText(), WORD);
        if (words.length === 0) {
            return [replace(document, 0, 0, this.random.pick(VOCABULARY))];
        }
        const word = this.random.pick(words);
        const start = word.index ?? 0;
        const replacement = this.random.pick(VOCABULARY);
        return [replace(document, start, start + word[0].length, this.random.chance(0.3) ? replacement.slice(0, this.random.int(1, replacement.length)) : replacement)];
    }

    /** A declared component renamed with every whole-word use of its name, from the last use back (earlier offsets stay valid). */
    private rename(document: TextDocument): RangeChange[] {
        const text = document.getText();
        const declared = declaredComponents(text);
        if (declared.length === 0) {
            return [];
        }
        const name = this.random.pick(declared);
        const renamed = `${name}R${this.random.int(0, 999)}`;
        const uses = matches(text, new RegExp(`\\b${name}\\b`, 'g'));
        return uses.reverse().map((use) => replace(document, use.index ?? 0, (use.index ?? 0) + name.length, renamed));
    }
}

/** The change that takes the text `change` makes from `document` back to it. */
function undoOf(document: TextDocument, change: RangeChange): RangeChange {
    return { range: { start: change.range.start, end: positionAfter(change.range.start, change.text) }, text: document.getText(change.range) };
}

/** The position after `inserted` typed at `start`. */
function positionAfter(start: Position, inserted: string): Position {
    const lines = inserted.split('\n');
    return lines.length === 1
        ? { line: start.line, character: start.character + inserted.length }
        : { line: start.line + lines.length - 1, character: lines[lines.length - 1].length };
}
