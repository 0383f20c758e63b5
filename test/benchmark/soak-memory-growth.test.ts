/**
 * How the soak run judges the server's memory (scripts/soak/memory-growth.ts).
 * The run recorded before the server gave memory back passed although its
 * resident memory went from 133 MB to 627 MB: only the heap was judged.
 */
import { expect } from 'chai';
import type { MemoryPoint } from '../../scripts/bench/results-files.js';
import { heapGrowth, memoryFailures, rssGrowth } from '../../scripts/soak/memory-growth.js';

/** Checkpoints every 500 edits: [heap used after GC, resident memory] in MB. */
function points(series: readonly (readonly [number, number])[]): MemoryPoint[] {
    return series.map(([heap, rss], index) => ({
        edits: index * 500, heap_used_mb: heap, rss_mb: rss, rss_busy_mb: rss, heap_total_mb: heap * 2, external_mb: 3, array_buffers_mb: 0.5
    }));
}

function failuresOf(series: readonly (readonly [number, number])[]): string[] {
    const measured = points(series);
    return memoryFailures(heapGrowth(measured), rssGrowth(measured));
}

/** bench/results/soak.json at 7b3108e: 10,000 edits, heap flat, resident memory kept at each build's peak. */
const BEFORE: readonly (readonly [number, number])[] = [
    [30.9, 132.6], [32.9, 421.2], [33.6, 422.5], [34.3, 423.4], [34.2, 444.5], [35.2, 445.2], [34.7, 446.3], [35.2, 445.8],
    [34.9, 445.8], [35.3, 446.8], [34.7, 447.2], [34.7, 447.2], [35.1, 447.3], [35.6, 627.6], [35.6, 626.5], [35.8, 626.9],
    [35.1, 626.8], [35.1, 626.9], [35.7, 627.1], [35.9, 627.1], [35.5, 627.4]
];

describe('soak run: memory judgement', () => {
    it('fails the run whose resident memory kept each build\'s peak, with the reasons', () => {
        expect(failuresOf(BEFORE)).to.deep.equal([
            'the resident memory grew: the last quarter of the checkpoints averages 1.454× the first quarter (limit 1.1×)',
            'the resident memory stayed high: the last quarter of the checkpoints averages 4.729× the 132.6 MB after opening (limit 1.5×)'
        ]);
    });

    it('fails resident memory that jumps at the first checkpoint and stays there, though flat after', () => {
        const flatButHigh = BEFORE.map(([heap], index) => [heap, index === 0 ? 132.6 : 421] as const);
        expect(failuresOf(flatButHigh)).to.have.length(1).and.to.match(/stayed high: .* 3\.175× the 132\.6 MB after opening/);
    });

    it('passes a settled server whose heap and resident memory vary with the text but do not grow', () => {
        const settled = BEFORE.map(([heap], index) => [heap, index === 0 ? 97 : 110 + (index % 3) * 5] as const);
        expect(failuresOf(settled)).to.deep.equal([]);
    });

    it('still fails a heap that grows with every edit', () => {
        const leak = BEFORE.map(([, rss], index) => [31 + index * 2, rss < 200 ? rss : 120] as const);
        expect(failuresOf(leak)).to.have.length(1).and.to.match(/^the heap after GC grew: /);
    });
});
