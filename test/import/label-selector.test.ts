/** Label selectors as Kubernetes evaluates them (PodDisruptionBudget selectors). */
import { expect } from 'chai';
import { parseDocument } from 'yaml';
import { selectsLabels } from '../../src/import/kubernetes/label-selector.js';
import { YamlReader } from '../../src/import/yaml/yaml-nodes.js';

function selects(selector: string, labels: Record<string, string>): boolean {
    const document = parseDocument(`selector: ${selector}\n`);
    const reader = new YamlReader(document);
    return selectsLabels(reader, reader.get(document.contents, 'selector'), new Map(Object.entries(labels)));
}

describe('label selectors', () => {
    const pod = { app: 'api', tier: 'web' };

    it('holds every matchLabels pair and every expression (In, NotIn, Exists, DoesNotExist)', () => {
        expect(selects('{ matchLabels: { app: api }, matchExpressions: [{ key: tier, operator: In, values: [web, edge] }] }', pod)).to.equal(true);
        expect(selects('{ matchExpressions: [{ key: tier, operator: NotIn, values: [batch] }, { key: app, operator: Exists }, { key: canary, operator: DoesNotExist }] }', pod)).to.equal(true);
        expect(selects('{ matchExpressions: [{ key: tier, operator: In, values: [batch] }] }', pod)).to.equal(false);
        expect(selects('{ matchExpressions: [{ key: tier, operator: NotIn, values: [web] }] }', pod)).to.equal(false);
        expect(selects('{ matchLabels: { app: api }, matchExpressions: [{ key: canary, operator: Exists }] }', pod)).to.equal(false);
    });

    it('selects every pod with an empty selector and none with an absent one or an unknown operator', () => {
        expect(selects('{}', pod)).to.equal(true);
        expect(selects('null', pod)).to.equal(false);
        expect(selects('{ matchExpressions: [{ key: app, operator: Like, values: [api] }] }', pod)).to.equal(false);
    });
});
