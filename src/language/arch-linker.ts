/** Links the references of a file by visiting only where references are (see structure-walk.ts). */
import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { referencesIn } from './structure-walk.js';

/** Yield to other requests every so many references (Langium's own walk checks at every node). */
export const CHECK_EVERY = 256;

export class ArchLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        let count = 0;
        for (const reference of referencesIn(document.parseResult.value)) {
            if (count++ % CHECK_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            this.doLink(reference, document);
        }
    }
}
