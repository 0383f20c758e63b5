/**
 * The CLI's machine-readable outputs of some findings: `--format json`
 * against schemas/findings.schema.json and `--format sarif` against the
 * official SARIF 2.1.0 schema (test/helpers/sarif-tools.ts installs it).
 */
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import findingsSchema from '../../../schemas/findings.schema.json' with { type: 'json' };
import { formatJson } from '../../../src/cli/formats/json.js';
import { formatSarif } from '../../../src/cli/formats/sarif.js';
import type { Finding } from '../../../src/model/finding.js';
import { createAjv } from '../../../src/util/ajv.js';
import { installSarifTools, officialSarifSchema } from '../../helpers/sarif-tools.js';

const addFormats = addFormatsModule as unknown as (ajv: ReturnType<typeof createAjv>) => void;

let validators: { json: ValidateFunction; sarif: ValidateFunction } | undefined;

function compile(schema: object): ValidateFunction {
    const ajv = createAjv({ strict: false });
    addFormats(ajv);
    return ajv.compile(schema);
}

/** Compiled once per process: compiling the SARIF schema takes a while. */
function outputValidators(): { json: ValidateFunction; sarif: ValidateFunction } {
    if (!validators) {
        installSarifTools();
        validators = { json: compile(findingsSchema), sarif: compile(officialSarifSchema()) };
    }
    return validators;
}

export function cliOutputProblems(files: readonly string[], findings: readonly Finding[], cwd: string): string[] {
    const { json, sarif } = outputValidators();
    const problems: string[] = [];
    if (!json(JSON.parse(formatJson(files, findings, cwd)))) {
        problems.push(`--format json is not valid against findings.schema.json: ${JSON.stringify(json.errors?.slice(0, 3))}`);
    }
    if (!sarif(JSON.parse(formatSarif(findings, { cwd, version: '0.0.0' })))) {
        problems.push(`--format sarif is not valid SARIF 2.1.0: ${JSON.stringify(sarif.errors?.slice(0, 3))}`);
    }
    return problems;
}
