/** The command line of `npm run bench`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
    readonly quick: boolean;
    /** Case names or prefixes (`check` selects `check`, `check-chain`, …); empty: every case. */
    readonly cases: readonly string[];
    /** Sizes to keep; empty: each case's own sizes. */
    readonly sizes: readonly number[];
    /** Runs per case; undefined: 5 up to 10,000 components, 3 beyond. */
    readonly runs?: number;
    readonly likec4: boolean;
    readonly likec4MaxSize: number;
    /** Only render docs/performance.md from bench/results/. */
    readonly pageOnly: boolean;
    readonly help: boolean;
}

export const USAGE = `npm run bench -- [options]

  --quick              a smoke run: one run per case, designs of at most 1,000 components, no LikeC4
  --case NAME[,NAME]   only these cases (a name selects the cases it prefixes: check → check, check-chain, …)
  --sizes N[,N]        only these sizes (in components)
  --runs N             runs per case (default 5, 3 above 10,000 components; the median is reported)
  --no-likec4          skip LikeC4
  --likec4             run LikeC4 in a --quick run too
  --likec4-max N       the largest LikeC4 model (default 20000; 5000 skips the ~1 minute 20,000 case)
  --page               only render docs/performance.md from bench/results/*.json
  --help

A full run (no --quick, --case or --sizes) writes bench/results/bench.json and
docs/performance.md; every run writes .bench-output/bench.json.`;

function numbers(value: string | undefined, flag: string): number[] {
    const parsed = (value ?? '').split(',').filter(Boolean).map(Number);
    if (parsed.length === 0 || parsed.some((number) => !Number.isInteger(number) || number <= 0)) {
        throw new Error(`${flag} takes positive whole numbers separated by commas`);
    }
    return parsed;
}

export function parseOptions(args: readonly string[]): BenchOptions {
    const { values } = parseArgs({
        args: [...args],
        allowNegative: true,
        options: {
            quick: { type: 'boolean', default: false },
            case: { type: 'string' },
            sizes: { type: 'string' },
            runs: { type: 'string' },
            likec4: { type: 'boolean' },
            'likec4-max': { type: 'string' },
            page: { type: 'boolean', default: false },
            help: { type: 'boolean', default: false }
        }
    });
    const quick = values.quick === true;
    return {
        quick,
        cases: values.case === undefined ? [] : values.case.split(',').filter(Boolean),
        sizes: values.sizes === undefined ? [] : numbers(values.sizes, '--sizes'),
        runs: values.runs === undefined ? undefined : numbers(values.runs, '--runs')[0],
        // On by default in a full run, off in a quick one; --likec4 and --no-likec4 say otherwise.
        likec4: values.likec4 ?? !quick,
        likec4MaxSize: values['likec4-max'] === undefined ? 20_000 : numbers(values['likec4-max'], '--likec4-max')[0],
        pageOnly: values.page === true,
        help: values.help === true
    };
}

/** Whether the run measures every case as a full run does (and so may replace the committed results). */
export function isFullRun(options: BenchOptions): boolean {
    return !options.quick && options.cases.length === 0 && options.sizes.length === 0;
}
