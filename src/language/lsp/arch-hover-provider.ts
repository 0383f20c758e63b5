/**
 * Hovers in Markdown: a component name (declared or referenced) shows what
 * the design model knows of it; a property key its schema documentation; a
 * value what it means (an allowed value's description, an engine's facts); a
 * kind, group or settings keyword its schema description.
 */
import { type AstNode, CstUtils, type CstNode, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { EngineCatalog } from '../../engine-catalog/engine-catalog.js';
import type { BagId, PropertySchema } from '../../properties/property-schema.js';
import type { ArchServices } from '../arch-module.js';
import { architectureOf } from '../arch-naming.js';
import type { DesignRegistry } from '../design-registry.js';
import {
    type Component, type DefaultsEntry, type Group, type Property, type Settings, type WordValue,
    isArchitecture, isComponent, isDefaults, isDefaultsEntry, isGroup, isJourney, isListValue, isProperty, isSettings, isShorthand, isTransaction, isWordValue
} from '../generated/ast.js';
import { isDefaultsKind } from '../../model/design.js';
import type { ReviewService } from '../review-service.js';
import { componentSummary } from './component-summary.js';
import type { EstimateService } from '../estimate-service.js';
import { designEstimateHover, componentEstimateHover } from './estimate-hover.js';
import { findingsHover } from './finding-hover.js';
import { engineDocumentation, enumValueDescription, propertyDocumentation, shorthandDocumentation } from './property-documentation.js';
import { isEnginePlace, placeOfProperty, specAtPlace } from './property-places.js';
import { codeSpan } from '../../util/escape/markdown.js';

export class ArchHoverProvider extends AstNodeHoverProvider {
    private readonly schema: PropertySchema;
    private readonly engines: EngineCatalog;
    private readonly registry: DesignRegistry;
    private readonly reviews: ReviewService;
    private readonly estimates: EstimateService;

    constructor(services: ArchServices) {
        super(services);
        this.reviews = services.design.ReviewService;
        this.estimates = services.design.EstimateService;
        this.schema = services.design.PropertySchema;
        this.engines = services.design.Engines;
        this.registry = services.design.DesignRegistry;
    }

    /** Names and references go through Langium (to their declaration); everything else is read here; findings under the cursor add their rationale. */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const findings = findingsHover(this.reviews.findingsIn(document.uri.toString()), params.position);
        const declared = await super.getHoverContent(document, params);
        const content = declared ? markdownOf(declared) : this.describeAt(document, params);
        const value = joinParts([content, findings]);
        return value ? { contents: { kind: 'markdown', value } } : undefined;
    }

    private describeAt(document: LangiumDocument, params: HoverParams): string | undefined {
        const leaf = this.leafAt(document, params);
        return leaf ? this.describeLeaf(leaf) : undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (!isComponent(node)) {
            return undefined;
        }
        const design = architectureOf(node)?.name;
        const built = design ? this.registry.design(design) : undefined;
        const component = built?.componentOf(node);
        if (!component) {
            return undefined;
        }
        const summary = componentSummary(component, built?.design, this.schema);
        const estimate = this.estimates.componentEstimate(node);
        return estimate ? `${summary}\n\n${componentEstimateHover(estimate)}` : summary;
    }

    private leafAt(document: LangiumDocument, params: HoverParams): CstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        return leaf && !leaf.hidden && offset < leaf.end ? leaf : undefined;
    }

    private describeLeaf(leaf: CstNode): string | undefined {
        const node = leaf.astNode;
        if (isProperty(node) && within(leaf, GrammarUtils.findNodeForProperty(node.$cstNode, 'key'))) {
            return this.describeKey(node);
        }
        if (isWordValue(node)) {
            return this.describeWord(node);
        }
        if (isShorthand(node)) {
            return shorthandDocumentation(leaf.text);
        }
        if ((isComponent(node) || isGroup(node) || isSettings(node)) && within(leaf, GrammarUtils.findNodeForProperty(node.$cstNode, 'kind'))) {
            const description = this.describeBag(kindBag(node), node.kind);
            return isSettings(node) && node.kind === 'requirements' ? joinParts([description, this.describeRequirements(node)]) : description;
        }
        if (isTransaction(node) && leaf.text === 'transaction') {
            return this.describeBag('transaction', 'transaction');
        }
        if (isJourney(node) && leaf.text === 'journey') {
            return this.describeBag('journey', 'journey');
        }
        if (isDefaults(node) && leaf.text === 'defaults') {
            return DEFAULTS_DOCUMENTATION;
        }
        if (isDefaultsEntry(node) && within(leaf, GrammarUtils.findNodeForProperty(node.$cstNode, 'kind'))) {
            return this.describeDefaultsKind(node);
        }
        return undefined;
    }

    /** On `service` inside `defaults`: what the entry sets, and the kind's description. */
    private describeDefaultsKind(entry: DefaultsEntry): string | undefined {
        if (!isDefaultsKind(entry.kind)) {
            return undefined;
        }
        const bag = entry.kind === 'connection' ? this.schema.bag('connection') : this.schema.bag(`kind.${entry.kind}`);
        const members = entry.kind === 'connection' ? 'connection with both ends' : entry.kind;
        return joinParts([`**defaults: ${entry.kind}**: values every ${members} in ${scopeOf(entry)} inherits unless it sets its own.`, bag?.description]);
    }

    private describeKey(property: Property): string | undefined {
        const place = placeOfProperty(property);
        const spec = place ? specAtPlace(this.schema, place) : undefined;
        if (!spec || !place) {
            return undefined;
        }
        const documentation = `**${place.path.join('.')}**\n\n${propertyDocumentation(spec)}`;
        const holder = place.holder;
        if (isDefaultsEntry(holder) && place.path.length === 1) {
            const members = holder.kind === 'connection' ? 'connection with both ends' : holder.kind;
            return `${documentation}\n\nA default: every ${members} in ${scopeOf(holder)} inherits it unless it sets ${codeSpan(place.path[0])} itself.`;
        }
        return documentation;
    }

    private describeWord(word: WordValue): string | undefined {
        const property = isListValue(word.$container) ? word.$container.$container : word.$container;
        const place = isProperty(property) ? placeOfProperty(property) : undefined;
        if (!place) {
            return undefined;
        }
        if (isEnginePlace(place)) {
            const entry = this.engines.get(word.value);
            return entry ? engineDocumentation(word.value.toLowerCase(), entry) : `${codeSpan(word.value)} is not in the engine knowledge base.`;
        }
        const spec = specAtPlace(this.schema, place);
        const meaning = spec ? enumValueDescription(spec, word.value) : undefined;
        return meaning ? `${codeSpan(word.value)} (${place.path.join('.')}): ${meaning}` : undefined;
    }

    /** On `requirements`: what the design reaches against them. */
    private describeRequirements(node: Settings): string | undefined {
        const estimates = this.estimates.designEstimatesAt(node);
        return estimates ? designEstimateHover(estimates) : undefined;
    }

    private describeBag(bag: BagId, keyword: string): string | undefined {
        const description = this.schema.bag(bag)?.description;
        return description ? `**${keyword}**: ${description}` : undefined;
    }
}

const DEFAULTS_DOCUMENTATION = '**defaults**: values every component of a kind (or every connection) in this scope inherits unless it says otherwise. '
    + 'In an `architecture` block they apply to the whole design; in a `system` or `network`, to its members (nested groups included), over the design\'s. '
    + 'A connection inherits the defaults of the scopes holding both its ends.';

/** `design Shop` or `network Private`: the scope a defaults entry applies to. */
function scopeOf(entry: DefaultsEntry): string {
    const scope = entry.$container.$container;
    if (isGroup(scope)) {
        return `${scope.kind} ${scope.name}`;
    }
    return `design ${isArchitecture(scope) ? scope.name : ''}`.trim();
}

/** The schema entry of a kind keyword: `kind.database`, `group.network`, `settings.deployment`. */
function kindBag(node: Component | Group | Settings): BagId {
    const family = isComponent(node) ? 'kind' : isGroup(node) ? 'group' : 'settings';
    return `${family}.${node.kind}`;
}

/** The non-empty parts, separated by rules; undefined when none is left. */
function joinParts(parts: readonly (string | undefined)[]): string | undefined {
    const present = parts.filter((part): part is string => part !== undefined && part.length > 0);
    return present.length > 0 ? present.join('\n\n---\n\n') : undefined;
}

function within(leaf: CstNode, container: CstNode | undefined): boolean {
    return container !== undefined && container.offset <= leaf.offset && leaf.end <= container.end;
}

function markdownOf(hover: Hover): string | undefined {
    const contents = hover.contents;
    if (typeof contents === 'string') {
        return contents;
    }
    if (Array.isArray(contents)) {
        return contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n\n');
    }
    return contents.value;
}
