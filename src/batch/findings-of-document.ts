/** Findings from a validated document's diagnostics. */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../model/finding.js';
import type { SectionId } from '../model/sections.js';
import { architectureAt } from '../language/arch-naming.js';

/** What a review diagnostic carries besides LSP's fields. */
export interface FindingData {
    readonly section?: SectionId;
    readonly design?: string;
    readonly element?: string;
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
        related: diagnostic.relatedInformation?.map((related) => ({ uri: related.location.uri, range: related.location.range, message: related.message }))
    };
}

/** The design whose block holds the diagnostic's start. */
function designAt(document: LangiumDocument, diagnostic: Diagnostic): string | undefined {
    return architectureAt(document.parseResult.value, document.textDocument.offsetAt(diagnostic.range.start))?.name;
}
