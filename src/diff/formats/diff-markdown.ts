/**
 * The Markdown of `archlens diff`, sized for a pull-request comment
 * (pr-review.md): a summary line, the findings introduced and fixed, then per
 * changed design what changed, the estimates that moved and a Mermaid
 * diagram with the change marked. GitHub refuses comments over 65,536
 * characters, so the text stays under 60,000: long lists are folded into
 * `<details>`, and when that is not enough, lists are cut (saying how many
 * more), then diagrams and the remaining findings are left out, each cut
 * said in the text. Every name and message is escaped (util/escape/markdown).
 */
import type { Finding } from '../../model/finding.js';
import { codeSpan, fencedBlock, inlineText, tableCell } from '../../util/escape/markdown.js';
import { type ChangeReview, type ChangeSide, type DesignChange, isShown } from '../change-review.js';
import type { RemainingFinding } from '../findings-diff.js';
import { componentChanges, connectionChanges, plural, settingsChanges, unparsedText } from './change-words.js';
import { summarize } from './diff-json.js';
import { moveText } from './diff-text.js';

/** Under GitHub's 65,536-character limit for a comment, with room for a workflow's own header. */
export const MAX_MARKDOWN_CHARACTERS = 60_000;

/** Lists longer than this are folded. */
const FOLD_AFTER = 10;

interface Budget {
    /** Items listed per list; the rest are counted. */
    readonly listCap: number;
    readonly diagrams: boolean;
    readonly remaining: boolean;
}

/** From the fullest to the barest: the first that fits is used. */
const BUDGETS: readonly Budget[] = [
    { listCap: Number.POSITIVE_INFINITY, diagrams: true, remaining: true },
    { listCap: 100, diagrams: true, remaining: false },
    { listCap: 30, diagrams: false, remaining: false },
    { listCap: 10, diagrams: false, remaining: false }
];

export function formatDiffMarkdown(review: ChangeReview): string {
    for (const budget of BUDGETS) {
        const text = render(review, budget, Number.POSITIVE_INFINITY);
        if (text.length <= MAX_MARKDOWN_CHARACTERS) {
            return text;
        }
    }
    return render(review, BUDGETS[BUDGETS.length - 1], MAX_MARKDOWN_CHARACTERS);
}

function render(review: ChangeReview, budget: Budget, limit: number): string {
    const parts = [header(review), ...findingSections(review, budget)];
    const changed = review.designs.filter((change) => isShown(change));
    if (changed.length === 0) {
        parts.push('The designs did not change.');
    }
    let length = parts.join('\n\n').length;
    for (const [index, change] of changed.entries()) {
        const section = designSection(change, budget);
        // Leave room for the line that says what was left out.
        if (length + section.length + 200 > limit) {
            parts.push(`… and ${plural(changed.length - index, 'more changed design')}, left out to keep this comment under ${MAX_MARKDOWN_CHARACTERS.toLocaleString('en-US')} characters: run \`archlens diff --format json\` for all of it.`);
            break;
        }
        parts.push(section);
        length += section.length + 2;
    }
    if (budget.diagrams === false && changed.length > 0) {
        parts.push('_Diagrams left out to keep this comment short._');
    }
    return `${parts.join('\n\n')}\n`;
}

function header(review: ChangeReview): string {
    const summary = summarize(review);
    const { components, connections, findings, estimates, introduced } = summary;
    const facts = [
        `${components.added} added, ${components.removed} removed, ${components.renamed} renamed, ${components.changed} changed components`,
        `${connections.added} added, ${connections.removed} removed, ${connections.changed} changed connections`,
        `**${plural(findings.introduced, 'finding')} introduced**${introduced.error > 0 ? ` (${introduced.error} at error)` : ''}, ${findings.fixed} fixed, ${findings.remaining} remaining`,
        ...(estimates.moved > 0 ? [`${plural(estimates.moved, 'estimate')} moved${estimates.worse > 0 ? `, ${estimates.worse} for the worse` : ''}`] : [])
    ];
    return `## ArchLens: what this change does to the design\n\n${codeSpan(review.base.label)} → ${codeSpan(review.head.label)}\n\n${facts.map((fact) => `- ${fact}`).join('\n')}`;
}

function findingSections(review: ChangeReview, budget: Budget): string[] {
    const { introduced, fixed, remaining } = review.findings;
    const sections: string[] = [];
    if (introduced.length > 0) {
        sections.push(`### Findings introduced\n\n${findingTable(introduced, review.head, budget.listCap)}`);
    }
    if (fixed.length > 0) {
        sections.push(`### Findings fixed\n\n${findingTable(fixed, review.base, budget.listCap)}`);
    }
    if (remaining.length > 0) {
        sections.push(budget.remaining
            ? folded(`${plural(remaining.length, 'finding')} remaining`, remainingTable(remaining, review.head))
            : `${plural(remaining.length, 'finding')} remaining (not listed here).`);
    }
    return sections;
}

function findingTable(findings: readonly Finding[], side: ChangeSide, cap: number): string {
    const rows = findings.slice(0, cap).map((finding) => findingRow(finding, side));
    const table = tableOf(['Severity', 'Rule', 'Where', 'Finding'], rows);
    const more = findings.length > cap ? `\n\n… and ${findings.length - cap} more.` : '';
    return findings.length > FOLD_AFTER ? `${folded(`${findings.length} findings`, table)}${more}` : `${table}${more}`;
}

function remainingTable(remaining: readonly RemainingFinding[], side: ChangeSide): string {
    return tableOf(['Severity', 'Rule', 'Where', 'Finding'], remaining.map((item) => {
        const row = findingRow(item.finding, side);
        return item.matched ? [...row.slice(0, 3), `${row[3]} _(was about ${commentText(item.was ?? 'the design')})_`] : row;
    }));
}

function findingRow(finding: Finding, side: ChangeSide): string[] {
    const where = `${codeSpan(`${side.show(finding.uri)}:${finding.range.start.line + 1}`)}${finding.element ? ` ${commentText(finding.element)}` : ''}`;
    return [finding.severity === 'error' ? '**error**' : finding.severity, codeSpan(finding.rule), where, commentText(finding.message)];
}

function designSection(change: DesignChange, budget: Budget): string {
    const { diff } = change;
    if (change.unparsed.length > 0) {
        return `### Design ${commentText(diff.design)}\n\n${commentText(unparsedText(change.unparsed))}.`;
    }
    const items = [
        ...diff.components.added.map((component) => `added ${component.kind} **${commentText(component.name)}**`),
        ...diff.components.removed.map((component) => `removed ${component.kind} **${commentText(component.name)}**`),
        ...diff.components.renamed.map((rename) => `renamed ${rename.kind} **${commentText(rename.from)}** to **${commentText(rename.to)}**`),
        ...diff.components.changed.map((component) => `changed ${component.kind} **${commentText(component.name)}**: ${commentText(componentChanges(component))}`),
        ...diff.connections.added.map((connection) => `added connection ${codeSpan(connection.id)}`),
        ...diff.connections.removed.map((connection) => `removed connection ${codeSpan(connection.id)}`),
        ...diff.connections.changed.map((connection) => `changed connection ${codeSpan(connection.id)}: ${commentText(connectionChanges(connection))}`),
        ...diff.settings.map((block) => `changed ${commentText(block.block)}: ${commentText(settingsChanges(block))}`)
    ];
    const parts = [`### Design ${commentText(diff.design)} (${diff.status})`];
    if (items.length > 0) {
        parts.push(listOf(items, budget.listCap));
    }
    if (change.estimates.length > 0) {
        parts.push(`Estimates that moved:\n\n${listOf(change.estimates.map((move) => commentText(moveText(move))), budget.listCap)}`);
    }
    if (budget.diagrams) {
        parts.push(folded('Diagram: added in green, changed in blue, removed dashed in red', fencedBlock('mermaid', change.mermaid)));
    }
    return parts.join('\n\n');
}

function listOf(items: readonly string[], cap: number): string {
    const shown = items.slice(0, cap).map((item) => `- ${item}`);
    const more = items.length > cap ? [`- … and ${items.length - cap} more`] : [];
    const list = [...shown, ...more].join('\n');
    return items.length > FOLD_AFTER ? folded(plural(items.length, 'change'), list) : list;
}

function tableOf(head: readonly string[], rows: readonly (readonly string[])[]): string {
    const line = (cells: readonly string[]): string => `| ${cells.map(tableCell).join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Longer texts (a message quoting a huge description) are cut, so no one item can take the comment over its limit. */
const MAX_TEXT_CHARACTERS = 1_000;

/**
 * Text from a design or a finding, for the comment: escaped as Markdown,
 * cut to MAX_TEXT_CHARACTERS, and with GitHub's references broken by an
 * empty HTML comment (GitHub ignores a backslash there), so that a title
 * saying `@team` or `#12` neither notifies anyone nor links an issue.
 */
function commentText(text: string): string {
    const cut = text.length > MAX_TEXT_CHARACTERS ? `${text.slice(0, MAX_TEXT_CHARACTERS)}… (cut: the JSON format has all of it)` : text;
    return inlineText(cut).replace(/@(?=[\p{L}\p{N}_-])/gu, '@<!-- -->').replace(/#(?=\p{N})/gu, '#<!-- -->');
}

/** A `<details>` block; the blank lines let GitHub read the Markdown inside. */
function folded(summary: string, body: string): string {
    return `<details><summary>${commentText(summary)}</summary>\n\n${body}\n\n</details>`;
}
