/**
 * Whether text from a design could have left its label in the Mermaid text:
 * every line must be one of the statements the generator writes, and label
 * text may hold none of the characters that end a label or start markup.
 * A payload such as `javascript:x` may still appear inside a label, where
 * Mermaid shows it as text (test/preview/webview-security.test.ts proves it
 * in a browser); what must never appear is a directive, a click statement,
 * raw HTML or a quote that ends the label.
 */
const STATEMENTS: readonly RegExp[] = [
    /^flowchart (LR|TB|RL|BT)$/,
    /^ *subgraph [A-Za-z0-9_]+\["[^"]*"\]$/,
    /^ *end$/,
    /^ *[A-Za-z0-9_]+@\{ shape: [a-z-]+, label: "[^"]*" \}$/,
    /^ {2}[A-Za-z0-9_]+ (-->|-\.->|-\.-)(\|"[^"]*"\|)? [A-Za-z0-9_]+$/,
    /^ {2}classDef [A-Za-z_]+ [a-z0-9:#,.\- ]+$/,
    /^ {2}class [A-Za-z0-9_,]+ [A-Za-z_]+$/,
    /^ {2}linkStyle \d+ [a-z0-9:#,.\- ]+$/
];

/** What would end a label, open markup or a directive, or escape a character. */
const UNSAFE_IN_LABEL = /[<>{}%"`\\]/;

/** The markup the generator itself puts in labels. */
const OWN_MARKUP = /<\/?b>|<br\/>/g;

export function mermaidInjections(text: string): string[] {
    const problems: string[] = [];
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    for (const [index, line] of lines.entries()) {
        if (!STATEMENTS.some((statement) => statement.test(line))) {
            problems.push(`Mermaid line ${index + 1} is not a statement the generator writes: ${line.slice(0, 200)}`);
            continue;
        }
        for (const label of labelsOf(line)) {
            const unsafe = UNSAFE_IN_LABEL.exec(label.replace(OWN_MARKUP, ''));
            if (unsafe) {
                problems.push(`Mermaid label holds '${unsafe[0]}' on line ${index + 1}: ${label.slice(0, 200)}`);
            }
        }
    }
    if (/%%\{|<script/i.test(text)) {
        problems.push('Mermaid text holds a directive or a script tag');
    }
    return problems;
}

function labelsOf(line: string): string[] {
    return [...line.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
}
