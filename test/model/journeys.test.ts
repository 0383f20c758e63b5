import { expect } from 'chai';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

const SHOP = [
    'architecture Shop {',
    '  requirements { availability: 99.9% }',
    '  client Web',
    '  service Orders',
    '  service Payments',
    '  database Db',
    '  Web -> Orders -> Payments',
    '  Orders -> Db',
    '  journey Checkout "Pay for the cart" {',
    '    Web -> Orders -> Payments',
    '    availability: 99.95%',
    '    latency_p99: 300ms',
    '  }',
    '}'
].join('\n');

describe('journeys', () => {
    it('puts each journey on the design: its steps, its hops with their connections, and its targets', async () => {
        const workspace = await buildWorkspace(SHOP);
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([]);
        const [journey] = workspace.design('Shop').journeys;
        expect(journey.name).to.equal('Checkout');
        expect(journey.title).to.equal('Pay for the cart');
        expect(journey.steps.map((step) => step.name)).to.deep.equal(['Web', 'Orders', 'Payments']);
        expect(journey.hops.map((hop) => hop.connection?.id)).to.deep.equal(['Web->Orders', 'Orders->Payments']);
        expect(journey.properties.toJSON()).to.deep.equal({ availability: 0.9995, latency_p99: 0.3 });
    });

    it('leaves a hop the design does not connect without a connection', async () => {
        const workspace = await buildWorkspace('architecture Shop {\n  client Web\n  database Db\n  journey Read { Web -> Db }\n}');
        const [journey] = workspace.design('Shop').journeys;
        expect(journey.hops).to.have.length(1);
        expect(journey.hops[0].connection).to.equal(undefined);
    });

    it('reports a journey without a path, an unknown key and an unknown component', async () => {
        const workspace = await buildWorkspace('architecture Shop {\n  client Web\n  journey Empty { availability: 99% }\n  journey Bad { Web -> Nowhere, availabilty: 99% }\n}');
        const messages = languageDiagnostics(workspace.diagnostics()).map((diagnostic) => String(diagnostic.message));
        expect(messages).to.include('Journey \'Empty\' needs the components it passes, in order: \'Client -> Service -> Store\'.');
        expect(messages.some((message) => message.startsWith('Unknown property \'availabilty\' for a journey. Did you mean \'availability\'?'))).to.equal(true);
        expect(messages.some((message) => message.includes('Nowhere'))).to.equal(true);
    });
});
