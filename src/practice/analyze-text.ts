/**
 * Reviews one design text on its own, with the default configuration: the
 * practice scorecard must not depend on a folder's `.archlens.json` (the same
 * file scores the same on every machine), nor mix the candidate's design with
 * the reference's (both are named after the prompt). Imports are not followed:
 * a practice design is one file. Suppression comments do not hide a finding
 * from the score: a gap silenced is still a gap.
 */
import { URI } from 'langium';
import { findingsOfDocument } from '../batch/findings-of-document.js';
import type { DesignEstimates } from '../estimates/estimate-design.js';
import { ArchFileSystem } from '../files/arch-file-system.js';
import { createArchServices } from '../language/arch-module.js';
import type { Design } from '../model/design.js';
import type { Finding } from '../model/finding.js';

export interface ReviewedText {
    readonly design: Design;
    /** The review's findings on the design, suppressed or not. */
    readonly findings: readonly Finding[];
    readonly estimates: DesignEstimates;
    /**
     * Language errors (`syntax`, `meta/…`): a design that does not parse, or
     * whose values the language rejects (`payload: 500B`), is not scored —
     * a rejected value is left out of the model, and a score that silently
     * ignored it would rest on a guess.
     */
    readonly languageErrors: readonly Finding[];
}

export async function reviewText(text: string, uri: string): Promise<ReviewedText | undefined> {
    const { shared, Arch } = createArchServices(ArchFileSystem, { batch: true });
    Arch.design.ConfigService.useDefaults();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const registry = Arch.design.DesignRegistry;
    const name = registry.designNamesIn(document)[0];
    const design = name === undefined ? undefined : registry.design(name)?.design;
    if (!design) {
        return undefined;
    }
    return {
        design,
        findings: Arch.design.ReviewService.all().filter((finding) => finding.design === design.name).map((finding) => ({ ...finding, suppressed: false })),
        estimates: Arch.design.EstimateService.estimatesFor(design),
        languageErrors: findingsOfDocument(document).filter((finding) => (finding.rule === 'syntax' || finding.rule.startsWith('meta/')) && finding.severity === 'error')
    };
}
