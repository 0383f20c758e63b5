/**
 * SARIF 2.1.0 for CI (GitHub code scanning and other SARIF viewers): one run,
 * every rule in `tool.driver.rules` with its descriptions and help link,
 * findings as results with physical locations relative to the working
 * folder, suppressed findings carrying an in-source suppression, and what
 * a finding's figures rest on in its property bag (`basis`, `assumptions`).
 */
import type { Finding, Severity } from '../../model/finding.js';
import { uniqueFingerprints } from '../../model/fingerprint.js';
import { type CatalogEntry, ruleCatalog } from '../../review/catalog.js';
import { displayPath } from '../../util/display-path.js';
import { absoluteFileUri, folderFileUri, relativeFileUri, sarifMessageText } from '../../util/escape/sarif.js';
import { terminalLines } from '../../util/escape/terminal.js';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifContext {
    readonly cwd: string;
    readonly version: string;
}

/** The log as JSON text; what JSON leaves raw (C1 controls, direction marks) is escaped too, since it may be printed to a terminal. */
export function formatSarif(findings: readonly Finding[], context: SarifContext): string {
    return `${terminalLines(JSON.stringify(toSarif(findings, context), undefined, 2))}\n`;
}

export function toSarif(findings: readonly Finding[], context: SarifContext): Record<string, unknown> {
    const catalog = ruleCatalog();
    const ruleIndex = new Map(catalog.map((entry, index) => [entry.id, index]));
    const fingerprints = uniqueFingerprints(findings);
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'archlens',
                    version: context.version,
                    semanticVersion: context.version,
                    informationUri: 'https://github.com/archlens/archlens',
                    rules: catalog.map(toReportingDescriptor)
                }
            },
            originalUriBaseIds: { SRCROOT: { uri: folderFileUri(context.cwd) } },
            results: findings.map((finding, index) => toResult(finding, fingerprints[index], ruleIndex, context.cwd))
        }]
    };
}

function toReportingDescriptor(entry: CatalogEntry): Record<string, unknown> {
    const tags = entry.section ? ['architecture', entry.section] : ['architecture', 'language'];
    const name = entry.id.replace(/[^a-z0-9]+(.)/g, (_, next: string) => next.toUpperCase());
    return {
        id: entry.id,
        // SARIF1001: a name equal to the id must be left out.
        ...(name !== entry.id ? { name } : {}),
        shortDescription: { text: entry.description },
        fullDescription: { text: entry.rationale ?? entry.description },
        helpUri: entry.docsUrl,
        help: { text: `${entry.rationale ?? entry.description}${entry.fix ? `\nQuick fix: ${entry.fix}` : ''}\nDocs: ${entry.docsUrl}` },
        defaultConfiguration: { level: LEVEL[entry.severity] },
        properties: { tags }
    };
}

function toResult(finding: Finding, fingerprint: string, ruleIndex: ReadonlyMap<string, number>, cwd: string): Record<string, unknown> {
    const index = ruleIndex.get(finding.rule);
    return {
        ruleId: finding.rule,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[finding.severity],
        message: { text: sarifMessageText(finding.message) },
        locations: [location(finding.uri, finding.range, cwd)],
        ...(finding.related && finding.related.length > 0
            ? { relatedLocations: finding.related.map((related, position) => ({ id: position, ...location(related.uri, related.range, cwd), message: { text: sarifMessageText(related.message) } })) }
            : {}),
        // Unique per result: code scanning merges results that share one (model/fingerprint.ts).
        partialFingerprints: { 'archlens/v1': fingerprint },
        ...propertyBag(finding),
        ...(finding.suppressed ? { suppressions: [{ kind: 'inSource', ...(finding.reason ? { justification: finding.reason } : {}) }] } : {})
    };
}

/**
 * SARIF's property bag (§3.8) for what the format has no field for: the
 * finding's basis and the assumptions it used, as in the JSON format. They
 * are data, not messages: JSON escapes them (and the terminal escaping of
 * the whole log applies), but they hold no SARIF links to escape.
 */
function propertyBag(finding: Finding): Record<string, unknown> {
    const assumptions = finding.assumptions?.map((assumption) => ({ ...(assumption.element !== undefined ? { element: assumption.element } : {}), text: assumption.text, settle: assumption.settle }));
    const properties = {
        ...(finding.basis !== undefined ? { basis: finding.basis } : {}),
        ...(assumptions && assumptions.length > 0 ? { assumptions } : {})
    };
    return Object.keys(properties).length > 0 ? { properties } : {};
}

function location(uri: string, range: Finding['range'], cwd: string): Record<string, unknown> {
    const shown = displayPath(uri, cwd);
    const relative = !shown.startsWith('/') && !/^[A-Za-z]:/.test(shown);
    return {
        physicalLocation: {
            artifactLocation: relative ? { uri: relativeFileUri(shown), uriBaseId: 'SRCROOT' } : { uri: absoluteFileUri(shown) },
            region: {
                startLine: range.start.line + 1,
                startColumn: range.start.character + 1,
                endLine: range.end.line + 1,
                endColumn: range.end.character + 1
            }
        }
    };
}

