/**
 * The reference pages generated from the project's data, with where each is
 * committed: scripts/generate-docs.ts writes them, and a test checks that the
 * committed copies match what the generators produce now.
 */
import { EngineCatalog, type EngineEntry } from '../knowledge/engine-catalog.js';
import { SHORTHAND_DESCRIPTIONS, SHORTHAND_WORDS } from '../language/connection-shorthand.js';
import { propertySchema } from '../properties/property-schema.js';
import { renderEnginesPage } from './engines-page.js';
import { renderPropertiesPage } from './properties-page.js';

export interface GeneratedPage {
    /** Relative to the repository root, with forward slashes. */
    readonly path: string;
    readonly render: () => string;
}

export const GENERATED_PAGES: readonly GeneratedPage[] = [
    {
        path: 'docs/properties.md',
        render: () => renderPropertiesPage({
            schema: propertySchema(),
            shorthand: { words: SHORTHAND_WORDS, descriptions: SHORTHAND_DESCRIPTIONS }
        })
    },
    {
        path: 'docs/engines.md',
        render: () => renderEnginesPage(builtInEngines())
    }
];

/** The built-in knowledge base (validated on load), engines in alphabetical order. */
export function builtInEngines(): ReadonlyMap<string, EngineEntry> {
    const catalog = EngineCatalog.builtIn();
    return new Map(catalog.ids().flatMap((id): [string, EngineEntry][] => {
        const entry = catalog.get(id);
        return entry ? [[id, entry]] : [];
    }));
}
