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
import unauthenticatedEntrypoint from './unauthenticated-entrypoint.js';
import unencryptedTransport from './unencrypted-transport.js';
import internalUnauthenticated from './internal-unauthenticated.js';
import noEncryptionAtRest from './no-encryption-at-rest.js';

interface FixCase {
    readonly name: string;
    readonly rule: AnyRule;
    readonly design: string;
    /** The element whose finding the fix must remove. */
    readonly element: string;
}

const CASES: readonly FixCase[] = [
    { name: 'a service between a client and the database it called directly', rule: exposedDataStore, element: 'Db', design: 'client U\nnetwork private {\n  database Db\n}\nU -> Db : sql' },
    { name: 'signed requests from a client to object storage', rule: exposedDataStore, element: 'Photos', design: 'client U\nstorage Photos { engine: s3, data: [pii] }\nU -> Photos : https' },
    { name: 'scoped credentials from a client to a serverless store', rule: exposedDataStore, element: 'Jobs', design: 'client U\nqueue Jobs { engine: sqs }\nU -> Jobs : https, reads' },
    { name: 'public: false on a bucket', rule: exposedDataStore, element: 'Files', design: 'service Api\nstorage Files { engine: s3, public: true }\nApi -> Files' },
    { name: 'out of a public network', rule: exposedDataStore, element: 'Db', design: 'network dmz {\n  exposure: public\n  service Api\n  database Db\n}\nApi -> Db' },
    { name: 'into the existing private network', rule: exposedDataStore, element: 'C', design: 'network private {\n  service Api\n}\ncache C { engine: redis }\nApi -> C : redis' },
    { name: 'a per-caller rate limit block', rule: noRateLimit, element: 'Api', design: 'client U\nservice Api { replicas: 2 }\nU -> Api : https' },
    { name: 'a design-wide WAF for a function', rule: noWaf, element: 'Fn', design: 'client U\nfunction Fn { engine: lambda, auth: jwt }\nU -> Fn : https' },
    { name: 'a WAF on the load balancer in front of several services', rule: noWaf, element: 'Lb', design: 'client U\nloadbalancer Lb\nservice A { auth: jwt }\nservice B { auth: jwt }\nU -> Lb : https\nLb -> A : https\nLb -> B : https' },
    { name: 'a rate limit on the gateway in front of several services', rule: noRateLimit, element: 'Gw', design: 'client U\ngateway Gw\nservice A\nservice B\nU -> Gw : https\nGw -> A : http\nGw -> B : http' },
    { name: 'authentication on the load balancer in front of several services', rule: unauthenticatedEntrypoint, element: 'Lb', design: 'client U\nloadbalancer Lb\nservice A\nservice B\ndatabase Users { data: [pii] }\nU -> Lb : https\nLb -> A : http\nLb -> B : http\nA -> Users : sql' },
    { name: 'TLS for every link inside a network', rule: unencryptedTransport, element: 'cluster', design: 'network cluster {\n  service A\n  service B\n  database D { data: [pii] }\n  A -> B : http\n  B -> D : tcp\n}' },
    { name: 'mutual TLS for every call inside a network', rule: internalUnauthenticated, element: 'cluster', design: 'network cluster {\n  service A\n  service B\n  service C\n  A -> B : https\n  B -> C : https\n}' },
    { name: 'encryption at rest on each store of sensitive data', rule: noEncryptionAtRest, element: 'data', design: 'network data {\n  service Api\n  database A { engine: postgres, data: [pii] }\n  database B { engine: postgres, data: [payment] }\n  Api -> A : sql\n  Api -> B : sql\n}' }
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
