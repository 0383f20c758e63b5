/** The index of references (for find references and rename), built by visiting only where references are (see structure-walk.ts). */
import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { CHECK_EVERY } from './arch-linker.js';
import { referencesIn } from './structure-walk.js';

export class ArchReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let count = 0;
        for (const reference of referencesIn(document.parseResult.value)) {
            if (count++ % CHECK_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            if (!reference.reference.error) {
                descriptions.push(...this.createInfoDescriptions(reference));
            }
        }
        return descriptions;
    }
}
