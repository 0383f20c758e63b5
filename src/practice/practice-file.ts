/**
 * The comments that make a design file a practice attempt: the header
 * `archlens practice start` writes (which prompt, which attempt), and one
 * line per twist revealed. Scoring reads both from the file, so the same file
 * scores the same on every machine.
 */
import type { PracticePrompt, Twist } from './prompt.js';

const HEADER = /^[ \t]*\/\/[ \t]*ArchLens practice:[ \t]*([a-z][a-z0-9-]*)(?:[ \t]+attempt[ \t]+([A-Za-z0-9-]+))?/m;
const TWIST = /^[ \t]*\/\/[ \t]*ArchLens twist[ \t]+\(([a-z][a-z0-9-]*)\)/gm;
const WIDTH = 78;

export interface PracticeHeader {
    readonly prompt: string;
    readonly attempt?: string;
}

export function readHeader(text: string): PracticeHeader | undefined {
    const match = HEADER.exec(text);
    return match ? { prompt: match[1], attempt: match[2] } : undefined;
}

/** The ids of the twists the file says were revealed. */
export function revealedTwists(text: string): string[] {
    return [...text.matchAll(TWIST)].map((match) => match[1]);
}

/** The line written into the file when a twist is revealed. */
export function twistComment(twist: Twist): string {
    return commentLines(`ArchLens twist (${twist.id}): ${twist.text}`).join('\n');
}

/** The design's name for a prompt: `url-shortener` becomes `UrlShortener`. */
export function designName(prompt: PracticePrompt): string {
    return prompt.id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/**
 * The design's name in an attempt's file (`UrlShortener_20261203_140500`):
 * blocks of the same name in a workspace form one design, so each attempt
 * gets its own name, apart from other attempts and from a design the
 * workspace already has.
 */
export function attemptDesignName(prompt: PracticePrompt, attempt: string): string {
    return `${designName(prompt)}_${attempt.replace(/-/g, '_')}`;
}

/** The file `start` writes: the statement as comments, and an empty `requirements` block to fill. */
export function startFileText(prompt: PracticePrompt, attempt: string, minutes: number): string {
    const lines = [
        `// ArchLens practice: ${prompt.id} attempt ${attempt} (${minutes} minutes)`,
        `// ${prompt.title} (${prompt.difficulty}). Score it with: archlens practice score <this file>`,
        '//',
        ...commentLines(prompt.statement),
        '//',
        '// Functional requirements:',
        ...prompt.functional.flatMap((line) => commentLines(`- ${line}`, '  ')),
        '//',
        '// Scale:',
        ...prompt.scale.flatMap((line) => commentLines(`- ${line}`, '  ')),
        '//',
        `// Work out in requirements: ${prompt.derive.map((figure) => figure.title.toLowerCase()).join('; ')}.`,
        '',
        `architecture ${attemptDesignName(prompt, attempt)} "${prompt.title.replace(/"/g, "'")}" {`,
        '  requirements {',
        '  }',
        '}',
        ''
    ];
    return lines.join('\n');
}

/** Text as `//` comment lines of at most WIDTH characters, continuation lines indented. */
function commentLines(text: string, indent = ''): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
        if (line.length > 0 && line.length + word.length + 1 > WIDTH) {
            lines.push(line);
            line = `${indent}  ${word}`;
        } else {
            line = line.length > 0 ? `${line} ${word}` : `${indent}${word}`;
        }
    }
    return [...lines, line].map((part) => `// ${part}`.trimEnd());
}
