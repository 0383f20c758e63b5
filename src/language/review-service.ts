/**
 * The review of every design in the workspace, computed once per workspace
 * state (after linking) and read by each document's validation, by hovers
 * and code actions, and by the CLI for suppressed findings.
 */
import { DocumentState, WorkspaceCache } from 'langium';
import type { ArchServices } from './arch-module.js';
import type { Design } from '../model/design.js';
import type { ReviewFinding } from '../review/review.js';
import { reviewDesigns } from '../review/review-designs.js';
import type { ConfigService } from './config-service.js';
import type { DesignRegistry } from './design-registry.js';

export class ReviewService {
    private readonly designs: () => DesignRegistry;
    private readonly configs: () => ConfigService;
    private readonly cache: WorkspaceCache<'byUri', Map<string, ReviewFinding[]>>;

    constructor(services: ArchServices) {
        this.designs = () => services.design.DesignRegistry;
        this.configs = () => services.design.ConfigService;
        this.cache = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    /** Every finding in a file, suppressed ones included (marked). */
    findingsIn(uri: string): readonly ReviewFinding[] {
        return this.byUri().get(uri) ?? [];
    }

    all(): ReviewFinding[] {
        return [...this.byUri().values()].flat();
    }

    private byUri(): Map<string, ReviewFinding[]> {
        return this.cache.get('byUri', () => {
            const registry = this.designs();
            const designs = registry.designNames().map((name) => registry.design(name)?.design).filter((design): design is Design => design !== undefined);
            const findings = reviewDesigns(designs, {
                overridesFor: (design) => this.configs().configFor(design.files[0]).config.rules,
                estimateSettingsFor: (design) => this.configs().configFor(design.files[0]).config.estimates
            });
            const byUri = new Map<string, ReviewFinding[]>();
            for (const finding of findings) {
                const list = byUri.get(finding.uri);
                if (list) {
                    list.push(finding);
                } else {
                    byUri.set(finding.uri, [finding]);
                }
            }
            return byUri;
        });
    }
}
