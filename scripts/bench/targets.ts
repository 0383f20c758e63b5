/**
 * The targets of ../shared/spec/targets.md as data, and the few the bench
 * sets itself where targets.md states a goal without a figure (marked `own`).
 */
import type { CaseResult } from './bench-types.js';

export interface Target {
    readonly case: string;
    readonly n: number;
    /** How the page names the target. */
    readonly label: string;
    /** Upper bounds (exclusive for times, as targets.md writes `<`). */
    readonly ms?: number;
    readonly rssMb?: number;
    /** Upper bounds, inclusive (targets.md writes `≤` or "no slower than"). */
    readonly growth?: number;
    readonly ratio?: number;
    /** Lower bound, inclusive ("at least"). */
    readonly speedup?: number;
    /** A target of the bench's own, not of targets.md. */
    readonly own?: boolean;
}

/** Targets of one case at several sizes: `[n, bounds]` pairs. */
function sized(caseName: string, label: string, sizes: readonly (readonly [number, Partial<Target>])[]): Target[] {
    return sizes.map(([n, bounds]) => ({ case: caseName, n, label, ...bounds }));
}

const CHECK = '`archlens check`, one file (whole process)';
const SHAPES = ['chain', 'cycles', 'huge-group'].flatMap((shape) =>
    sized(`check-${shape}`, `\`check\`, ${shape} shape, over the generated design of the same size`, [[1000, { ratio: 2 }], [10_000, { ratio: 2 }]]));

export const TARGETS: readonly Target[] = [
    ...sized('check', CHECK, [[1000, { ms: 600 }], [10_000, { ms: 2500, rssMb: 600, growth: 12 }], [50_000, { ms: 10_000, rssMb: 1536 }]]),
    ...sized('lsp-open', 'server: `didOpen` → diagnostics', [[1000, { ms: 300 }]]),
    ...sized('lsp-change', 'server: one-line `didChange` → diagnostics', [[1000, { ms: 150 }], [5000, { ms: 600 }], [10_000, { ms: 1500 }]]),
    ...sized('lsp-completion', 'server: completion', [[10_000, { ms: 100 }]]),
    ...sized('lsp-hover', 'server: hover', [[10_000, { ms: 100 }]]),
    ...sized('mermaid', 'Mermaid text (the view the preview asks for: collapsed past 150 nodes)', [[1000, { ms: 50 }]]),
    ...sized('mermaid-full', 'Mermaid text, every component drawn', [[1000, { ms: 50 }]]),
    ...sized('preview-first-render', 'preview: first render (page load included)', [[100, { ms: 1500 }]]),
    ...sized('preview-edit-render', 'preview: re-render after an edit', [[100, { ms: 1000 }]]),
    ...sized('likec4-validate', 'LikeC4 `validate` over our `check`', [[1000, { speedup: 2 }], [5000, { speedup: 3 }], [20_000, { speedup: 15 }]]),
    ...SHAPES,
    // Linear growth: a quadratic step would make the ratio about 10 at 10,000 and 50 at 50,000; caches and GC in a large heap alone give 2 to 3.
    ...sized('import-review', 'import: review a generated Compose project in process (YAML, schema, inference, review, findings on the YAML)', [[100, { ms: 500, own: true }], [1000, { ms: 1500, own: true }]]),
    ...sized('practice-score', 'practice: score one prompt\'s reference (fresh review and rubric, in process)', [[15, { ms: 500, own: true }]]),
    ...sized('estimate', 'estimator: time per component over that at 1,000 (near-linear)', [[10_000, { ratio: 3, own: true }], [50_000, { ratio: 3, own: true }]])
];

export function targetOf(caseName: string, n: number): Target | undefined {
    return TARGETS.find((target) => target.case === caseName && target.n === n);
}

/** Each bound of the target with whether the result meets it; bounds whose figure was not measured are left out. */
export function checks(target: Target, result: CaseResult): boolean[] {
    const below = (value: number | null | undefined, bound: number | undefined, inclusive: boolean): boolean[] =>
        bound === undefined ? [] : value === null || value === undefined ? [false] : [inclusive ? value <= bound : value < bound];
    const present = (value: number | undefined, test: () => boolean[]): boolean[] => value === undefined ? [] : test();
    return [
        ...below(result.wall_ms, target.ms, false),
        ...below(result.rss_mb, target.rssMb, false),
        ...present(result.growth, () => below(result.growth, target.growth, true)),
        ...present(result.ratio, () => below(result.ratio, target.ratio, true)),
        ...present(result.speedup, () => target.speedup === undefined ? [] : [(result.speedup ?? 0) >= target.speedup])
    ];
}

/** The result with its target's bounds and whether it meets them. */
export function withTargets(result: CaseResult): CaseResult {
    const target = targetOf(result.case, result.n);
    if (!target) {
        return result.error ? { ...result, ok: false } : result;
    }
    const met = checks(target, result);
    return {
        ...result,
        ...(target.ms !== undefined ? { target_ms: target.ms } : {}),
        ...(target.rssMb !== undefined ? { target_rss_mb: target.rssMb } : {}),
        ...(target.growth !== undefined ? { target_growth: target.growth } : {}),
        ...(target.ratio !== undefined ? { target_ratio: target.ratio } : {}),
        ...(target.speedup !== undefined ? { target_speedup: target.speedup } : {}),
        ...(result.error ? { ok: false } : met.length > 0 ? { ok: met.every(Boolean) } : {})
    };
}
