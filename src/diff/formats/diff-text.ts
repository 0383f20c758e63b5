/**
 * The text format of `archlens diff`: per changed design, what was added (+),
 * removed (-), renamed and changed (~), the estimates that moved, then the
 * findings introduced (+) and fixed (-) and how many remain. Terminal-safe:
 * every name and message goes through terminalText.
 */
import type { Finding } from '../../model/finding.js';
import { terminalLines } from '../../util/escape/terminal.js';
import { type ChangeReview, type DesignChange, isShown } from '../change-review.js';
import type { EstimateMove } from '../estimates-diff.js';
import { componentChanges, connectionChanges, settingsChanges, unparsedText } from './change-words.js';
import { toJsonFinding } from './diff-json.js';

export function formatDiffText(review: ChangeReview): string {
    const lines = [`archlens diff ${review.base.label} → ${review.head.label}`, ''];
    const changed = review.designs.filter((change) => isShown(change));
    if (changed.length === 0) {
        lines.push('The designs did not change.', '');
    }
    for (const change of changed) {
        lines.push(...designLines(change), '');
    }
    lines.push(...findingLines(review));
    return terminalLines(`${lines.join('\n')}\n`);
}

function designLines(change: DesignChange): string[] {
    const { diff } = change;
    if (change.unparsed.length > 0) {
        return [`${diff.design}: ${unparsedText(change.unparsed)}`];
    }
    const lines = [`${diff.design}: ${diff.status}`];
    const { components, connections } = diff;
    lines.push(...components.added.map((component) => `  + ${component.kind} ${component.name}`));
    lines.push(...components.removed.map((component) => `  - ${component.kind} ${component.name}`));
    lines.push(...components.renamed.map((rename) => `  ~ ${rename.kind} ${rename.from} renamed ${rename.to}`));
    lines.push(...components.changed.map((component) => `  ~ ${component.kind} ${component.name}: ${componentChanges(component)}`));
    lines.push(...connections.added.map((connection) => `  + ${connection.id}`));
    lines.push(...connections.removed.map((connection) => `  - ${connection.id}`));
    lines.push(...connections.changed.map((connection) => `  ~ ${connection.id}: ${connectionChanges(connection)}`));
    lines.push(...diff.settings.map((block) => `  ~ ${block.block}: ${settingsChanges(block)}`));
    if (change.estimates.length > 0) {
        lines.push('  estimates:', ...change.estimates.map((move) => `    ${moveText(move)}`));
    }
    return lines;
}

export function moveText(move: EstimateMove): string {
    const notes = [move.worse ? 'worse' : '', move.assumed ? 'rests on a default' : ''].filter(Boolean);
    return `${move.label}: ${move.before ?? 'none'} → ${move.after ?? 'none'}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function findingLines(review: ChangeReview): string[] {
    const { introduced, fixed, remaining } = review.findings;
    const lines = [`findings: ${introduced.length} introduced, ${fixed.length} fixed, ${remaining.length} remaining`];
    lines.push(...introduced.map((finding) => `  + ${findingText(finding, review.head.show)}`));
    lines.push(...fixed.map((finding) => `  - ${findingText(finding, review.base.show)}`));
    const renamed = remaining.filter((item) => item.matched !== undefined);
    lines.push(...renamed.map((item) => `  = ${findingText(item.finding, review.head.show)} (was about ${item.was ?? 'the design'})`));
    return lines;
}

function findingText(finding: Finding, show: (uri: string) => string): string {
    const json = toJsonFinding(finding, show);
    const subject = [finding.design, finding.element].filter(Boolean).join(' ');
    return `${finding.severity.padEnd(7)}  ${finding.rule}  ${subject}: ${finding.message}  (${json.file}:${json.line}:${json.column})`;
}
