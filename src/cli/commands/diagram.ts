/** `archlens diagram FILE`: the preview's Mermaid text, printed or saved as .mmd, .md or .svg. */
import { URI } from 'langium';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzePaths } from '../../batch/analyze.js';
import { diagramMarkdown, formatOfPath } from '../../diagram/diagram-files.js';
import type { Diagram, DiagramViewRequest, Direction } from '../../diagram/diagram-types.js';
import { type DiagramOptions, generateDiagram } from '../../diagram/generate-diagram.js';
import { renderSvg, SVG_MAX_EDGES, SvgRenderFailed, SvgRenderUnavailable } from '../../diagram/render-svg.js';
import type { Design } from '../../model/design.js';
import { terminalText } from '../../util/escape/terminal.js';
import { type CliIo, EXIT_OK, oneOf, UsageError } from '../cli-io.js';
import { writeOutputFile } from '../output-file.js';

const VIEWS = ['auto', 'full', 'collapsed'] as const;
const DIRECTIONS: readonly Direction[] = ['LR', 'TB', 'RL', 'BT'];

export async function diagram(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
            design: { type: 'string', short: 'd' },
            out: { type: 'string', short: 'o' },
            view: { type: 'string', default: 'auto' },
            direction: { type: 'string', default: 'LR' },
            plain: { type: 'boolean', default: false }
        }
    });
    if (positionals.length !== 1) {
        throw new UsageError('diagram takes one .arch file: archlens diagram FILE [--design NAME] [--out FILE.mmd|FILE.md|FILE.svg]');
    }
    const view = oneOf('--view', values.view, VIEWS);
    const direction = oneOf('--direction', (values.direction ?? 'LR').toUpperCase(), DIRECTIONS);
    const format = values.out ? formatOfPath(values.out) : 'mmd';
    if (!format) {
        throw new UsageError(`--out must end in .mmd, .md or .svg (got '${values.out}').`);
    }
    const analysis = await analyzePaths(positionals, { cwd: io.cwd });
    const fileUri = URI.file(path.resolve(io.cwd, positionals[0])).toString();
    const inFile = analysis.designs.filter((candidate) => candidate.files.includes(fileUri));
    const design = values.design ? analysis.designs.find((candidate) => candidate.name === values.design) : inFile[0] ?? analysis.designs[0];
    if (!design) {
        const known = analysis.designs.map((candidate) => candidate.name).join(', ') || 'none';
        throw new UsageError(values.design ? `no design named '${values.design}' (designs: ${known}).` : `'${positionals[0]}' holds no architecture block.`);
    }
    const options: DiagramOptions = {
        view: { kind: view } as DiagramViewRequest,
        direction,
        findings: values.plain ? [] : analysis.findings,
        overlay: !values.plain
    };
    const result = generateDiagram(design, options);
    const output = format === 'md' ? diagramMarkdown(design.name, design.title, result.text) : format === 'svg' ? await svgOf(design, result, options) : result.text;
    if (values.out) {
        await writeOutputFile(values.out, output, analysis, io);
        io.stderr(`Wrote ${terminalText(values.out)} (design ${terminalText(design.name)}, ${result.view} view: ${result.nodes.length} nodes, ${result.edges.length} edges).\n`);
    } else {
        io.stdout(output);
    }
    return EXIT_OK;
}

async function svgOf(design: Design, diagram: Diagram, options: DiagramOptions): Promise<string> {
    if (diagram.edges.length > SVG_MAX_EDGES) {
        throw new UsageError(tooManyEdges(design, diagram, options));
    }
    try {
        return await renderSvg(diagram.text);
    } catch (error) {
        if (error instanceof SvgRenderFailed && error.tooManyEdges) {
            throw new UsageError(tooManyEdges(design, diagram, options));
        }
        if (error instanceof SvgRenderUnavailable || error instanceof SvgRenderFailed) {
            throw new UsageError(error.message);
        }
        throw error;
    }
}

/** Mermaid refuses more edges than its limit: name the view that fits, or what makes one fit. */
function tooManyEdges(design: Design, diagram: Diagram, options: DiagramOptions): string {
    const limit = `Mermaid draws at most ${SVG_MAX_EDGES.toLocaleString('en-US')}`;
    const text = 'or write the Mermaid text with --out FILE.mmd';
    const collapsed = diagram.view === 'collapsed' ? diagram : generateDiagram(design, { ...options, view: { kind: 'collapsed' } });
    if (collapsed !== diagram && collapsed.edges.length <= SVG_MAX_EDGES) {
        return `the ${diagram.view} view has ${edges(diagram)} and ${limit}: use --view collapsed (${edges(collapsed)}), ${text}.`;
    }
    return `even collapsed, the diagram has ${edges(collapsed)} and ${limit}: put components in system or network groups (--view collapsed draws each top-level group as one node), ${text}.`;
}

function edges(diagram: Diagram): string {
    const count = diagram.edges.length;
    return `${count.toLocaleString('en-US')} ${count === 1 ? 'edge' : 'edges'}`;
}
