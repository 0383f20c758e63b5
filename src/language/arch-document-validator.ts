/**
 * Langium's document validation, with every diagnostic labelled the way
 * ArchLens reports findings: `source: "archlens"`, the rule id as `code`
 * (`syntax` for lexing and parsing errors, `meta/unresolved-reference` for
 * links), and a reference error that suggests the closest name.
 */
import { type AstNode, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { suggestKey } from '../properties/property-schema.js';
import type { ArchServices } from './arch-module.js';
import { CHECK_EVERY } from './arch-linker.js';
import { architectureAt } from './arch-naming.js';
import { CHECKED_TYPES } from './arch-validator.js';
import { STRUCTURAL_TYPES, structuralNodes } from './structure-walk.js';
import { appendAll } from '../util/large-arrays.js';

export const DIAGNOSTIC_SOURCE = 'archlens';

const CODE_BY_LANGIUM_CODE: Readonly<Record<string, string>> = {
    [DocumentValidator.LexingError]: 'syntax',
    [DocumentValidator.LexingWarning]: 'syntax',
    [DocumentValidator.LexingInfo]: 'syntax',
    [DocumentValidator.LexingHint]: 'syntax',
    [DocumentValidator.ParsingError]: 'syntax',
    [DocumentValidator.LinkingError]: 'meta/unresolved-reference'
};

interface LinkingData {
    readonly code: string;
    readonly refText?: string;
}

export class ArchDocumentValidator extends DefaultDocumentValidator {
    private readonly services: ArchServices;

    constructor(services: ArchServices) {
        super(services);
        this.services = services;
    }

    /**
     * Langium's validateDocument, but the checks' diagnostics are appended
     * one by one: Langium spreads them into `push(...)`, which overflows the
     * stack past about 120,000 findings and loses every one of them.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        await interruptAndCheck(cancelToken);
        const diagnostics: Diagnostic[] = [];
        const builtIn = !options.categories || options.categories.includes('built-in');
        if (!builtIn || !this.stopsAfterBuiltIn(document, diagnostics, options)) {
            await this.appendChecks(document, diagnostics, options, cancelToken);
        }
        return diagnostics.map((diagnostic) => this.label(document, diagnostic));
    }

    /** Adds lexing, parsing and linking errors; true when the options say to stop there. */
    private stopsAfterBuiltIn(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): boolean {
        const has = (code: string): boolean => diagnostics.some((diagnostic) => (diagnostic.data as LinkingData | undefined)?.code === code);
        this.processLexingErrors(document.parseResult, diagnostics, options);
        if (options.stopAfterLexingErrors && has(DocumentValidator.LexingError)) {
            return true;
        }
        this.processParsingErrors(document.parseResult, diagnostics, options);
        if (options.stopAfterParsingErrors && has(DocumentValidator.ParsingError)) {
            return true;
        }
        this.processLinkingErrors(document, diagnostics, options);
        return options.stopAfterLinkingErrors === true && has(DocumentValidator.LinkingError);
    }

    private async appendChecks(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions, cancelToken: CancellationToken): Promise<void> {
        try {
            appendAll(diagnostics, await this.validateAst(document.parseResult.value, options, cancelToken));
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            // As Langium does: a failed check costs the checks' diagnostics, not the syntax errors.
            console.error('An error occurred during validation:', error);
        }
        await interruptAndCheck(cancelToken);
    }

    /**
     * Checks run on the nodes structure-walk.ts visits (every type ArchLens
     * registers a check for), not on every property and value: the same
     * diagnostics for a fraction of the walk. A check registered for another
     * type falls back to Langium's full walk.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (!CHECKED_TYPES.every((type) => STRUCTURAL_TYPES.has(type))) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        let count = 0;
        for (const node of structuralNodes(rootNode)) {
            if (count++ % CHECK_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                await check(node, acceptor, cancelToken);
            }
        }
    }

    protected override getSource(): string {
        return DIAGNOSTIC_SOURCE;
    }

    private label(document: LangiumDocument, diagnostic: Diagnostic): Diagnostic {
        const data = diagnostic.data as LinkingData | undefined;
        const code = diagnostic.code ?? (data?.code ? CODE_BY_LANGIUM_CODE[data.code] : undefined) ?? 'syntax';
        const message = data?.code === DocumentValidator.LinkingError && data.refText
            ? this.unresolvedMessage(document, data.refText, diagnostic)
            : diagnostic.message;
        return { ...diagnostic, code, message, source: DIAGNOSTIC_SOURCE };
    }

    private unresolvedMessage(document: LangiumDocument, refText: string, diagnostic: Diagnostic): string {
        const [designName, componentName] = refText.includes('.') ? splitQualified(refText) : [this.designAt(document, diagnostic), refText];
        if (!designName) {
            return `Unknown component '${refText}'.`;
        }
        const names = this.services.design.ComponentDirectory.namesOf(designName);
        if (names.length === 0 && refText.includes('.')) {
            return `Unknown design '${designName}' in '${refText}'.`;
        }
        const suggestion = suggestKey(componentName, names);
        const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
        return `Unknown component '${componentName}' in design ${designName}.${hint}`;
    }

    /** The design whose block holds the diagnostic. */
    private designAt(document: LangiumDocument, diagnostic: Diagnostic): string | undefined {
        return architectureAt(document.parseResult.value, document.textDocument.offsetAt(diagnostic.range.start))?.name;
    }
}

function splitQualified(refText: string): [string, string] {
    const dot = refText.lastIndexOf('.');
    return [refText.slice(0, dot), refText.slice(dot + 1)];
}
