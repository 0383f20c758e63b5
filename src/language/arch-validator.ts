/**
 * Checks of what was written: kinds, property keys and values against the
 * properties schema, units, connection words, and imports; and, once
 * per document, the problems only the whole design shows (duplicates across
 * files). Every diagnostic carries its rule id as `code`.
 */
import type { AstNode, ConfigurationProvider, LangiumDocument, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import { suggestKey } from '../properties/property-schema.js';
import { COMPONENT_KINDS, isComponentKind, isDefaultsKind } from '../model/design.js';
import type { ArchServices } from './arch-module.js';
import { expandShorthand } from './connection-shorthand.js';
import { ImportCheck } from './import-check.js';
import type { DesignRegistry } from './design-registry.js';
import { EditorBaseline } from './editor-baseline.js';
import { reportFindings } from './finding-diagnostics.js';
import type { ReviewService } from './review-service.js';
import { reviewSettings } from './user-settings.js';
import {
    type ArchAstType, type Component, type Connection, type Defaults, type Extend, type Import, type Journey, type Outgoing, type Transaction, isArchitecture, isModel
} from './generated/ast.js';
import type { PropertyConversions, PropertyHolder } from './property-conversions.js';
import { pathKey } from './property-values.js';

/** The node types with checks (ArchDocumentValidator walks only to these). */
export const CHECKED_TYPES: readonly (keyof ArchAstType)[] = ['Component', 'Extend', 'Group', 'Settings', 'Defaults', 'Transaction', 'Journey', 'Connection', 'Outgoing', 'Import'];

export function registerValidationChecks(services: ArchServices): void {
    const validator = services.validation.ArchValidator;
    const checks: ValidationChecks<ArchAstType> = {
        Component: validator.checkComponent,
        Extend: validator.checkExtend,
        Group: validator.checkProperties,
        Settings: validator.checkProperties,
        Defaults: validator.checkDefaults,
        Transaction: validator.checkTransaction,
        Journey: validator.checkJourney,
        Connection: validator.checkConnection,
        Outgoing: validator.checkConnection,
        Import: validator.checkImport
    };
    const registered = Object.keys(checks);
    if (registered.length !== CHECKED_TYPES.length || !registered.every((type) => (CHECKED_TYPES as readonly string[]).includes(type))) {
        throw new Error('CHECKED_TYPES must list the node types that have checks');
    }
    services.validation.ValidationRegistry.register(checks, validator);
    services.validation.ValidationRegistry.registerAfterDocument(validator.checkDesigns, validator);
}

export class ArchValidator {
    private readonly conversions: PropertyConversions;
    private readonly designs: () => DesignRegistry;
    private readonly reviews: () => ReviewService;
    private readonly configuration: ConfigurationProvider;
    private readonly imports: ImportCheck;
    /** Only when serving an editor: the CLI applies baselines after the review and must see every finding. */
    private readonly baseline: EditorBaseline | undefined;

    constructor(services: ArchServices) {
        this.conversions = services.design.PropertyConversions;
        this.designs = () => services.design.DesignRegistry;
        this.reviews = () => services.design.ReviewService;
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.imports = new ImportCheck(services.shared.workspace.FileSystemProvider, services.shared.workspace.LangiumDocuments);
        this.baseline = services.shared.lsp.Connection ? new EditorBaseline(services.shared.workspace.FileSystemProvider, () => services.design.ConfigService) : undefined;
    }

    checkComponent(component: Component, accept: ValidationAcceptor): void {
        if (!component.kind) {
            return;
        }
        if (!isComponentKind(component.kind)) {
            accept('error', unknownKindMessage(component.kind, COMPONENT_KINDS), { node: component, property: 'kind', code: 'syntax' });
            return;
        }
        this.checkProperties(component, accept);
    }

    /**
     * An `extend` adds to a component of its own design: its keys are judged
     * by that component's kind. A component of another design (`Other.Db`)
     * is that design's to describe.
     */
    checkExtend(extend: Extend, accept: ValidationAcceptor): void {
        const target = extend.target?.ref;
        if (!target) {
            return; // the linker reports a name it cannot find
        }
        const own = AstUtils.getContainerOfType(extend, isArchitecture)?.name;
        const owner = AstUtils.getContainerOfType(target, isArchitecture)?.name;
        if (owner !== own) {
            accept('error', `'extend' adds to a component of design ${own ?? ''}; ${extend.target?.$refText ?? ''} belongs to design ${owner ?? ''}, which describes it.`, { node: extend, property: 'target', code: 'meta/invalid-value' });
            return;
        }
        this.checkProperties(extend, accept);
    }

    /** Each entry of a `defaults` block names a component kind or `connection`, and its keys are checked against that kind's schema. */
    checkDefaults(defaults: Defaults, accept: ValidationAcceptor): void {
        for (const entry of defaults.entries) {
            if (!entry.kind) {
                continue;
            }
            if (!isDefaultsKind(entry.kind)) {
                accept('error', unknownKindMessage(entry.kind, DEFAULTS_KINDS), { node: entry, property: 'kind', code: 'syntax' });
                continue;
            }
            this.checkProperties(entry, accept);
        }
    }

    checkTransaction(transaction: Transaction, accept: ValidationAcceptor): void {
        this.checkProperties(transaction, accept);
        if (transaction.writes.length === 0) {
            accept('error', `Transaction '${transaction.name}' needs 'writes: [Store, …]' naming the stores it writes.`, { node: transaction, property: 'name', code: 'meta/invalid-value' });
        }
    }

    checkJourney(journey: Journey, accept: ValidationAcceptor): void {
        this.checkProperties(journey, accept);
        if (journey.paths.length === 0) {
            accept('error', `Journey '${journey.name}' needs the components it passes, in order: 'Client -> Service -> Store'.`, { node: journey, property: 'name', code: 'meta/invalid-value' });
        }
    }

    checkConnection(connection: Connection | Outgoing, accept: ValidationAcceptor): void {
        if (connection.shorthand) {
            const expanded = expandShorthand(connection.shorthand.words);
            if (!expanded.ok) {
                accept('error', expanded.message, { node: connection.shorthand, property: 'words', index: expanded.badIndex, code: 'syntax' });
            }
        }
        if (connection.body) {
            this.checkProperties(connection.body, accept);
        }
    }

    async checkImport(node: Import, accept: ValidationAcceptor): Promise<void> {
        if (node.path === undefined) {
            return; // a syntax error already
        }
        const problem = await this.imports.problemOf(node.path, AstUtils.getDocument(node).uri, node.design);
        if (problem) {
            accept('error', problem, { node, property: 'path', code: 'meta/unresolved-reference' });
        }
    }

    /** Validates a property list against the schema entry for its holder. */
    checkProperties(holder: PropertyHolder, accept: ValidationAcceptor): void {
        const converted = this.conversions.of(holder);
        for (const problem of converted.problems) {
            accept('error', problem.message, { node: problem.node, code: problem.code });
        }
        for (const issue of converted.issues) {
            const propertyNode = converted.propertyNodes.get(pathKey(issue.path));
            const node: AstNode = issue.onKey ? propertyNode ?? holder : converted.valueNodes.get(pathKey(issue.path)) ?? propertyNode ?? holder;
            accept(issue.severity, issue.message, {
                node,
                property: issue.onKey && propertyNode ? 'key' : undefined,
                code: issue.code
            });
        }
    }

    async checkDesigns(root: AstNode, accept: ValidationAcceptor): Promise<void> {
        if (!isModel(root)) {
            return;
        }
        const document = AstUtils.getDocument(root);
        this.reportDesignProblems(document, accept);
        const settings = await reviewSettings(this.configuration);
        if (settings.enabled) {
            const findings = this.reviews().findingsIn(document.uri.toString());
            const baseline = this.baseline ? await this.baseline.split(document.uri.toString(), findings) : undefined;
            if (baseline?.problem) {
                accept('warning', baseline.problem, { node: root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, code: 'config' });
            }
            reportFindings(root, findings, settings.minimumSeverity, accept, baseline && { known: baseline.known, display: settings.baselined });
        }
    }

    private reportDesignProblems(document: LangiumDocument, accept: ValidationAcceptor): void {
        for (const built of this.designs().designsIn(document)) {
            for (const problem of built.problems) {
                if (AstUtils.getDocument(problem.node) !== document) {
                    continue;
                }
                accept(problem.severity, problem.message, {
                    node: problem.node,
                    property: problem.property,
                    code: problem.code,
                    relatedInformation: problem.related.flatMap((related) => relatedInformation(related.node, related.message))
                });
            }
        }
    }
}

const DEFAULTS_KINDS: readonly string[] = [...COMPONENT_KINDS, 'connection'];

/** `Unknown kind 'servce'. Did you mean 'service'? Kinds: …` */
function unknownKindMessage(kind: string, kinds: readonly string[]): string {
    const guess = suggestKey(kind, kinds);
    const hint = guess ? ` Did you mean '${guess}'?` : '';
    return `Unknown kind '${kind}'.${hint} Kinds: ${kinds.join(', ')}.`;
}

function relatedInformation(node: AstNode, message: string): { location: { uri: string; range: NonNullable<AstNode['$cstNode']>['range'] }; message: string }[] {
    const range = node.$cstNode?.range;
    if (!range) {
        return [];
    }
    const document: LangiumDocument = AstUtils.getDocument(node);
    return [{ location: { uri: document.uri.toString(), range }, message }];
}

