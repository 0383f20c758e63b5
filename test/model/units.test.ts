import { expect } from 'chai';
import { parseQuantity, unitFits } from '../../src/model/units.js';

function value(text: string): number | undefined {
    const parsed = parseQuantity(text);
    return parsed.ok ? parsed.quantity.value : undefined;
}

describe('units', () => {
    it('normalises counts', () => {
        expect(value('3')).to.equal(3);
        expect(value('10k')).to.equal(10_000);
        expect(value('1.5M')).to.equal(1_500_000);
        expect(value('2B')).to.equal(2_000_000_000);
    });

    it('normalises durations to seconds (m is minutes)', () => {
        expect(value('200ms')).to.equal(0.2);
        expect(value('30s')).to.equal(30);
        expect(value('5m')).to.equal(300);
        expect(value('1h')).to.equal(3600);
        expect(value('7d')).to.equal(604_800);
    });

    it('normalises sizes to bytes (decimal, with binary variants)', () => {
        expect(value('1KB')).to.equal(1000);
        expect(value('64MB')).to.equal(64e6);
        expect(value('10GB')).to.equal(1e10);
        expect(value('1TB')).to.equal(1e12);
        expect(value('2PB')).to.equal(2e15);
        expect(value('1KiB')).to.equal(1024);
        expect(value('1GiB')).to.equal(2 ** 30);
    });

    it('normalises percentages to fractions without float noise', () => {
        expect(value('99.99%')).to.equal(0.9999);
        expect(value('90%')).to.equal(0.9);
        expect(value('7%')).to.equal(0.07);
    });

    it('tells counts from durations by case (M million, m minutes)', () => {
        const million = parseQuantity('1M');
        const minute = parseQuantity('1m');
        expect(million.ok && million.quantity.unit).to.equal('count');
        expect(minute.ok && minute.quantity.unit).to.equal('duration');
    });

    it('rejects unknown units, listing the known ones', () => {
        const parsed = parseQuantity('10xyz');
        expect(parsed.ok).to.equal(false);
        expect(!parsed.ok && parsed.message).to.contain("Unknown unit 'xyz'").and.contain('duration ms s m h d');
    });

    it('fits bare numbers: counts always, fractions for percentages, only 0 for durations and sizes', () => {
        const bare = (text: string) => {
            const parsed = parseQuantity(text);
            if (!parsed.ok) {
                throw new Error(parsed.message);
            }
            return parsed.quantity;
        };
        expect(unitFits('count', bare('12'))).to.equal(true);
        expect(unitFits('percent', bare('0.9'))).to.equal(true);
        expect(unitFits('percent', bare('90'))).to.equal(false);
        expect(unitFits('duration', bare('0'))).to.equal(true);
        expect(unitFits('duration', bare('200'))).to.equal(false);
        expect(unitFits('size', bare('64'))).to.equal(false);
        expect(unitFits('count', bare('5m'))).to.equal(false);
        expect(unitFits('duration', bare('5m'))).to.equal(true);
    });
});
