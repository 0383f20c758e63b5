/** How the performance page writes figures. */

export function count(n: number): string {
    return n.toLocaleString('en-US');
}

export function duration(ms: number | null | undefined): string {
    if (ms === null || ms === undefined) {
        return '—';
    }
    return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s` : `${ms >= 10 ? Math.round(ms) : ms.toFixed(1)} ms`;
}

export function megabytes(mb: number | null | undefined): string {
    if (mb === null || mb === undefined) {
        return '—';
    }
    return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${Math.round(mb)} MB`;
}

export function times(ratio: number | undefined): string {
    return ratio === undefined ? '—' : `${ratio.toFixed(2)}×`;
}

export function verdict(ok: boolean | undefined): string {
    return ok === undefined ? '' : ok ? '✅ pass' : '❌ fail';
}

/** A Markdown table; cells have their `|` escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
    const line = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function day(iso: string): string {
    return iso.slice(0, 10);
}
