/**
 * The baseline in the editor: the findings the baseline named by the
 * document's `.archlens.json` accepts, so that the editor and CI agree on
 * what is new (pr-review.md, "Baseline"). Used only when serving an editor:
 * the CLI applies baselines itself, after the review, and must see every
 * finding. The file is read on each validation (a few kilobytes), so an
 * `archlens baseline --update` shows at the next edit.
 *
 * Counts are applied per document: a fingerprint names one element of one
 * design, so its findings sit in one file unless that design's blocks span
 * several, where the editor may hide one too many or too few.
 */
import type { FileSystemProvider } from 'langium';
import { URI } from 'langium';
import type { ReviewFinding } from '../review/review.js';
import { applyBaseline } from '../baseline/baseline.js';
import { BaselineError, parseBaseline } from '../baseline/baseline-file.js';
import type { ConfigService } from './config-service.js';

export interface EditorBaselineSplit {
    readonly known: ReadonlySet<ReviewFinding>;
    /** Why the configured baseline could not be used, for a warning in the editor. */
    readonly problem?: string;
}

const NONE: EditorBaselineSplit = { known: new Set() };

export class EditorBaseline {
    constructor(
        private readonly fileSystem: FileSystemProvider,
        private readonly configs: () => ConfigService
    ) {}

    async split(documentUri: string, findings: readonly ReviewFinding[]): Promise<EditorBaselineSplit> {
        const file = this.configs().configFor(documentUri).config.baseline;
        if (file === undefined) {
            return NONE;
        }
        const uri = URI.file(file);
        let text: string;
        try {
            text = await this.fileSystem.readFile(uri);
        } catch {
            return { known: new Set(), problem: `The baseline '${file}' named in .archlens.json cannot be read: write it with 'archlens baseline'. Every finding is shown.` };
        }
        try {
            return { known: new Set(applyBaseline(parseBaseline(text, file), findings).known as readonly ReviewFinding[]) };
        } catch (error) {
            if (error instanceof BaselineError) {
                return { known: new Set(), problem: `${error.message} Every finding is shown.` };
            }
            throw error;
        }
    }
}
