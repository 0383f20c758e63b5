/**
 * What a design says about regions and disaster recovery, decided once for
 * the dr rules (and avail/single-zone): the regions it runs in and whether
 * it declares a DR mode.
 */
import type { Design } from './design.js';

export type RegionMode = 'single' | 'active_passive' | 'active_active';

/**
 * The regions a design runs in: `deployment.regions`, and the `region` of
 * its networks (a design split into one network per region says as much).
 */
export function regionsOf(design: Design): readonly string[] {
    const regions = new Set(design.settings.deployment?.properties.words('regions') ?? []);
    for (const group of design.groups) {
        const region = group.kind === 'network' ? group.properties.string('region') : undefined;
        if (region !== undefined) {
            regions.add(region);
        }
    }
    return [...regions];
}

export function regionModeOf(design: Design): RegionMode | undefined {
    const mode = design.settings.deployment?.properties.string('mode');
    return mode === 'single' || mode === 'active_passive' || mode === 'active_active' ? mode : undefined;
}

/**
 * A DR mode is declared when `deployment.mode` is active_passive or
 * active_active, or when no mode is given and the design runs in two or
 * more regions. An explicit `mode: single` says there is none, whatever the
 * region list. Returns how messages name the declaration, e.g.
 * "an active_passive deployment" or "a deployment over 2 regions (us_east, us_west)".
 */
export function drDeclaration(design: Design): string | undefined {
    const mode = regionModeOf(design);
    if (mode === 'active_passive' || mode === 'active_active') {
        return `an ${mode} deployment`;
    }
    const regions = regionsOf(design);
    if (mode === undefined && regions.length >= 2) {
        return `a deployment over ${regions.length} regions (${regions.join(', ')})`;
    }
    return undefined;
}

/** Every region serves traffic (the mode implies two or more): losing a zone of one leaves the others serving. */
export function isActiveInSeveralRegions(design: Design): boolean {
    return regionModeOf(design) === 'active_active';
}

/** Runs in two or more regions, or declares a mode that implies a second region. */
export function isMultiRegion(design: Design): boolean {
    const mode = regionModeOf(design);
    return regionsOf(design).length >= 2 || mode === 'active_passive' || mode === 'active_active';
}
