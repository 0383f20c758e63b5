/** The client an import draws for whoever reaches what a deployment exposes, and how files are named in its text. */
import type { ImportedComponent, Provenance } from './imported-system.js';

/** `who` titles it (`whoever reaches the published ports`); `basis` says what exposes the system. */
export function usersClient(from: Provenance, who: string, basis: string): ImportedComponent {
    return { name: 'Users', sourceName: who, kind: 'client', kindBasis: basis, properties: [], from };
}

/** A file URI's last segment, decoded: `compose.yaml`. */
export function fileNameOf(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
