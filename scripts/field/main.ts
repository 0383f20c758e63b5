/**
 * `npm run field`: reviews every field-corpus design (test/field/), matches
 * the findings to the reviewer's labels and prints the review-quality
 * measures per rule, per severity and overall. See docs/review-quality.md.
 */
import { RULE_IDS } from '../../src/review/registry.js';
import { type CorpusSet, corpusDesigns } from './corpus.js';
import { writeReportSection } from './docs-section.js';
import { type DesignResult, languageErrors, reviewCorpus } from './judge.js';
import { labelKey, labelProblems } from './labels.js';
import { fieldReport } from './metrics.js';
import { holding } from './ratchet.js';
import { renderMarkdown, renderText } from './render.js';

const USAGE = `Usage: npm run field -- [options]

Reviews the field corpus (test/field/designs/) and prints, per rule, per
severity and overall: findings, tp/fp/noise/unlabelled, strict precision,
error precision, recall and findings per design.

  --held-out       include the held-out designs (test/field/held-out/)
  --held-out-only  only the held-out designs
  --json           print the measures as JSON
  --write-docs     write the tables into docs/review-quality.md (tuning set only)
  --draft          print label skeletons for the findings that have no label
  --holding        print the designs and rules that pass the gate today (for test/field/ratchet.json)
  --help           this text
`;

const OPTIONS = ['--held-out', '--held-out-only', '--json', '--write-docs', '--draft', '--holding', '--help'];

function setsOf(args: readonly string[]): CorpusSet[] {
    if (args.includes('--held-out-only')) {
        return ['held-out'];
    }
    return args.includes('--held-out') ? ['designs', 'held-out'] : ['designs'];
}

/** Broken corpus files, one line each: invalid labels, language errors. */
function corpusProblems(results: readonly DesignResult[]): string[] {
    return results.flatMap((result) => {
        const name = `${result.design.set}/${result.design.name}`;
        const labels = result.labelsJson === undefined ? [`${name}: no labels file`] : labelProblems(result.labelsJson, RULE_IDS).map((problem) => `${name}.labels.json: ${problem}`);
        const language = languageErrors(result).map((finding) => `${name}.arch:${finding.range.start.line + 1}: ${finding.rule}: ${finding.message}`);
        return [...labels, ...language];
    });
}

function staleLines(results: readonly DesignResult[]): string[] {
    return results.flatMap((result) => result.staleLabels.map((label) => `${result.design.name}: label ${labelKey(label)} matches no finding today`));
}

/** Skeletons to paste into a labels file: the verdict and reason are left for the reviewer. */
function drafts(results: readonly DesignResult[]): string {
    const byDesign = results.map((result) => ({
        design: `${result.design.set}/${result.design.name}`,
        labels: result.judged.filter((item) => item.judgement === 'unlabelled').map((item) => ({
            rule: item.finding.rule,
            subject: item.finding.element ?? null,
            severity: item.finding.severity,
            label: '?',
            reason: `? (${item.finding.message})`
        }))
    })).filter((entry) => entry.labels.length > 0);
    return JSON.stringify(byDesign, null, 2);
}

async function main(args: readonly string[]): Promise<number> {
    const unknown = args.filter((arg) => !OPTIONS.includes(arg));
    if (args.includes('--help') || unknown.length > 0) {
        process.stderr.write(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n\n${USAGE}` : USAGE);
        return unknown.length > 0 ? 2 : 0;
    }
    const sets = setsOf(args);
    if (args.includes('--write-docs') && sets.includes('held-out')) {
        process.stderr.write('--write-docs writes the tuning set only: leave out --held-out and --held-out-only.\n');
        return 2;
    }
    const results = await reviewCorpus(corpusDesigns(sets));
    const report = fieldReport(results, sets);
    if (args.includes('--draft')) {
        process.stdout.write(`${drafts(results)}\n`);
    } else if (args.includes('--holding')) {
        process.stdout.write(`${JSON.stringify(holding(results), null, 2)}\n`);
    } else {
        process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
    }
    if (args.includes('--write-docs')) {
        writeReportSection(renderMarkdown(report));
        process.stderr.write('wrote the field report into docs/review-quality.md\n');
    }
    staleLines(results).forEach((line) => process.stderr.write(`note: ${line}\n`));
    const problems = corpusProblems(results);
    problems.forEach((line) => process.stderr.write(`problem: ${line}\n`));
    return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
