/** The `$archlens` problem matcher (package.json) reads what `archlens check` prints. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatText } from '../../src/cli/formats/text.js';
import type { Finding } from '../../src/model/finding.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface MatcherPattern {
    readonly regexp: string;
    readonly file?: number;
    readonly line?: number;
    readonly column?: number;
    readonly severity?: number;
    readonly message?: number;
    readonly code?: number;
}

function matcherPatterns(): readonly MatcherPattern[] {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: { name: string; pattern: MatcherPattern[] }[] } };
    const matcher = manifest.contributes.problemMatchers.find((candidate) => candidate.name === 'archlens');
    if (!matcher) {
        throw new Error('no archlens problem matcher in package.json');
    }
    return matcher.pattern;
}

/**
 * What VS Code does with a multi-line matcher whose last pattern loops: one
 * problem per matching line under a file line, until a line does not match
 * (VS Code's AbstractProblemCollector drops the active matcher then, so the
 * findings after it need a file line again).
 */
function problemsIn(output: string): string[] {
    const [filePattern, problemPattern] = matcherPatterns();
    const fileLine = new RegExp(filePattern.regexp);
    const problemLine = new RegExp(problemPattern.regexp);
    const problems: string[] = [];
    let file: string | undefined;
    for (const line of output.split('\n')) {
        const problem = file === undefined ? null : problemLine.exec(line);
        if (problem && file) {
            const at = (group: number | undefined): string => (group === undefined ? '' : problem[group]);
            problems.push(`${file}:${at(problemPattern.line)}:${at(problemPattern.column)} ${at(problemPattern.severity)} ${at(problemPattern.code)} | ${at(problemPattern.message)}`);
            continue;
        }
        file = fileLine.exec(line)?.[filePattern.file ?? 1];
    }
    return problems;
}

describe('the $archlens problem matcher', () => {
    it('reads every finding of the text format with its file, position, severity, rule and message', async () => {
        const result = await runCli(['check', 'samples/spec/first-draft.arch', 'samples/spec/payments.arch'], ROOT);
        const json = JSON.parse((await runCli(['check', 'samples/spec/first-draft.arch', 'samples/spec/payments.arch', '--format', 'json'], ROOT)).stdout) as { findings: { file: string; range: { start: { line: number; column: number } }; severity: string; rule: string; message: string; suppressed: boolean }[] };
        const expected = json.findings.filter((finding) => !finding.suppressed)
            .map((finding) => `${finding.file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.rule} | ${finding.message}`);
        expect(problemsIn(result.stdout).sort()).to.deep.equal(expected.sort());
        expect(expected.length).to.be.greaterThan(10);
    });

    it('reads every finding of files whose findings list related places and assumptions (notes after the findings)', () => {
        const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 5 } });
        const finding = (file: string, line: number, extra: Partial<Finding> = {}): Finding => ({
            rule: 'x/rule', severity: 'warning', message: `finding on line ${line + 1}`, uri: path.join(ROOT, file), range: range(line), suppressed: false, ...extra
        });
        const notes: Partial<Finding> = {
            related: [{ uri: path.join(ROOT, 'a.arch'), range: range(9), message: 'Api->Db: plain' }],
            basis: 'assumed',
            assumptions: [{ element: 'Api', text: 'capacity 1,000/s', settle: 'capacity_rps' }]
        };
        const findings = [finding('a.arch', 0, notes), finding('a.arch', 4), finding('b.arch', 1, notes), finding('b.arch', 7)];
        const output = formatText(findings, ROOT, false);
        expect(output).to.match(/^ {2}\d+:\d+ +related {2}/m);
        expect(problemsIn(output)).to.deep.equal(['a.arch:1:3 warning x/rule | finding on line 1', 'a.arch:5:3 warning x/rule | finding on line 5', 'b.arch:2:3 warning x/rule | finding on line 2', 'b.arch:8:3 warning x/rule | finding on line 8']);
    });
});
