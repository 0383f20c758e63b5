/**
 * The reference pages generated from the project's data, with where each is
 * committed: scripts/generate-docs.ts writes them, and a test checks that the
 * committed copies match what the generators produce now.
 */
import { EngineCatalog, type EngineEntry } from '../engine-catalog/engine-catalog.js';
import { SHORTHAND_DESCRIPTIONS, SHORTHAND_WORDS } from '../language/connection-shorthand.js';
import { propertySchema } from '../properties/property-schema.js';
import { buildConfigSchema } from '../config/config-schema.js';
import { LANGUAGE_RULES } from '../review/language-rules.js';
import { ALL_RULES } from '../review/registry.js';
import { ruleDocsPath } from '../review/rule-docs.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allPrompts } from '../practice/prompt-library.js';
import type { PromptEntry } from '../practice/prompt.js';
import { referenceUri, scoreText } from '../practice/score-practice.js';
import { type PromptScores, type PublishedScore, renderPracticePage } from './practice-page.js';
import { analyzeFiles } from '../batch/analyze.js';
import { estimatesSection } from '../report/estimates-section.js';
import { renderEnginesPage } from './engines-page.js';
import { renderEstimatesPage } from './estimates-page.js';
import { renderRulePage } from './rule-page.js';
import { renderRulesIndex } from './rules-index-page.js';
import { renderPropertiesPage } from './properties-page.js';
import { renderImportImagesPage } from './import-images-page.js';
import { IMAGE_ENTRIES } from '../import/images/image-catalog.js';
import { renderPrCommentPage } from './pr-comment-page.js';

export interface GeneratedPage {
    /** Relative to the repository root, with forward slashes. */
    readonly path: string;
    readonly render: () => string | Promise<string>;
}

export const GENERATED_PAGES: readonly GeneratedPage[] = [
    {
        path: 'schemas/archlens.schema.json',
        render: () => `${JSON.stringify(buildConfigSchema(ALL_RULES), undefined, 2)}\n`
    },
    {
        path: 'docs/rules/README.md',
        render: () => renderRulesIndex(ALL_RULES, LANGUAGE_RULES)
    },
    ...ALL_RULES.map((rule): GeneratedPage => ({ path: ruleDocsPath(rule.meta.id), render: () => renderRulePage(rule) })),
    {
        path: 'docs/properties.md',
        render: () => renderPropertiesPage({
            schema: propertySchema(),
            shorthand: { words: SHORTHAND_WORDS, descriptions: SHORTHAND_DESCRIPTIONS }
        })
    },
    {
        path: 'docs/engines.md',
        render: () => renderEnginesPage(builtInEngines())
    },
    {
        path: 'docs/import-images.md',
        render: () => renderImportImagesPage(IMAGE_ENTRIES)
    },
    {
        path: 'docs/estimates.md',
        render: async () => renderEstimatesPage(await workedExample())
    },
    {
        path: 'docs/pr-comment-example.md',
        render: renderPrCommentPage
    },
    {
        path: 'docs/practice-prompts.md',
        render: async () => renderPracticePage(
            await Promise.all(allPrompts().map(async (entry) => ({ entry, scores: await promptScores(entry) }))),
            await publishedScores()
        )
    }
];

const PRACTICE_FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/practice');

/** `held-out` is set 1, `held-out-2` set 2, and so on. */
function setNumber(folder: string): number {
    return Number(/-(\d+)$/.exec(folder)?.[1] ?? 1);
}

/**
 * Other people's published answers, transcribed faithfully: those the tests
 * hold to 75 (published.json), and those transcribed blind and kept out of
 * the tuning (held-out/), whose scores are a measure, not a gate.
 */
async function publishedScores(): Promise<PublishedScore[]> {
    const listed = (JSON.parse(fs.readFileSync(path.join(PRACTICE_FIXTURES, 'published.json'), 'utf8')) as { prompt: string; file: string }[])
        .map((entry) => ({ ...entry, file: path.resolve(import.meta.dirname, '../..', entry.file), heldOut: 0 }));
    const sets = fs.readdirSync(PRACTICE_FIXTURES).filter((name) => /^held-out(-\d+)?$/.test(name)).sort((a, b) => setNumber(a) - setNumber(b));
    const heldOut = sets.flatMap((set) => fs.readdirSync(path.join(PRACTICE_FIXTURES, set)).filter((name) => name.endsWith('.arch')).sort().map((name) => ({
        prompt: allPrompts().map((entry) => entry.prompt.id).find((id) => name.startsWith(`${id}-`)) ?? '',
        file: path.join(PRACTICE_FIXTURES, set, name),
        heldOut: setNumber(set)
    })));
    const verdicts = new Map((JSON.parse(fs.readFileSync(path.join(PRACTICE_FIXTURES, 'held-out-verdicts.json'), 'utf8')) as { file: string; verdicts: { verdict: string }[] }[])
        .map((entry) => [path.resolve(import.meta.dirname, '../..', entry.file), entry.verdicts.map((judged) => judged.verdict)]));
    return Promise.all([...listed, ...heldOut].map(async ({ prompt, file, heldOut: held }) => {
        const entry = allPrompts().find((candidate) => candidate.prompt.id === prompt);
        const score = entry ? (await scoreText(entry, fs.readFileSync(file, 'utf8'), pathToFileURL(file).toString(), { revealed: [], judgeFigures: false })).score : 0;
        return { prompt, file: path.relative(path.resolve(import.meta.dirname, '../..'), file).split(path.sep).join('/'), heldOut: held, score, verdicts: verdicts.get(file) ?? [] };
    }));
}

/** What each prompt's designs score today: the shipped first draft and reference, and the test fixtures between them. */
async function promptScores(entry: PromptEntry): Promise<PromptScores> {
    const fixture = (level: string) => path.resolve(import.meta.dirname, '../../test/fixtures/practice', entry.prompt.id, `${level}.arch`);
    const scoreOf = async (level: string): Promise<number | undefined> => {
        const file = fixture(level);
        return fs.existsSync(file) ? (await scoreText(entry, fs.readFileSync(file, 'utf8'), pathToFileURL(file).toString(), { revealed: [], judgeFigures: true })).score : undefined;
    };
    return {
        firstDraft: (await scoreText(entry, entry.firstDraft, referenceUri(entry, 'first-draft.arch'), { revealed: [], judgeFigures: true })).score,
        basic: await scoreOf('basic'),
        good: await scoreOf('good'),
        reference: (await scoreText(entry, entry.reference, referenceUri(entry), { revealed: [], judgeFigures: true })).score
    };
}

/** The report's estimates of the spec's URL shortener (the copy in samples/spec). */
async function workedExample(): Promise<string> {
    const file = path.resolve(import.meta.dirname, '../../samples/spec/url-shortener.arch');
    const analysis = await analyzeFiles([file]);
    const design = analysis.designs[0];
    return estimatesSection(analysis.services.design.EstimateService.estimatesFor(design));
}

/** The built-in knowledge base (validated on load), engines in alphabetical order. */
export function builtInEngines(): ReadonlyMap<string, EngineEntry> {
    const catalog = EngineCatalog.builtIn();
    return new Map(catalog.ids().flatMap((id): [string, EngineEntry][] => {
        const entry = catalog.get(id);
        return entry ? [[id, entry]] : [];
    }));
}
