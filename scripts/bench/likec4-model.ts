/**
 * The LikeC4 model equivalent to a built design: one element per component
 * (its kind as the element kind, its name as the id and title) and one
 * relationship per connection (titled with its protocol), in one file, with
 * no views (validating views could only add to LikeC4's time). Elements are
 * not nested: ArchLens's systems and networks are groups, not components,
 * and nesting them in LikeC4 would add elements.
 */
import type { Design } from '../../src/model/design.js';

export function likec4Model(design: Design): string {
    const kinds = [...new Set(design.components.map((component) => component.kind))].sort();
    const elements = design.components.map((component) => `  ${component.name} = ${component.kind} '${component.name}'`);
    const relationships = design.connections.map((connection) =>
        `  ${connection.source.name} -> ${connection.target.name}${connection.protocol ? ` '${connection.protocol}'` : ''}`);
    return [
        'specification {',
        ...kinds.map((kind) => `  element ${kind}`),
        '}',
        'model {',
        ...elements,
        ...relationships,
        '}',
        ''
    ].join('\n');
}
