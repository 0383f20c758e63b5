/**
 * The text format, read like ESLint's: findings grouped by file, one line
 * each (line:column, severity, message, rule id), then a summary line. File
 * names and messages (which quote the design) are terminal-escaped: one
 * finding is one line, whatever a name holds.
 */
import { styleText } from 'node:util';
import type { Finding, Severity } from '../../model/finding.js';
import { displayPath } from '../../util/display-path.js';
import { terminalText } from '../../util/escape/terminal.js';
import { countBySeverity } from './summary.js';

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

export function formatText(findings: readonly Finding[], cwd: string, color: boolean): string {
    const paint = (style: Style, text: string): string => (color ? styleText(style, text) : text);
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
        lines.push('');
    }
    lines.push(summaryLine(findings, paint));
    return `${lines.join('\n')}\n`;
}

function summaryLine(findings: readonly Finding[], paint: (style: Style, text: string) => string): string {
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
