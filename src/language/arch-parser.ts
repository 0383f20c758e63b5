/**
 * Langium's parser, with a syntax tree builder that adds the comments
 * before a token in slices. Langium's builder spreads all of them into one
 * `push(...)` or `splice(...)` call, so a file with some 120,000 comment
 * lines in a row (nothing else between them) overflowed the stack and the
 * file could not be read at all.
 */
import { type CompositeCstNode, type CstNode, CstNodeBuilder, createParser, LangiumParser, type LangiumCoreServices } from 'langium';

/** Far below the ~120,000 arguments a call takes. */
const SLICE = 10_000;

export class SlicedCstNodeBuilder extends CstNodeBuilder {
    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        for (let start = 0; start < children.length; start += SLICE) {
            super.appendChildren(parent, children.length <= SLICE ? children : children.slice(start, start + SLICE));
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        for (let start = 0; start < children.length; start += SLICE) {
            super.insertChildren(parent, index + start, children.length <= SLICE ? children : children.slice(start, start + SLICE));
        }
    }
}

class ArchLangiumParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // Langium builds its tree builder itself and keeps it private: the field is replaced (a test parses a flood of comments).
        Reflect.set(this, 'nodeBuilder', new SlicedCstNodeBuilder());
    }
}

/** Langium's createLangiumParser, with the builder above. */
export function createArchParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new ArchLangiumParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
