/**
 * For one-shot analysis (the CLI, the report): nobody asks for references or
 * renames, and no file changes afterwards, so the index of every reference
 * (a walk over the whole tree of each file) is not built.
 */
import { DefaultIndexManager } from 'langium';

export class BatchIndexManager extends DefaultIndexManager {
    override async updateReferences(): Promise<void> {
        // Nothing to index: see above.
    }
}
