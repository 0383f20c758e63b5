import { expect } from 'chai';
import { PropertyBag } from '../../src/model/property-bag.js';

describe('PropertyBag', () => {
    const bag = PropertyBag.of({ replicas: 3, engine: 'redis', tags: ['a', 'b'], backup: { mode: 'pitr' }, waf: false, alerts: 'pagerduty' });

    it('reads values by type and refuses the wrong type', () => {
        expect(bag.number('replicas')).to.equal(3);
        expect(bag.string('replicas')).to.equal(undefined);
        expect(bag.string('engine')).to.equal('redis');
        expect(bag.list('tags')).to.deep.equal(['a', 'b']);
        expect(bag.block('backup')).to.deep.equal({ mode: 'pitr' });
        expect(bag.boolean('waf')).to.equal(false);
    });

    it('treats a single word as a one-item list of words', () => {
        expect(bag.words('alerts')).to.deep.equal(['pagerduty']);
        expect(bag.words('tags')).to.deep.equal(['a', 'b']);
    });

    it('says whether a key is enabled (set, not false, none or empty)', () => {
        expect(bag.enabled('alerts')).to.equal(true);
        expect(bag.enabled('waf')).to.equal(false);
        expect(bag.enabled('missing')).to.equal(false);
        expect(PropertyBag.of({ mode: 'none' }).enabled('mode')).to.equal(false);
        expect(PropertyBag.of({ tests: [] }).enabled('tests')).to.equal(false);
    });

    it('lets explicit values win over the lower bag and keeps their source', () => {
        const facts = PropertyBag.of({ eviction: 'none', replication: 'async' }, 'engine');
        const merged = PropertyBag.of({ eviction: 'lru' }).over(facts);
        expect(merged.string('eviction')).to.equal('lru');
        expect(merged.entry('eviction')?.source).to.equal('design');
        expect(merged.string('replication')).to.equal('async');
        expect(merged.entry('replication')?.source).to.equal('engine');
    });

    it('is immutable', () => {
        expect(Object.isFrozen(bag)).to.equal(true);
    });
});
