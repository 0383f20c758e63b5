/**
 * What belongs to the user rather than the repository (VS Code settings
 * `archlens.review.*`): whether the review runs, the least severity shown,
 * and whether findings the baseline accepts are hidden or faded.
 */
import { DefaultConfigurationProvider, type ConfigurationProvider } from 'langium';
import type { Severity } from '../model/finding.js';
import { SEVERITIES } from '../model/finding.js';

/** What the editor does with findings the configured baseline accepts: hide them (as CI does) or show them as faded hints. */
export type BaselinedDisplay = 'hide' | 'hint';

export interface ReviewSettings {
    readonly enabled: boolean;
    readonly minimumSeverity: Severity;
    readonly baselined: BaselinedDisplay;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { enabled: true, minimumSeverity: 'hint', baselined: 'hide' };

/** Settings live under `archlens` in VS Code, not under the language id. */
export class ArchConfigurationProvider extends DefaultConfigurationProvider {
    protected override toSectionName(): string {
        return 'archlens';
    }
}

export async function reviewSettings(provider: ConfigurationProvider): Promise<ReviewSettings> {
    const raw = (await provider.getConfiguration('arch', 'review').catch(() => undefined)) as Partial<Record<keyof ReviewSettings, unknown>> | undefined;
    const minimum = raw?.minimumSeverity;
    return {
        enabled: raw?.enabled !== false,
        minimumSeverity: typeof minimum === 'string' && (SEVERITIES as readonly string[]).includes(minimum) ? minimum as Severity : DEFAULT_REVIEW_SETTINGS.minimumSeverity,
        baselined: raw?.baselined === 'hint' ? 'hint' : DEFAULT_REVIEW_SETTINGS.baselined
    };
}

/** Whether estimates show as code lenses (`archlens.estimates.codeLens`, on by default). */
export async function estimateLensEnabled(provider: ConfigurationProvider): Promise<boolean> {
    const raw = (await provider.getConfiguration('arch', 'estimates').catch(() => undefined)) as { codeLens?: unknown } | undefined;
    return raw?.codeLens !== false;
}
