import { expect } from 'chai';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { CLIENT_ID, COMMANDS, LANGUAGE_ID, TRACE_SETTING_KEY } from '../../src/extension/identifiers.js';
import { COMPONENT_KINDS, GROUP_KINDS, SETTINGS_KINDS } from '../../src/model/design.js';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';
import { defaultSnippetText } from './snippet-text.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What the language itself rejects in a snippet's text. Review findings and
 * references to components a fragment does not declare are expected.
 */
const LANGUAGE_PROBLEMS = ['syntax', 'meta/unknown-property', 'meta/invalid-value', 'meta/duplicate-name',
    'meta/suppression-without-reason', 'data/unknown-engine'];

interface Manifest {
    main: string;
    bin: Record<string, string>;
    files: string[];
    activationEvents: string[];
    capabilities: { untrustedWorkspaces: { supported: boolean | 'limited' } };
    contributes: {
        languages: { id: string; extensions: string[]; configuration: string }[];
        grammars: { language: string; scopeName: string; path: string }[];
        snippets: { language: string; path: string }[];
        commands: { command: string; title: string; category?: string }[];
        configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> };
    };
}

interface Snippet {
    prefix: string | string[];
    body: string | string[];
    description: string;
}

interface OnEnterRule {
    beforeText: string;
    afterText?: string;
}

interface LanguageConfiguration {
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    onEnterRules?: OnEnterRule[];
    folding?: { markers: { start: string; end: string } };
}

function readJson<T>(relative: string): T {
    return JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as T;
}

function exists(relative: string): boolean {
    return fs.existsSync(path.join(ROOT, relative));
}

const manifest = readJson<Manifest>('package.json');

describe('extension manifest (package.json)', () => {
    it('points main and bin at built bundles', () => {
        const missing = [manifest.main, ...Object.values(manifest.bin)].filter((file) => !exists(file));
        expect(missing, 'run `npm run build` (npm test builds first)').to.deep.equal([]);
    });

    it('contributes only paths that exist', () => {
        const contributed = [
            ...manifest.contributes.languages.map((language) => language.configuration),
            ...manifest.contributes.grammars.map((grammar) => grammar.path),
            ...manifest.contributes.snippets.map((snippet) => snippet.path)
        ];
        expect(contributed.filter((file) => !exists(file))).to.deep.equal([]);
    });

    it('packages files that exist, and no source maps', () => {
        for (const entry of manifest.files) {
            if (entry.includes('*')) {
                const folder = path.dirname(entry);
                const suffix = path.basename(entry).replace(/^\*/, '');
                expect(fs.readdirSync(path.join(ROOT, folder)).some((file) => file.endsWith(suffix)), entry).to.equal(true);
            } else {
                expect(exists(entry), entry).to.equal(true);
            }
        }
        expect(manifest.files.some((entry) => entry === 'dist' || entry.endsWith('.map') || entry === 'dist/*')).to.equal(false);
    });

    it('declares the arch language, its grammar and snippets consistently', () => {
        const [language] = manifest.contributes.languages;
        expect(language.id).to.equal(LANGUAGE_ID);
        expect(language.extensions).to.deep.equal(['.arch']);
        expect(manifest.activationEvents).to.include(`onLanguage:${LANGUAGE_ID}`);
        const [grammar] = manifest.contributes.grammars;
        expect(grammar.language).to.equal(LANGUAGE_ID);
        expect(readJson<{ scopeName: string }>(grammar.path).scopeName).to.equal(grammar.scopeName).and.equal('source.arch');
        expect(manifest.contributes.snippets.map((snippet) => snippet.language)).to.deep.equal([LANGUAGE_ID]);
    });

    it('contributes exactly the commands the extension registers', () => {
        expect(manifest.contributes.commands.map((command) => command.command).sort()).to.deep.equal(Object.values(COMMANDS).sort());
        for (const command of manifest.contributes.commands) {
            expect(command.category).to.equal('ArchLens');
        }
    });

    it("contributes the trace setting the language client reads ('<client id>.trace.server')", () => {
        const setting = manifest.contributes.configuration.properties[`${CLIENT_ID}.${TRACE_SETTING_KEY}`];
        expect(setting?.enum).to.deep.equal(['off', 'messages', 'verbose']);
        expect(setting?.default).to.equal('off');
    });

    it('supports untrusted workspaces', () => {
        expect(manifest.capabilities.untrustedWorkspaces.supported).to.equal(true);
    });

    it('bundles the client so that it loads only vscode and Node built-ins', () => {
        const bundle = fs.readFileSync(path.join(ROOT, manifest.main), 'utf8');
        // A `require("…")` right after a quote is text, not a call: Ajv (practice attempts) keeps
        // `'require("ajv/dist/runtime/…")'` strings for its standalone code output, which it never runs.
        const required = new Set([...bundle.matchAll(/(?<!['"`])\brequire\("([^"]+)"\)/g)].map((match) => match[1]));
        const builtins = new Set(builtinModules);
        const unexpected = [...required].filter((name) => name !== 'vscode' && !builtins.has(name.replace(/^node:/, '')));
        expect(unexpected).to.deep.equal([]);
        expect(required.has('vscode')).to.equal(true);
    });
});

describe('language configuration', () => {
    const configuration = readJson<LanguageConfiguration>('language-configuration.json');

    it('has patterns that compile as JavaScript regular expressions (as VS Code reads them)', () => {
        const patterns = [
            configuration.wordPattern,
            configuration.indentationRules.increaseIndentPattern,
            configuration.indentationRules.decreaseIndentPattern,
            ...(configuration.onEnterRules ?? []).flatMap((rule) => [rule.beforeText, rule.afterText ?? '']),
            configuration.folding?.markers.start ?? '',
            configuration.folding?.markers.end ?? ''
        ];
        for (const pattern of patterns) {
            expect(() => new RegExp(pattern), pattern).not.to.throw();
        }
    });

    it('indents after an open brace and outdents a closing one', () => {
        const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
        expect(increase.test('  service Api {')).to.equal(true);
        expect(increase.test('  tests: [')).to.equal(true);
        expect(increase.test('  cache Hot { engine: redis }')).to.equal(false);
        expect(decrease.test('  }')).to.equal(true);
        expect(decrease.test('  ]')).to.equal(true);
    });

    it('selects whole names and numbers with units as words', () => {
        const word = new RegExp(configuration.wordPattern, 'g');
        expect('Api -> url_store : 200ms, 99.9%'.match(word)).to.deep.equal(['Api', 'url_store', '200ms', '99.9%']);
    });
});

describe('snippets (snippets/arch.json)', () => {
    const snippets = readJson<Record<string, Snippet>>(manifest.contributes.snippets[0].path);
    const prefixes = Object.values(snippets).flatMap((snippet) => [snippet.prefix].flat());

    it('offers a design skeleton, every component kind, the settings blocks, a transaction, groups and connections', () => {
        for (const prefix of ['architecture', ...COMPONENT_KINDS, ...SETTINGS_KINDS, 'transaction', ...GROUP_KINDS, 'connection']) {
            expect(prefixes, prefix).to.include(prefix);
        }
    });

    it('uses each prefix once and describes each snippet', () => {
        expect(new Set(prefixes).size).to.equal(prefixes.length);
        for (const [name, snippet] of Object.entries(snippets)) {
            expect(snippet.description, name).to.be.a('string').and.not.equal('');
        }
    });

    for (const [name, snippet] of Object.entries(snippets)) {
        it(`"${name}" inserts valid .arch with its default text`, async () => {
            const text = defaultSnippetText([snippet.body].flat().join('\n'));
            const workspace = await buildWorkspace(inContext(text));
            const problems = workspace.diagnostics().filter((diagnostic) => LANGUAGE_PROBLEMS.includes(String(diagnostic.code)));
            expect(describeDiagnostics(problems), text).to.deep.equal([]);
        });
    }
});

/** Places a snippet's text where a user would insert it. */
function inContext(text: string): string {
    if (/^\s*(architecture|import)\b/.test(text)) {
        return text;
    }
    if (text.startsWith('->')) {
        return `architecture SnippetCheck {\n  service Host {\n    ${text}\n  }\n}\n`;
    }
    if (text.startsWith('//')) {
        return `architecture SnippetCheck {\n  ${text}\n  service Host\n}\n`;
    }
    return `architecture SnippetCheck {\n${text}\n}\n`;
}
