/** The field report as plain-text tables (terminal) or Markdown (docs/review-quality.md). */
import type { FieldReport, RuleRow, Tally } from './metrics.js';

interface Table {
    readonly title: string;
    readonly headers: readonly string[];
    readonly rows: readonly (readonly string[])[];
}

export function percent(value: number | undefined): string {
    return value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
}

const TALLY_HEADERS = ['findings', 'tp', 'fp', 'noise', 'unlabelled'];

function tallyCells(row: Tally): string[] {
    return [row.findings, row.tp, row.fp, row.noise, row.unlabelled].map(String);
}

function ruleName(row: RuleRow): string {
    return row.proposed ? `${row.rule} (proposed)` : row.rule;
}

function tables(report: FieldReport): Table[] {
    return [
        {
            title: 'By severity',
            headers: ['severity', ...TALLY_HEADERS, 'precision'],
            rows: report.bySeverity.map((row) => [row.severity, ...tallyCells(row), percent(row.precision)])
        },
        {
            title: 'By rule (most findings first)',
            headers: ['rule', ...TALLY_HEADERS, 'misses', 'precision', 'recall'],
            rows: report.byRule.map((row) => [ruleName(row), ...tallyCells(row), String(row.misses), percent(row.precision), percent(row.recall)])
        },
        {
            title: 'By design',
            headers: ['design', 'set', ...TALLY_HEADERS, 'misses', 'precision'],
            rows: report.byDesign.map((row) => [row.name, row.set, ...tallyCells(row), String(row.misses), percent(row.precision)])
        }
    ];
}

function summaryLines(report: FieldReport): string[] {
    const o = report.overall;
    return [
        `${report.designs} designs (${report.sets.join(' + ')}): ${o.findings} findings — tp ${o.tp}, fp ${o.fp}, noise ${o.noise}, unlabelled ${o.unlabelled}; ${o.misses} misses`,
        `strict precision ${percent(o.precision)}, error precision ${percent(o.errorPrecision)}, recall ${percent(o.recall)}`,
        `findings per design: median ${o.findingsPerDesign.median}, max ${o.findingsPerDesign.max}`
    ];
}

function textTable(table: Table): string {
    const widths = table.headers.map((header, column) => Math.max(header.length, ...table.rows.map((row) => row[column].length)));
    const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
    return [table.title, line(table.headers), ...table.rows.map(line)].join('\n');
}

export function renderText(report: FieldReport): string {
    return [summaryLines(report).join('\n'), ...tables(report).map(textTable)].join('\n\n') + '\n';
}

function markdownTable(table: Table): string {
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const rule = row(table.headers.map((_, column) => (column === 0 ? '---' : '---:')));
    return [`### ${table.title}`, '', row(table.headers), rule, ...table.rows.map(row)].join('\n');
}

export function renderMarkdown(report: FieldReport): string {
    const summary = summaryLines(report).map((line) => `- ${line}`).join('\n');
    return [summary, ...tables(report).map(markdownTable)].join('\n\n') + '\n';
}
