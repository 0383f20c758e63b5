/** How the build-time validators (scripts/generate-validators.ts) are named, shared with the code that looks them up. */

/** The property bags of the properties schema: `kind.*`, `group.*`, `settings.*`, `connection`, `transaction`, `journey`. */
export function PROPERTY_BAG_IDS(schema: { readonly $defs: Readonly<Record<string, unknown>> }): string[] {
    return Object.keys(schema.$defs).filter((id) => /^(kind|group|settings)\./.test(id) || id === 'connection' || id === 'transaction' || id === 'journey');
}

/** `kind.service` → `bag_kind_service`: an identifier a module can export. */
export function validatorName(bagId: string): string {
    return `bag_${bagId.replace(/[^A-Za-z0-9]/g, '_')}`;
}
