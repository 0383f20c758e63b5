/** `extend Name { … }`: properties added to a component declared elsewhere, judged by its kind, winning over its own. */
import { expect } from 'chai';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

const BASE = 'architecture Shop {\n  client Web\n  service Api { replicas: 1 }\n  database Db { engine: mysql }\n  Web -> Api : https\n  Api -> Db : sql\n}\n';

describe('extend', () => {
    it('adds properties to a component of another block of the design, and its values win', async () => {
        const workspace = await buildWorkspace({ 'base.arch': BASE, 'more.arch': 'architecture Shop {\n  extend Api { replicas: 3, stateless: true }\n  extend Db { engine: postgres }\n}\n' });
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        const design = workspace.design('Shop');
        const api = design.components.find((component) => component.name === 'Api');
        expect(api?.properties.number('replicas')).to.equal(3);
        expect(api?.properties.boolean('stateless')).to.equal(true);
        const db = design.components.find((component) => component.name === 'Db');
        expect(db?.engine?.id).to.equal('postgres');
        // The value added is located on the extend, where a quick fix or hover finds it.
        expect(api?.properties.entry('replicas')?.location?.uri).to.match(/more\.arch$/);
    });

    it('judges the keys by the kind of the component it extends', async () => {
        const workspace = await buildWorkspace(`${BASE}architecture Shop {\n  extend Db { backup: true, ttl: 5m }\n}\n`);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([
            "9:23 meta/invalid-value 'backup' expects a block { mode, interval, retention, offsite, encrypted }.",
            "9:29 meta/unknown-property Unknown property 'ttl' for a database. It is a property of dns, cdn, cache."
        ]);
    });

    it('names a component it cannot find, one of another design, and a key added twice', async () => {
        const workspace = await buildWorkspace({
            'base.arch': BASE,
            'other.arch': 'architecture Billing {\n  service Invoices\n  extend Nope { replicas: 2 }\n  extend Shop.Db { replicas: 2 }\n}\n',
            'twice.arch': 'architecture Shop {\n  extend Api { replicas: 2 }\n  extend Api { replicas: 4 }\n}\n'
        });
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics('other.arch')))).to.deep.equal([
            "3:10 meta/unresolved-reference Unknown component 'Nope' in design Billing.",
            "4:10 meta/invalid-value 'extend' adds to a component of design Billing; Shop.Db belongs to design Shop, which describes it."
        ]);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics('twice.arch')))).to.deep.equal([
            "3:16 meta/duplicate-name 'replicas' is already added to Api by another 'extend' in design Shop."
        ]);
        expect(workspace.design('Shop').components.find((component) => component.name === 'Api')?.properties.number('replicas')).to.equal(2);
    });

    it('keeps keys and words spelt extend or as parsing as keys and words', async () => {
        const workspace = await buildWorkspace('architecture Shop {\n  service Api { extend: as }\n}\n');
        expect(describeDiagnostics(workspace.diagnostics().filter((diagnostic) => diagnostic.code === 'syntax'))).to.deep.equal([]);
    });
});
