/**
 * Reviews the corpus designs in process, through the same pipeline as
 * `archlens check` (src/batch), and matches each finding to its label.
 */
import { URI } from 'langium';
import { analyzeFiles } from '../../src/batch/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import type { CorpusDesign } from './corpus.js';
import { RULE_IDS } from '../../src/review/registry.js';
import { type DesignLabels, type Label, readLabelsJson, type Verdict } from './labels.js';

export type Judgement = Verdict | 'unlabelled';

export interface JudgedFinding {
    readonly finding: Finding;
    readonly judgement: Judgement;
    readonly label?: Label;
}

export interface DesignResult {
    readonly design: CorpusDesign;
    /** The labels file as read; undefined when there is none yet. Validate it with labelProblems. */
    readonly labelsJson: unknown;
    readonly labels?: DesignLabels;
    /** Every unsuppressed finding, with its judgement. */
    readonly judged: readonly JudgedFinding[];
    /** Labels that match no finding of today's review (a rule stopped reporting it). */
    readonly staleLabels: readonly Label[];
    /** The architecture names declared in the file. */
    readonly architectures: readonly string[];
}

/**
 * Findings of the language itself (`syntax`, and `meta/…` checks of the file
 * such as an unknown property; a `meta/…` rule of the review, such as
 * an unconnected component, is judged like any other), at any severity: a corpus design must have
 * none, since a transcription the language misreads is not the source's
 * design (and no label can be given for them).
 */
export function languageErrors(result: DesignResult): Finding[] {
    return result.judged.map((item) => item.finding)
        .filter((finding) => finding.rule === 'syntax' || (finding.rule.startsWith('meta/') && !RULE_IDS.has(finding.rule)));
}

/** One build of every corpus file: their designs have distinct names, so none merge. */
export async function reviewCorpus(designs: readonly CorpusDesign[]): Promise<DesignResult[]> {
    const analysis = await analyzeFiles(designs.map((design) => design.archFile));
    return designs.map((design) => {
        const uri = URI.file(design.archFile).toString();
        const findings = analysis.findings.filter((finding) => finding.uri === uri && !finding.suppressed);
        const architectures = analysis.designs.filter((model) => model.files.some((file) => file === uri)).map((model) => model.name);
        const labelsJson = readLabelsJson(design.labelsFile);
        const labels = looksLikeLabels(labelsJson) ? labelsJson : undefined;
        const { judged, staleLabels } = judgeFindings(findings, labels?.labels ?? []);
        return { design, labelsJson, labels, judged, staleLabels, architectures };
    });
}

function looksLikeLabels(json: unknown): json is DesignLabels {
    const candidate = json as Partial<DesignLabels> | undefined;
    return Array.isArray(candidate?.labels) && Array.isArray(candidate?.misses);
}

/** Each finding takes the label of its rule and subject (and `match`, where a label has one). */
export function judgeFindings(findings: readonly Finding[], labels: readonly Label[]): { judged: JudgedFinding[]; staleLabels: Label[] } {
    const used = new Set<Label>();
    const judged = findings.map((finding): JudgedFinding => {
        const label = labelFor(finding, labels);
        if (!label) {
            return { finding, judgement: 'unlabelled' };
        }
        used.add(label);
        return { finding, judgement: label.label, label };
    });
    return { judged, staleLabels: labels.filter((label) => !used.has(label)) };
}

function labelFor(finding: Finding, labels: readonly Label[]): Label | undefined {
    const candidates = labels.filter((label) => label.rule === finding.rule && label.subject === (finding.element ?? null));
    return candidates.find((label) => label.match !== undefined && finding.message.includes(label.match))
        ?? candidates.find((label) => label.match === undefined);
}
