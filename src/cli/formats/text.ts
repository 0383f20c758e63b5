/**
 * The text format, read like ESLint's: findings grouped by file, one line
 * each (line:column, severity, message, rule id), then a summary line. File
 * names and messages (which quote the design) are terminal-escaped: one
 * finding is one line, whatever a name holds.
 *
 * What a finding lists besides its message (the elements a one-decision
 * finding covers, the defaults an assumed one rests on) follows the file's
 * findings as notes keyed by the finding's line:column, not under each
 * finding: the `$archlens` problem matcher reads a file's findings while
 * every line matches, and a line between two findings would hide the rest of
 * the file from the Problems panel.
 */
import { styleText } from 'node:util';
import type { Finding, RelatedLocation, Severity } from '../../model/finding.js';
import { displayPath } from '../../util/display-path.js';
import { terminalText } from '../../util/escape/terminal.js';
import { countBySeverity } from './summary.js';

type Style = Parameters<typeof styleText>[0];
type Paint = (style: Style, text: string) => string;

/** How many related locations a note lists before `and N more` (`--format json` lists them all). */
export const RELATED_SHOWN = 5;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

export function formatText(findings: readonly Finding[], cwd: string, color: boolean): string {
    const paint: Paint = (style, text) => (color ? styleText(style, text) : text);
    const visible = findings.filter((finding) => !finding.suppressed);
    const lines: string[] = [];
    for (const [file, group] of groupByFile(visible)) {
        lines.push(paint('underline', terminalText(displayPath(file, cwd))));
        const positions = group.map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1}`);
        // A reduce, not Math.max(...): spreading 100,000+ positions overflows the stack.
        const width = positions.reduce((widest, position) => Math.max(widest, position.length), 0);
        group.forEach((finding, index) => {
            const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
            lines.push(`  ${paint('dim', positions[index].padEnd(width))}  ${severity}  ${terminalText(finding.message)}  ${paint('dim', terminalText(finding.rule))}`);
        });
        const notes = group.flatMap((finding, index) => notesOf(finding, cwd).map((note) => ({ position: positions[index], note })));
        if (notes.length > 0) {
            lines.push('');
            notes.forEach(({ position, note }) => lines.push(...noteLines(position, width, note, paint)));
        }
        lines.push('');
    }
    lines.push(summaryLine(findings, paint));
    return `${lines.join('\n')}\n`;
}

interface Note {
    /** `related` or `assumes`: as wide as a severity, so the texts line up with the messages. */
    readonly label: 'related' | 'assumes';
    readonly items: readonly string[];
}

/** What a finding lists besides its message: the elements it covers, then what it assumed. */
function notesOf(finding: Finding, cwd: string): Note[] {
    const notes: Note[] = [];
    const related = finding.related ?? [];
    if (related.length > 0) {
        const shown = related.slice(0, RELATED_SHOWN).map((location) => relatedItem(location, finding.uri, cwd));
        notes.push({ label: 'related', items: related.length > RELATED_SHOWN ? [...shown, `and ${related.length - RELATED_SHOWN} more`] : shown });
    }
    const assumptions = finding.assumptions ?? [];
    if (assumptions.length > 0) {
        notes.push({ label: 'assumes', items: assumptions.map((assumption) => `${assumption.text} (${assumption.element !== undefined ? `${assumption.element}; ` : ''}settled by ${assumption.settle})`) });
    }
    return notes;
}

/** `Api->Db: plain tcp (12:5)`; the file too when it is another one (an imported design). */
function relatedItem(location: RelatedLocation, findingUri: string, cwd: string): string {
    const position = `${location.range.start.line + 1}:${location.range.start.character + 1}`;
    return `${location.message} (${location.uri === findingUri ? '' : `${displayPath(location.uri, cwd)}:`}${position})`;
}

/** The first item beside the finding's position and the label, the others under it. */
function noteLines(position: string, width: number, note: Note, paint: Paint): string[] {
    const indent = ' '.repeat(2 + width + 2 + 7 + 2);
    return note.items.map((item, index) => (index === 0
        ? `  ${paint('dim', position.padEnd(width))}  ${paint('dim', note.label)}  ${terminalText(item)}`
        : `${indent}${terminalText(item)}`));
}

function summaryLine(findings: readonly Finding[], paint: Paint): string {
    const counts = countBySeverity(findings);
    const shown = counts.error + counts.warning + counts.info + counts.hint;
    const suppressed = counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : '';
    if (shown === 0) {
        return paint('green', `✔ no problems${suppressed}`);
    }
    const parts = [`${counts.error} ${plural(counts.error, 'error')}`, `${counts.warning} ${plural(counts.warning, 'warning')}`];
    if (counts.info > 0) {
        parts.push(`${counts.info} info`);
    }
    if (counts.hint > 0) {
        parts.push(`${counts.hint} ${plural(counts.hint, 'hint')}`);
    }
    const style: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'cyan';
    return paint(style, `✖ ${shown} ${plural(shown, 'problem')} (${parts.join(', ')})${suppressed}`);
}

function plural(count: number, word: string): string {
    return count === 1 ? word : `${word}s`;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
    const groups = new Map<string, Finding[]>();
    for (const finding of findings) {
        const group = groups.get(finding.uri);
        if (group) {
            group.push(finding);
        } else {
            groups.set(finding.uri, [finding]);
        }
    }
    return groups;
}
