import { expect } from 'chai';
import { COMPONENT_KINDS, SETTINGS_KINDS } from '../../src/model/design.js';
import { readSpecExample, specExampleFiles } from '../helpers/spec-examples.js';
import { scopesOf, tokenizeLines } from './textmate.js';

const UNITS = ['k', 'M', 'B', 'ms', 's', 'm', 'h', 'd', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', '%'];

describe('TextMate grammar (syntaxes/arch.tmLanguage.json)', () => {
    describe('declarations', () => {
        for (const kind of COMPONENT_KINDS) {
            it(`colours the kind '${kind}' and the name it declares`, async () => {
                const line = `  ${kind} Thing "title" {`;
                expect(await scopesOf(line, kind)).to.include(`storage.type.component.${kind}.arch`);
                expect(await scopesOf(line, 'Thing')).to.include('entity.name.type.component.arch');
            });
        }

        it('colours architecture, group, settings and transaction keywords and their names', async () => {
            expect(await scopesOf('architecture UrlShortener "URL shortener" {', 'architecture')).to.include('keyword.other.architecture.arch');
            expect(await scopesOf('architecture UrlShortener "URL shortener" {', 'UrlShortener')).to.include('entity.name.type.architecture.arch');
            expect(await scopesOf('  network private {', 'network')).to.include('keyword.other.network.arch');
            expect(await scopesOf('  network private {', 'private')).to.include('entity.name.namespace.group.arch');
            expect(await scopesOf('  system Billing {', 'system')).to.include('keyword.other.system.arch');
            for (const settings of SETTINGS_KINDS) {
                expect(await scopesOf(`  ${settings} {`, settings)).to.include(`keyword.other.settings.${settings}.arch`);
            }
            expect(await scopesOf('  transaction PlaceOrder {', 'transaction')).to.include('keyword.other.transaction.arch');
            expect(await scopesOf('  transaction PlaceOrder {', 'PlaceOrder')).to.include('entity.name.type.transaction.arch');
            expect(await scopesOf('import "shared/edge.arch"', 'import')).to.include('keyword.control.import.arch');
            expect(await scopesOf('import "compose.yaml" as Shop', 'as')).to.include('keyword.control.import.as.arch');
            expect(await scopesOf('import "compose.yaml" as Shop', 'Shop')).to.include('entity.name.type.architecture.arch');
            expect(await scopesOf('  extend Db {', 'extend')).to.include('keyword.other.extend.arch');
            expect(await scopesOf('  extend Db {', 'Db')).to.include('variable.other.component.arch');
        });

        it("colours a transaction's writes list as keyword and component references", async () => {
            const line = '    writes: [Orders, Billing.Payments]';
            expect(await scopesOf(line, 'writes')).to.include('keyword.other.writes.arch');
            expect(await scopesOf(line, 'Orders')).to.include('variable.other.component.arch');
            expect(await scopesOf(line, 'Billing.Payments')).to.include('variable.other.component.arch');
        });
    });

    describe('properties', () => {
        it('colours a key, a word value and a boolean', async () => {
            expect(await scopesOf('    engine: postgres', 'engine')).to.include('support.type.property-name.arch');
            expect(await scopesOf('    engine: postgres', 'postgres')).to.include('support.constant.property-value.arch');
            expect(await scopesOf('    stateless: true', 'true')).to.include('constant.language.boolean.arch');
            expect(await scopesOf('    tls: false,', 'false')).to.include('constant.language.boolean.arch');
        });

        it('takes a keyword or a kind written as a key for a key', async () => {
            expect(await scopesOf('    security: strict', 'security')).to.include('support.type.property-name.arch');
            expect(await scopesOf('    storage: s3', 'storage')).to.include('support.type.property-name.arch');
            expect(await scopesOf('    engine: search', 'search')).to.include('support.constant.property-value.arch');
        });

        it('colours keys, values and numbers inside an inline block and a list', async () => {
            const line = '    autoscale: { min: 3, max: 30, metric: cpu }';
            expect(await scopesOf(line, 'max')).to.include('support.type.property-name.arch');
            expect(await scopesOf(line, '30')).to.include('constant.numeric.arch');
            expect(await scopesOf(line, 'cpu')).to.include('support.constant.property-value.arch');
            const list = '    tests: [unit, integration, e2e]';
            expect(await scopesOf(list, 'e2e')).to.include('support.constant.property-value.arch');
            expect(await scopesOf(list, 'e2e')).not.to.include('constant.numeric.arch');
        });
    });

    describe('numbers', () => {
        for (const unit of UNITS) {
            it(`colours 1.5${unit} as a number with a unit`, async () => {
                const line = `    value: 1.5${unit}`;
                expect(await scopesOf(line, '1.5')).to.include('constant.numeric.arch');
                const unitScopes = await scopesOf(line, unit);
                expect(unitScopes).to.include('constant.numeric.arch');
                expect(unitScopes.some((scope) => scope.startsWith('keyword.other.unit.'))).to.equal(true, unitScopes.join(' '));
            });
        }

        it('colours a bare number and marks an unknown unit', async () => {
            expect(await scopesOf('    replicas: 3', '3')).to.include('constant.numeric.arch');
            expect(await scopesOf('    latency: 10xyz', 'xyz')).to.include('invalid.illegal.unit.arch');
        });
    });

    describe('comments and suppressions', () => {
        it('colours line and block comments, a block comment across lines', async () => {
            expect(await scopesOf('  replicas: 3 // per zone', ' per zone')).to.include('comment.line.double-slash.arch');
            const lines = await tokenizeLines('/* one\n   two */ service Api');
            expect(lines[1].find((token) => token.text.includes('two'))?.scopes).to.include('comment.block.arch');
            expect(lines[1].find((token) => token.text === 'service')?.scopes).to.include('storage.type.component.service.arch');
        });

        it('highlights an archlens-disable-next-line directive, its rules and its reason inside the comment', async () => {
            const line = '// archlens-disable-next-line avail/single-point-of-failure, sec/missing-waf -- RDS Multi-AZ handles failover';
            const directive = await scopesOf(line, 'archlens-disable-next-line');
            expect(directive).to.include('comment.line.double-slash.arch');
            expect(directive).to.include('keyword.control.directive.suppression.arch');
            expect(await scopesOf(line, 'avail/single-point-of-failure')).to.include('constant.other.rule-id.arch');
            expect(await scopesOf(line, 'sec/missing-waf')).to.include('constant.other.rule-id.arch');
            expect(await scopesOf(line, '--')).to.include('punctuation.separator.reason.arch');
            expect(await scopesOf(line, ' RDS Multi-AZ handles failover')).to.include('comment.line.double-slash.arch');
        });

        it('highlights archlens-disable in a block comment, and not a mention later in a comment', async () => {
            expect(await scopesOf('/* archlens-disable cost/idle */', 'archlens-disable')).to.include('keyword.control.directive.suppression.arch');
            const [tokens] = await tokenizeLines('// see archlens-disable in the docs');
            expect(tokens.flatMap((token) => token.scopes)).not.to.include('keyword.control.directive.suppression.arch');
        });
    });

    describe('strings', () => {
        it('colours a string with escapes, and ends an unclosed string at the end of its line', async () => {
            const line = '  service Api "the \\"public\\" API \\\\ v2"';
            expect(await scopesOf(line, 'the ')).to.include('string.quoted.double.arch');
            expect(await scopesOf(line, '\\"')).to.include('constant.character.escape.arch');
            expect(await scopesOf(line, '\\\\')).to.include('constant.character.escape.arch');
            for (const escape of ['\\u00e9', '\\x41', '\\u{1F600}']) {
                expect(await scopesOf(`  service Api "caf${escape}"`, escape)).to.include('constant.character.escape.arch');
            }
            const lines = await tokenizeLines('  service Api "unclosed\n  cache Hot');
            expect(lines[1].find((token) => token.text === 'cache')?.scopes).to.include('storage.type.component.cache.arch');
        });
    });

    describe('connections', () => {
        it('colours the arrow, both ends and the shorthand words after the colon', async () => {
            const line = '  Browser -> Edge : https, tls "from the internet" { timeout: 2s }';
            expect(await scopesOf(line, 'Browser')).to.include('variable.other.component.arch');
            expect(await scopesOf(line, '->')).to.include('keyword.operator.arrow.arch');
            expect(await scopesOf(line, 'Edge')).to.include('variable.other.component.arch');
            expect(await scopesOf(line, 'Edge')).not.to.include('support.type.property-name.arch');
            expect(await scopesOf(line, 'https')).to.include('support.constant.shorthand.arch');
            expect(await scopesOf(line, 'tls')).to.include('support.constant.shorthand.arch');
            expect(await scopesOf(line, 'from the internet')).to.include('string.quoted.double.arch');
            expect(await scopesOf(line, 'timeout')).to.include('support.type.property-name.arch');
        });

        it('colours an outgoing connection inside a component, a chain and a qualified reference', async () => {
            const outgoing = '      -> Urls : sql, reads, writes';
            expect(await scopesOf(outgoing, 'Urls')).to.include('variable.other.component.arch');
            expect(await scopesOf(outgoing, 'writes')).to.include('support.constant.shorthand.arch');
            const chain = '  A -> B -> Payments.Ledger : async';
            expect(await scopesOf(chain, '->', 1)).to.include('keyword.operator.arrow.arch');
            expect(await scopesOf(chain, 'B')).to.include('variable.other.component.arch');
            expect(await scopesOf(chain, 'Payments.Ledger')).to.include('variable.other.component.arch');
            expect(await scopesOf(chain, 'async')).to.include('support.constant.shorthand.arch');
        });
    });

    describe('whole designs', () => {
        const examples = specExampleFiles('.arch');

        it('finds the spec examples', () => {
            expect(examples.length).to.be.greaterThan(0);
        });

        for (const example of examples) {
            it(`marks nothing invalid in ${example} and closes every block`, async () => {
                const text = readSpecExample(example);
                const lines = await tokenizeLines(text);
                const invalid = lines.flatMap((tokens, line) => tokens
                    .filter((token) => token.scopes.some((scope) => scope.startsWith('invalid.')))
                    .map((token) => `${line + 1}: ${token.text}`));
                expect(invalid).to.deep.equal([]);
                // A line after the design must be back at the top level: no region left open.
                const trailing = (await tokenizeLines(`${text}\nservice Probe`)).at(-1);
                expect(trailing?.find((token) => token.text === 'Probe')?.scopes).to.deep.equal(['source.arch', 'entity.name.type.component.arch']);
            });
        }
    });
});
