/** Findings from a validated document's diagnostics. */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Assumption, Basis, Finding, RelatedLocation, Severity } from '../model/finding.js';
import type { SectionId } from '../model/sections.js';
import { architectureAt } from '../language/arch-naming.js';

/** What a review diagnostic carries besides LSP's fields. */
export interface FindingData {
    readonly section?: SectionId;
    readonly design?: string;
    readonly element?: string;
    readonly basis?: Basis;
    readonly assumptions?: readonly Assumption[];
    /** The element of each related location, in `relatedInformation`'s order (null where there is none): LSP's related information has no field for it. */
    readonly relatedElements?: readonly (string | null)[];
}

const SEVERITY_BY_LSP: Readonly<Record<number, Severity>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function findingsOfDocument(document: LangiumDocument): Finding[] {
    return (document.diagnostics ?? []).map((diagnostic) => toFinding(document, diagnostic));
}

function toFinding(document: LangiumDocument, diagnostic: Diagnostic): Finding {
    const data = (diagnostic.data ?? {}) as FindingData;
    return {
        rule: String(diagnostic.code ?? 'syntax'),
        severity: SEVERITY_BY_LSP[diagnostic.severity ?? 1] ?? 'error',
        section: data.section,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        uri: document.uri.toString(),
        range: diagnostic.range,
        design: data.design ?? designAt(document, diagnostic),
        element: data.element,
        suppressed: false,
        related: diagnostic.relatedInformation?.map((related, position): RelatedLocation => {
            const element = data.relatedElements?.[position];
            return { uri: related.location.uri, range: related.location.range, message: related.message, ...(typeof element === 'string' ? { element } : {}) };
        }),
        ...(data.basis !== undefined ? { basis: data.basis } : {}),
        ...(data.assumptions !== undefined && data.assumptions.length > 0 ? { assumptions: data.assumptions } : {})
    };
}

/** What a finding carries in its diagnostic's `data`, for the CLI to read back ({@link findingsOfDocument}). */
export function findingData(finding: Finding): FindingData {
    const relatedElements = finding.related?.map((related) => related.element ?? null);
    return {
        section: finding.section,
        design: finding.design,
        element: finding.element,
        ...(finding.basis !== undefined ? { basis: finding.basis } : {}),
        ...(finding.assumptions !== undefined && finding.assumptions.length > 0 ? { assumptions: finding.assumptions } : {}),
        ...(relatedElements?.some((element) => element !== null) ? { relatedElements } : {})
    };
}

/** The design whose block holds the diagnostic's start. */
function designAt(document: LangiumDocument, diagnostic: Diagnostic): string | undefined {
    return architectureAt(document.parseResult.value, document.textDocument.offsetAt(diagnostic.range.start))?.name;
}
