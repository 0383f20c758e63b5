/**
 * Writes an imported system as an `.arch` design a person can read and keep:
 * networks holding their components, a comment above each component naming
 * where it came from, `// guess:` after each inferred value, and connections
 * last with their evidence. Beside the text it keeps, for every line, the
 * place in the YAML the line stands for, so that a finding on the design can
 * be shown on the Compose file or manifest itself.
 */
import { OBSERVER_KINDS } from '../model/component-facts.js';
import type { ImportedComponent, ImportedConnection, ImportedProperty, ImportedSystem, ImportedValue, Provenance } from './imported-system.js';

export interface EmittedDesign {
    readonly text: string;
    /** For each 0-based line of `text`, the YAML it stands for (undefined for a line of the design's own). */
    readonly lines: readonly (Provenance | undefined)[];
}

const INDENT = '  ';

class Writer {
    readonly lines: string[] = [];
    readonly map: (Provenance | undefined)[] = [];

    line(depth: number, text: string, from?: Provenance): void {
        this.lines.push(text === '' ? '' : `${INDENT.repeat(depth)}${text}`);
        this.map.push(from);
    }
}

export function emitDesign(system: ImportedSystem, describeFile: (uri: string) => string): EmittedDesign {
    const writer = new Writer();
    const where = (from: Provenance): string => `${describeFile(from.uri)}:${from.range.start.line + 1}`;
    const first = system.components[0]?.from;
    writer.line(0, `// Imported by ArchLens from ${system.files.map(describeFile).join(', ')}.`, first);
    writer.line(0, '// Each component and connection names the line it was read from; `guess:` marks what was inferred.', first);
    writer.line(0, '// What the files cannot hold (peak load, availability targets, data classes) is not invented: add it here.', first);
    writer.line(0, `architecture ${system.name} ${JSON.stringify(system.title)} {`, first);
    const outside = system.components.filter((component) => component.network === undefined || !system.networks.some((network) => network.sourceName === component.network));
    const connected = new Set(system.connections.flatMap((connection) => [connection.source, connection.target]));
    for (const component of outside) {
        writeComponent(writer, 1, component, where, connected.has(component.name));
    }
    for (const network of system.networks) {
        const members = system.components.filter((component) => component.network === network.sourceName);
        writer.line(0, '');
        writer.line(1, `network ${network.name} ${JSON.stringify(network.description)} {`, network.from);
        writer.line(2, `exposure: ${network.exposure}`, network.from);
        if (network.policy !== undefined) {
            writer.line(2, `policy: ${network.policy}`, network.from);
        }
        if (network.hosts !== undefined) {
            writer.line(2, `hosts: ${network.hosts} // docker compose runs every container of the project on one Docker engine`, network.from);
        }
        for (const component of members) {
            writeComponent(writer, 2, component, where, connected.has(component.name));
        }
        writer.line(1, '}', network.from);
    }
    if (system.connections.length > 0) {
        writer.line(0, '');
    }
    for (const connection of system.connections) {
        writeConnection(writer, connection, where);
    }
    writer.line(0, '}');
    return { text: `${writer.lines.join('\n')}\n`, lines: writer.map };
}

/**
 * A component the files show no connection of has its peers set where the
 * import cannot look (inside its image, in its code, in a service registry):
 * that it looks unconnected is not a gap in the drawing, so the design says
 * so where the language says it, on the component.
 */
const UNCONNECTED = '// archlens-disable-next-line meta/unconnected-component -- the deployment files name none of its connections: its peers are set inside its image or code';

function writeComponent(writer: Writer, depth: number, component: ImportedComponent, where: (from: Provenance) => string, connected: boolean): void {
    writer.line(0, '');
    const guess = component.kindGuess ? ` (guess: ${oneLine(component.kindGuess)})` : '';
    writer.line(depth, `// ${component.from.key} at ${where(component.from)}: ${oneLine(component.kindBasis)} → ${component.kind}${guess}`, component.from);
    if (!connected && !OBSERVER_KINDS.has(component.kind)) {
        writer.line(depth, UNCONNECTED, component.from);
    }
    const header = `${component.kind} ${component.name} ${JSON.stringify(component.sourceName)}`;
    if (component.properties.length === 0) {
        writer.line(depth, header, component.from);
        return;
    }
    writer.line(depth, `${header} {`, component.from);
    for (const property of component.properties) {
        writer.line(depth + 1, `${property.key}: ${valueText(property.value)}${guessComment(property)}`, property.from);
    }
    writer.line(depth, '}', component.from);
}

function writeConnection(writer: Writer, connection: ImportedConnection, where: (from: Provenance) => string): void {
    const protocol = connection.properties.find((property) => property.key === 'protocol');
    const rest: { key: string; value: ImportedValue }[] = connection.properties.filter((property) => property !== protocol);
    if (connection.inferred !== undefined) {
        rest.push({ key: 'inferred', value: oneLine(connection.inferred) });
    }
    const shorthand = protocol ? ` : ${valueText(protocol.value)}` : '';
    const block = rest.length > 0 ? ` { ${rest.map((property) => `${property.key}: ${valueText(property.value)}`).join(', ')} }` : '';
    writer.line(1, `${connection.source} -> ${connection.target}${shorthand}${block} // ${oneLine(connection.evidence)} at ${where(connection.from)}`, connection.from);
}

function guessComment(property: ImportedProperty): string {
    if (property.guess) {
        return ` // guess: ${oneLine(property.guess)}`;
    }
    return property.note ? ` // ${oneLine(property.note)}` : '';
}

export function valueText(value: ImportedValue): string {
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    if (typeof value === 'string') {
        return JSON.stringify(value);
    }
    if (isList(value)) {
        return `[${value.map(valueText).join(', ')}]`;
    }
    if ('word' in value) {
        return value.word;
    }
    return `{ ${value.block.map((property) => `${property.key}: ${valueText(property.value)}`).join(', ')} }`;
}

function isList(value: ImportedValue): value is readonly ImportedValue[] {
    return Array.isArray(value);
}

/** A comment must stay on its line: line breaks and other control characters become spaces. */
function oneLine(text: string): string {
    return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}
