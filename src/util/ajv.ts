/**
 * One way to build ajv instances for every JSON Schema of the project, so that
 * our annotation keywords are known everywhere and formats behave the same.
 */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';

/** Keywords our schemas use for documentation and completion only. */
const ANNOTATION_KEYWORDS = ['unit', 'suggest', 'enumDescriptions', 'markdownDescription'];

export function createAjv(options: Options = {}): Ajv2020 {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, ...options });
    for (const keyword of ANNOTATION_KEYWORDS) {
        ajv.addKeyword({ keyword });
    }
    return ajv;
}
