/**
 * Quick fixes for review findings: the rule's own fix when it has one, and
 * "Disable <rule> for this line" / "for this file" for every review finding.
 */
import type { LangiumDocument, LangiumDocuments, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import { LANGUAGE_RULES } from '../../review/language-rules.js';
import type { ReviewFinding } from '../../review/review.js';
import type { ArchServices } from '../arch-module.js';
import type { DesignRegistry } from '../design-registry.js';
import type { ReviewService } from '../review-service.js';
import { fixEdits } from './fix-edits.js';
import { disableForFile, disableForLine } from './suppression-edits.js';

const NOT_SUPPRESSIBLE = new Set(LANGUAGE_RULES.map((rule) => rule.id));

export class ArchCodeActionProvider implements CodeActionProvider {
    private readonly documents: LangiumDocuments;
    private readonly reviews: () => ReviewService;
    private readonly designs: () => DesignRegistry;

    constructor(services: ArchServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.reviews = () => services.design.ReviewService;
        this.designs = () => services.design.DesignRegistry;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const findings = this.reviews().findingsIn(document.uri.toString());
        return params.context.diagnostics.flatMap((diagnostic) => {
            const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            if (diagnostic.source !== 'archlens' || !rule || NOT_SUPPRESSIBLE.has(rule) || rule.startsWith('meta/unused') || rule.startsWith('meta/suppression')) {
                return [];
            }
            const finding = findings.find((candidate) => candidate.rule === rule && sameRange(candidate, diagnostic));
            return [...this.ruleFix(finding, diagnostic), ...this.disableActions(document, rule, diagnostic)];
        });
    }

    private ruleFix(finding: ReviewFinding | undefined, diagnostic: Diagnostic): CodeAction[] {
        const design = finding?.design ? this.designs().design(finding.design)?.design : undefined;
        const edit = finding?.fix && design ? fixEdits(finding.fix, { documents: this.documents, design }) : undefined;
        if (!finding?.fix || !edit) {
            return [];
        }
        return [{ title: finding.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit }];
    }

    private disableActions(document: LangiumDocument, rule: string, diagnostic: Diagnostic): CodeAction[] {
        const uri = document.uri.toString();
        return [
            { title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [disableForLine(document, rule, diagnostic.range)] } } },
            { title: `Disable ${rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [disableForFile(rule)] } } }
        ];
    }
}

function sameRange(finding: ReviewFinding, diagnostic: Diagnostic): boolean {
    const a = finding.range;
    const b = diagnostic.range;
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
