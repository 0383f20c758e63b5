/**
 * Which baseline applies to a finding: the file `--baseline` names, or else
 * the one the `.archlens.json` governing the finding's file names (its
 * `baseline` key), so that the CLI and the editor accept the same findings.
 * Findings under no baseline are all new.
 */
import { URI } from 'langium';
import type { Finding } from '../model/finding.js';
import type { ConfigService } from '../language/config-service.js';
import { applyBaseline, type Baseline, type BaselineEntry, type BaselineSplit } from './baseline.js';

/** The baseline file (absolute) for a finding's file, if any. */
export type BaselineChooser = (finding: Finding) => string | undefined;

export function configuredBaseline(configs: Pick<ConfigService, 'configFor'>): BaselineChooser {
    return (finding) => configs.configFor(finding.uri).config.baseline;
}

/** The baseline files the configurations of these files (absolute paths) name, each once. */
export function configuredBaselineFiles(files: readonly string[], configs: Pick<ConfigService, 'configFor'>): string[] {
    return [...new Set(files.flatMap((file) => configs.configFor(URI.file(file)).config.baseline ?? []))];
}

/** Splits findings by the baseline each falls under (`baselines`: each file's content), keeping their order. */
export function splitByBaselines(findings: readonly Finding[], choose: BaselineChooser, baselines: ReadonlyMap<string, Baseline>): BaselineSplit {
    const fresh: Finding[] = [];
    const known: Finding[] = [];
    const fixed: BaselineEntry[] = [];
    const groups = new Map<string | undefined, Finding[]>();
    for (const finding of findings) {
        const file = choose(finding);
        groups.set(file, [...(groups.get(file) ?? []), finding]);
    }
    for (const file of baselines.keys()) {
        // A baseline no finding falls under any more: everything it lists was fixed.
        groups.set(file, groups.get(file) ?? []);
    }
    for (const [file, group] of groups) {
        const baseline = file === undefined ? undefined : baselines.get(file);
        if (!baseline) {
            fresh.push(...group);
            continue;
        }
        const split = applyBaseline(baseline, group);
        fresh.push(...split.fresh);
        known.push(...split.known);
        fixed.push(...split.fixed);
    }
    const order = new Map(findings.map((finding, index) => [finding, index]));
    const byInput = (a: Finding, b: Finding): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
    return { fresh: fresh.sort(byInput), known: known.sort(byInput), fixed };
}
