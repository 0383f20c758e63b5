/**
 * The ArchLens language services, wired in one place (Langium's module
 * pattern): scoping, validation, the design model and the editor features.
 */
import { type DeepPartial, type Module, inject } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { EngineCatalog } from '../engine-catalog/engine-catalog.js';
import { propertySchema, type PropertySchema } from '../properties/property-schema.js';
import { ArchDocumentBuilder } from './arch-document-builder.js';
import { ArchLexer } from './arch-lexer.js';
import { ArchLinker } from './arch-linker.js';
import { createArchParser } from './arch-parser.js';
import { ArchReferenceDescriptionProvider } from './arch-reference-descriptions.js';
import { BatchIndexManager } from './batch-index-manager.js';
import { ArchDocumentValidator } from './arch-document-validator.js';
import { ArchDocumentFactory } from './arch-document-factory.js';
import { ArchServiceRegistry } from './editor-only-documents.js';
import { ArchLexerErrorMessageProvider, ArchParserErrorMessageProvider } from './arch-parser-messages.js';
import { ArchScopeComputation } from './arch-scope-computation.js';
import { KeywordNamesTokenBuilder } from './keyword-names-token-builder.js';
import { ArchScopeProvider } from './arch-scope-provider.js';
import { ArchValueConverter } from './arch-value-converter.js';
import { ArchValidator, registerValidationChecks } from './arch-validator.js';
import { ComponentDirectory } from './component-directory.js';
import { ConfigService } from './config-service.js';
import { DesignRegistry } from './design-registry.js';
import { EstimateService } from './estimate-service.js';
import { ReviewService } from './review-service.js';
import { ArchConfigurationProvider } from './user-settings.js';
import { ArchGeneratedModule, ArchGeneratedSharedModule } from './generated/module.js';
import { PropertyConversions } from './property-conversions.js';
import { ArchCodeActionProvider } from './fixes/arch-code-action-provider.js';
import { ArchCodeLensProvider } from './lsp/arch-code-lens-provider.js';
import { ArchCompletionProvider } from './lsp/arch-completion-provider.js';
import { ArchFormatter } from './lsp/arch-formatter.js';
import { ArchDocumentSymbolProvider } from './lsp/arch-document-symbol-provider.js';
import { ArchHoverProvider } from './lsp/arch-hover-provider.js';
import { ArchRenameProvider } from './lsp/arch-rename-provider.js';
import { ArchSemanticTokenProvider } from './lsp/arch-semantic-token-provider.js';

export interface ArchAddedServices {
    validation: {
        ArchValidator: ArchValidator;
    };
    design: {
        PropertySchema: PropertySchema;
        PropertyConversions: PropertyConversions;
        Engines: EngineCatalog;
        DesignRegistry: DesignRegistry;
        ComponentDirectory: ComponentDirectory;
        ConfigService: ConfigService;
        ReviewService: ReviewService;
        EstimateService: EstimateService;
    };
}

export type ArchServices = LangiumServices & ArchAddedServices;

export const ArchModule: Module<ArchServices, PartialLangiumServices & ArchAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new ArchParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new ArchLexerErrorMessageProvider(),
        Lexer: (services) => new ArchLexer(services),
        ValueConverter: () => new ArchValueConverter(),
        LangiumParser: (services) => createArchParser(services),
        TokenBuilder: () => new KeywordNamesTokenBuilder()
    },
    references: {
        ScopeComputation: (services) => new ArchScopeComputation(services),
        ScopeProvider: (services) => new ArchScopeProvider(services),
        Linker: (services) => new ArchLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new ArchReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new ArchDocumentValidator(services),
        ArchValidator: (services) => new ArchValidator(services)
    },
    lsp: {
        CompletionProvider: (services) => new ArchCompletionProvider(services),
        HoverProvider: (services) => new ArchHoverProvider(services),
        Formatter: () => new ArchFormatter(),
        SemanticTokenProvider: (services) => new ArchSemanticTokenProvider(services),
        RenameProvider: (services) => new ArchRenameProvider(services),
        DocumentSymbolProvider: () => new ArchDocumentSymbolProvider(),
        CodeActionProvider: (services) => new ArchCodeActionProvider(services),
        CodeLensProvider: (services) => new ArchCodeLensProvider(services)
    },
    design: {
        PropertySchema: () => propertySchema(),
        PropertyConversions: (services) => new PropertyConversions(services.design.PropertySchema),
        Engines: () => EngineCatalog.builtIn(),
        DesignRegistry: (services) => new DesignRegistry(services),
        ComponentDirectory: (services) => new ComponentDirectory(services),
        ConfigService: (services) => new ConfigService(services),
        ReviewService: (services) => new ReviewService(services),
        EstimateService: (services) => new EstimateService(services)
    }
};

export const ArchSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: (services) => new ArchServiceRegistry(services),
    workspace: {
        DocumentBuilder: (services) => new ArchDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new ArchDocumentFactory(services),
        ConfigurationProvider: (services) => new ArchConfigurationProvider(services)
    }
};

export interface ArchServiceOptions {
    /** One-shot analysis (the CLI): skip what only an editor session needs. */
    readonly batch?: boolean;
}

/** The CLI's analysis never asks for references. */
const BatchSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        IndexManager: (services) => new BatchIndexManager(services)
    }
};

export function createArchServices(context: DefaultSharedModuleContext, options: ArchServiceOptions = {}): { shared: LangiumSharedServices; Arch: ArchServices } {
    const shared = options.batch
        ? inject(createDefaultSharedModule(context), ArchGeneratedSharedModule, ArchSharedModule, BatchSharedModule)
        : inject(createDefaultSharedModule(context), ArchGeneratedSharedModule, ArchSharedModule);
    const Arch = inject(createDefaultModule({ shared }), ArchGeneratedModule, ArchModule);
    shared.ServiceRegistry.register(Arch);
    registerValidationChecks(Arch);
    if (!context.connection) {
        // Without a language client nobody sends the configuration: use defaults.
        // It settles at once without a connection: nothing to wait for.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Arch };
}
