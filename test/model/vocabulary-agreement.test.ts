/**
 * The kinds and protocols are declared once, in src/model/design.ts. The
 * files that cannot import them (the Langium grammar, the JSON schemas, the
 * TextMate grammar, the snippets) list them again: each must hold every one
 * of them and nothing more, so that adding a kind is one list plus the places
 * this test names.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import { ArchGrammar } from '../../src/language/generated/grammar.js';
import { COMPONENT_KINDS, CONNECTION_PROTOCOLS, GROUP_KINDS, SETTINGS_KINDS } from '../../src/model/design.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Snippet {
    readonly prefix: string | readonly string[];
    readonly body: string | readonly string[];
}

interface TextMateRule {
    readonly match?: string;
}

function readJson<T>(relative: string): T {
    return JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as T;
}

const propertiesSchema = readJson<{ $defs: Record<string, { properties?: Record<string, { enum?: string[] }> }> }>('schemas/properties.schema.json');
const enginesSchema = readJson<{ $defs: { engine: { properties: { kinds: { items: { enum: string[] } } } } } }>('schemas/engines.schema.json');
const textMate = readJson<{ repository: Record<string, TextMateRule> }>('syntaxes/arch.tmLanguage.json');
const snippets = readJson<Record<string, Snippet>>('snippets/arch.json');

/** The keywords a data-type rule of the Langium grammar offers (`'a' | 'b' | ID`). */
function grammarKeywords(ruleName: string): string[] {
    const rule = ArchGrammar().rules.find((candidate) => candidate.name === ruleName);
    expect(rule, `rule ${ruleName} in src/language/arch.langium`).to.not.equal(undefined);
    return rule ? AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map((keyword) => keyword.value).toArray() : [];
}

/** The `$defs` of the properties schema named `<prefix>.<kind>`. */
function schemaBags(prefix: string): string[] {
    return Object.keys(propertiesSchema.$defs).filter((id) => id.startsWith(`${prefix}.`)).map((id) => id.slice(prefix.length + 1));
}

/** The words of the first `(a|b|c)` alternation of a TextMate rule's match. */
function textMateAlternatives(ruleName: string): string[] {
    const match = textMate.repository[ruleName]?.match ?? '';
    const alternation = /\(((?:[a-z]+\|)+[a-z]+)\)/.exec(match);
    expect(alternation, `an alternation in the TextMate rule '${ruleName}'`).to.not.equal(null);
    return alternation ? alternation[1].split('|') : [];
}

/** The prefixes of the snippets titled `<heading>: <kind>`, keyed by that kind. */
function snippetKinds(heading: string): string[] {
    return Object.entries(snippets)
        .filter(([name]) => name.startsWith(`${heading}: `))
        .map(([name, snippet]) => {
            const kind = name.slice(heading.length + 2);
            expect([snippet.prefix].flat(), `prefix of snippet '${name}'`).to.include(kind);
            return kind;
        });
}

/** Every option of the `${n|a,b|}` choice right after `-> Target :` in a connection snippet. */
function snippetProtocolChoices(): string[] {
    const bodies = Object.values(snippets).map((snippet) => [snippet.body].flat().join('\n'));
    return bodies.flatMap((body) => [...body.matchAll(/-> \$\{\d+:\w+\} : \$\{\d+\|([^|]+)\|\}/g)].flatMap((choice) => choice[1].split(',')));
}

describe('kinds and protocols agree with src/model/design.ts everywhere they are listed', () => {
    const places: readonly { readonly place: string; readonly listed: () => readonly string[]; readonly declared: readonly string[] }[] = [
        { place: 'grammar rule ComponentKind', listed: () => grammarKeywords('ComponentKind'), declared: COMPONENT_KINDS },
        { place: 'grammar rule GroupKind', listed: () => grammarKeywords('GroupKind'), declared: GROUP_KINDS },
        { place: 'grammar rule SettingsKind', listed: () => grammarKeywords('SettingsKind'), declared: SETTINGS_KINDS },
        { place: 'properties schema kind.*', listed: () => schemaBags('kind'), declared: COMPONENT_KINDS },
        { place: 'properties schema group.*', listed: () => schemaBags('group'), declared: GROUP_KINDS },
        { place: 'properties schema settings.*', listed: () => schemaBags('settings'), declared: SETTINGS_KINDS },
        { place: 'properties schema connection.protocol', listed: () => propertiesSchema.$defs.connection?.properties?.protocol?.enum ?? [], declared: CONNECTION_PROTOCOLS },
        { place: 'engines schema kinds', listed: () => enginesSchema.$defs.engine.properties.kinds.items.enum, declared: COMPONENT_KINDS },
        { place: 'TextMate rule component', listed: () => textMateAlternatives('component'), declared: COMPONENT_KINDS },
        { place: 'TextMate rule group', listed: () => textMateAlternatives('group'), declared: GROUP_KINDS },
        { place: 'TextMate rule settings', listed: () => textMateAlternatives('settings'), declared: SETTINGS_KINDS },
        {
            place: 'TextMate rule keywords (less architecture, import, transaction, writes, defaults, journey)',
            listed: () => textMateAlternatives('keywords').filter((word) => !['architecture', 'import', 'transaction', 'writes', 'defaults', 'journey'].includes(word)),
            declared: [...GROUP_KINDS, ...SETTINGS_KINDS]
        },
        { place: 'snippets "Component: …"', listed: () => snippetKinds('Component'), declared: COMPONENT_KINDS },
        { place: 'snippets "Group: …"', listed: () => snippetKinds('Group'), declared: GROUP_KINDS },
        { place: 'snippets "Settings: …"', listed: () => snippetKinds('Settings'), declared: SETTINGS_KINDS }
    ];

    it('every place lists each declared kind and protocol, and nothing more', () => {
        const disagreements = places.flatMap(({ place, listed, declared }) => {
            const words = listed();
            const missing = declared.filter((word) => !words.includes(word));
            const extra = words.filter((word, index) => !declared.includes(word) || words.indexOf(word) !== index);
            return missing.length + extra.length === 0 ? [] : [`${place}: missing [${missing.join(', ')}], extra or repeated [${extra.join(', ')}]`];
        });
        expect(disagreements).to.deep.equal([]);
    });

    it('the TextMate grammar and the snippets know the `defaults` block', () => {
        expect(textMateAlternatives('keywords')).to.include('defaults');
        expect(snippets.Defaults?.prefix).to.equal('defaults');
        expect(grammarKeywords('Defaults')).to.include('defaults');
    });

    it('connection snippets offer only declared protocols', () => {
        const choices = snippetProtocolChoices();
        expect(choices).to.not.have.length(0);
        expect(choices.filter((word) => !(CONNECTION_PROTOCOLS as readonly string[]).includes(word))).to.deep.equal([]);
    });
});
