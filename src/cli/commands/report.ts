/** `archlens report [PATH…] [--out FILE.md]`: the design review report in Markdown. */
import { parseArgs } from 'node:util';
import packageJson from '../../../package.json' with { type: 'json' };
import { analyzePaths } from '../../batch/analyze.js';
import { workspaceReport } from '../../report/workspace-report.js';
import { terminalText } from '../../util/escape/terminal.js';
import { type CliIo, EXIT_OK, UsageError } from '../cli-io.js';
import { writeOutputFile } from '../output-file.js';

export async function report(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: { out: { type: 'string', short: 'o' }, config: { type: 'string', short: 'c' } }
    });
    if (values.out !== undefined && !values.out.toLowerCase().endsWith('.md')) {
        throw new UsageError(`--out must name a Markdown file (.md), got '${values.out}'.`);
    }
    const analysis = await analyzePaths(positionals, { cwd: io.cwd, configFile: values.config });
    const markdown = workspaceReport({
        designs: analysis.designs,
        findings: analysis.findings,
        estimatesOf: (design) => analysis.services.design.EstimateService.estimatesFor(design),
        cwd: io.cwd,
        version: packageJson.version
    });
    if (values.out) {
        await writeOutputFile(values.out, markdown, analysis, io);
        io.stderr(`Wrote ${terminalText(values.out)} (${analysis.designs.length} design${analysis.designs.length === 1 ? '' : 's'}).\n`);
    } else {
        io.stdout(markdown);
    }
    return EXIT_OK;
}
