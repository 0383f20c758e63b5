/** weakestLinks ranks by the gain of each component never failing; checked against recomputing the path once per component. */
import { expect } from 'chai';
import { pathAvailability, weakestLinks } from '../../src/estimates/availability.js';
import type { Component } from '../../src/model/design.js';
import { asDesign } from '../helpers/rule-tester.js';
import { buildWorkspace } from '../helpers/workspace.js';

const PATH = ['Edge', 'Lb', 'Api', 'Cache', 'Db', 'Search', 'Dns'];
const BODY = 'client U\ncdn Edge\nloadbalancer Lb\nservice Api\ncache Cache\ndatabase Db\nsearch Search\ndns Dns\nU -> Edge -> Lb -> Api -> Cache -> Db -> Search -> Dns';
const AVAILABILITY: Readonly<Record<string, number>> = { Edge: 0.999, Lb: 0.9995, Api: 0.99, Cache: 0.9, Db: 0.99, Search: 0, Dns: 0.9999 };

/** The ranking by recomputing the whole path with each component made perfect. */
function rankedByRecomputing(design: Parameters<typeof pathAvailability>[0], path: readonly Component[], of: (component: Component) => number): string[] {
    const base = pathAvailability(design, path, of).value;
    return path.filter((component) => component.kind !== 'cache')
        .map((component, order) => ({ component, order, gain: pathAvailability(design, path, (other) => (other === component ? 1 : of(other))).value - base }))
        .sort((a, b) => (Math.abs(b.gain - a.gain) <= 1e-9 ? 0 : b.gain - a.gain) || of(a.component) - of(b.component) || a.order - b.order)
        .map(({ component }) => component.name);
}

describe('weakest links of a path', () => {
    for (const deployment of ['', 'deployment { regions: [us_east, eu_west, ap_south], mode: active_active }']) {
        it(`ranks as recomputing the path would ${deployment ? 'in three active regions' : 'in one region'}, a component that is never up first`, async () => {
            const design = (await buildWorkspace(asDesign(`${BODY}\n${deployment}`))).design('T');
            const path = PATH.map((name) => design.components.find((component) => component.name === name) as Component);
            const of = (component: Component): number => AVAILABILITY[component.name];
            const ranked = weakestLinks(design, path, of).map((component) => component.name);
            expect(ranked).to.deep.equal(rankedByRecomputing(design, path, of));
            expect(ranked[0]).to.equal('Search');
            expect(ranked).not.to.include('Cache');
        });
    }

    it('keeps the path order for components of equal availability', async () => {
        const design = (await buildWorkspace(asDesign('client U\nservice A\nservice B\nservice C\nU -> A -> B -> C'))).design('T');
        const path = design.components.filter((component) => component.kind === 'service');
        expect(weakestLinks(design, path, () => 0.99).map((component) => component.name)).to.deep.equal(['A', 'B', 'C']);
    });
});
