/**
 * Every kind of quick fix the security rules offer (not only the one of each
 * rule's documented example) yields a design that parses and no longer has
 * the finding it fixes.
 */
import { expect } from 'chai';
import { fixEdits } from '../../../language/fixes/fix-edits.js';
import type { AnyRule } from '../../rule.js';
import { reviewDesign } from '../../review.js';
import { applyWorkspaceEdit } from '../../../../test/helpers/apply-edits.js';
import { asDesign } from '../../../../test/helpers/rule-tester.js';
import { buildWorkspace, describeDiagnostics, type TestWorkspace } from '../../../../test/helpers/workspace.js';
import exposedDataStore from './exposed-data-store.js';
import noRateLimit from './no-rate-limit.js';
import noWaf from './no-waf.js';

interface FixCase {
    readonly name: string;
    readonly rule: AnyRule;
    readonly design: string;
    /** The element whose finding the fix must remove. */
    readonly element: string;
}

const CASES: readonly FixCase[] = [
    { name: 'a service between a client and the database it called directly', rule: exposedDataStore, element: 'Db', design: 'client U\nnetwork private {\n  database Db\n}\nU -> Db : sql' },
    { name: 'signed requests from a client to object storage', rule: exposedDataStore, element: 'Photos', design: 'client U\nstorage Photos { engine: s3 }\nU -> Photos : https' },
    { name: 'scoped credentials from a client to a serverless store', rule: exposedDataStore, element: 'Jobs', design: 'client U\nqueue Jobs { engine: sqs }\nU -> Jobs : https' },
    { name: 'public: false on a bucket', rule: exposedDataStore, element: 'Files', design: 'service Api\nstorage Files { engine: s3, public: true }\nApi -> Files' },
    { name: 'out of a public network', rule: exposedDataStore, element: 'Db', design: 'network dmz {\n  exposure: public\n  service Api\n  database Db\n}\nApi -> Db' },
    { name: 'into the existing private network', rule: exposedDataStore, element: 'C', design: 'network private {\n  service Api\n}\ncache C { engine: redis }\nApi -> C : redis' },
    { name: 'a per-caller rate limit block', rule: noRateLimit, element: 'Api', design: 'client U\nservice Api { replicas: 2 }\nU -> Api : https' },
    { name: 'a design-wide WAF for a function', rule: noWaf, element: 'Fn', design: 'client U\nfunction Fn { engine: lambda }\nU -> Fn : https' }
];

async function findingsOn(workspace: TestWorkspace, rule: AnyRule, element: string) {
    const design = workspace.services.design.DesignRegistry.design('T')?.design;
    expect(design, 'design T').to.not.equal(undefined);
    return design ? reviewDesign(design, [rule], new Map()).findings.filter((finding) => finding.element === element) : [];
}

describe('sec quick fixes', () => {
    for (const fixCase of CASES) {
        it(`${fixCase.rule.meta.id}: ${fixCase.name}`, async () => {
            const files = { 'test.arch': asDesign(fixCase.design) };
            const before = await buildWorkspace(files);
            const [finding] = await findingsOn(before, fixCase.rule, fixCase.element);
            expect(finding?.fix, 'the finding has a fix').to.not.equal(undefined);
            const edit = finding?.fix ? fixEdits(finding.fix, { documents: before.services.shared.workspace.LangiumDocuments, design: before.design('T') }) : undefined;
            expect(edit, 'the fix produces edits').to.not.equal(undefined);
            const fixed = applyWorkspaceEdit(files, edit ?? {});
            const after = await buildWorkspace(fixed);
            const problems = after.diagnostics().filter((diagnostic) => diagnostic.code === 'syntax' || (String(diagnostic.code).startsWith('meta/') && diagnostic.severity === 1));
            expect(describeDiagnostics(problems), `fixed text:\n${fixed['test.arch']}`).to.deep.equal([]);
            const remaining = await findingsOn(after, fixCase.rule, fixCase.element);
            expect(remaining.map((left) => left.message), `fixed text:\n${fixed['test.arch']}`).to.deep.equal([]);
        });
    }
});
