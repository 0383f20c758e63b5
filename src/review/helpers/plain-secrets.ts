import type { Design } from '../../model/design.js';

/** `security.secrets` values that name where secrets leak from rather than a store that keeps them. */
export const PLAIN_PLACES: ReadonlySet<string> = new Set([
    'env', 'environment', 'env_vars', 'environment_variables', 'config', 'config_files', 'configuration', 'files', 'code', 'source', 'repository', 'plaintext', 'plain'
]);

/** The design states its secrets live in plain sight (environment, configuration files, code): the place it names, else undefined. */
export function plainSecretsPlace(design: Design): string | undefined {
    const stated = design.settings.security?.properties.string('secrets')?.toLowerCase();
    return stated !== undefined && PLAIN_PLACES.has(stated) ? stated : undefined;
}
