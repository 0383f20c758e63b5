/** What shows a rubric item met or missed: a line of the design, a finding, or a plain note. */
import type { SourceLocation } from '../model/design.js';
import type { Finding } from '../model/finding.js';

export type Evidence =
    | { readonly kind: 'line'; readonly uri: string; /** 0-based. */ readonly line: number; readonly text: string }
    | { readonly kind: 'finding'; readonly finding: Finding }
    | { readonly kind: 'note'; readonly text: string };

export interface CheckResult {
    readonly met: boolean;
    readonly evidence: readonly Evidence[];
}

/** The line an element is written on, named by what it shows (`cache Hot`). */
export function lineOf(location: SourceLocation, text: string): Evidence {
    return { kind: 'line', uri: location.uri, line: location.nameRange.start.line, text };
}

export function note(text: string): Evidence {
    return { kind: 'note', text };
}
