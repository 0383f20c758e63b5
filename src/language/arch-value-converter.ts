/**
 * String literals decoded with every JavaScript escape (string-escapes.ts),
 * not only Langium's one-letter ones: `\u0041`, `\x41` and `\u{1F600}` too.
 */
import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';
import { decodeStringLiteral } from './string-escapes.js';

export class ArchValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return rule.name === 'STRING' ? decodeStringLiteral(input).value : super.runConverter(rule, input, cstNode);
    }
}
