/**
 * The text a VS Code snippet inserts when the user accepts every default:
 * a placeholder becomes its default text, a choice its first option, a bare
 * tab stop or a variable nothing. Throws on a malformed body, as VS Code
 * would insert it literally rather than as a snippet.
 */
export function defaultSnippetText(body: string): string {
    const parser = new SnippetParser(body);
    const text = parser.parseUntil(undefined);
    if (!parser.atEnd()) {
        throw new Error(`unbalanced '}' at ${parser.position} in ${JSON.stringify(body)}`);
    }
    return text;
}

class SnippetParser {
    position = 0;

    constructor(private readonly body: string) {}

    atEnd(): boolean {
        return this.position >= this.body.length;
    }

    /** Text up to `stop` (not consumed) or the end of the body. */
    parseUntil(stop: '}' | undefined): string {
        let text = '';
        while (!this.atEnd() && this.peek() !== stop) {
            const char = this.peek();
            if (char === '\\' && '$}\\'.includes(this.body[this.position + 1] ?? '')) {
                text += this.body[this.position + 1];
                this.position += 2;
            } else if (char === '$') {
                text += this.parseDollar();
            } else {
                text += char;
                this.position += 1;
            }
        }
        return text;
    }

    private parseDollar(): string {
        this.position += 1;
        const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(this.body.slice(this.position));
        if (simple) {
            // `$1`, `$0` or `$TM_SELECTED_TEXT`: nothing is inserted by default.
            this.position += simple[0].length;
            return '';
        }
        if (this.peek() !== '{') {
            return '$';
        }
        this.position += 1;
        const head = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(this.body.slice(this.position));
        if (!head) {
            throw new Error(`'\${' without a tab stop number or variable at ${this.position} in ${JSON.stringify(this.body)}`);
        }
        this.position += head[0].length;
        const next = this.peek();
        if (next === '}') {
            this.position += 1;
            return '';
        }
        if (next === ':') {
            this.position += 1;
            const text = this.parseUntil('}');
            this.expect('}');
            return text;
        }
        if (next === '|') {
            return this.parseChoice();
        }
        throw new Error(`unexpected '${next ?? 'end'}' in a tab stop at ${this.position} in ${JSON.stringify(this.body)}`);
    }

    private parseChoice(): string {
        const end = this.body.indexOf('|}', this.position + 1);
        if (end < 0) {
            throw new Error(`unclosed choice at ${this.position} in ${JSON.stringify(this.body)}`);
        }
        const options = this.body.slice(this.position + 1, end).split(/(?<!\\),/);
        this.position = end + 2;
        return options[0].replace(/\\([,|\\$}])/g, '$1');
    }

    private peek(): string | undefined {
        return this.body[this.position];
    }

    private expect(char: string): void {
        if (this.peek() !== char) {
            throw new Error(`expected '${char}' at ${this.position} in ${JSON.stringify(this.body)}`);
        }
        this.position += 1;
    }
}
