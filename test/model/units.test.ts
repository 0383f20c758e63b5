import { expect } from 'chai';
import { archDigits, formatCount, formatDuration, formatNumber, formatPercent, formatQuantity, parseQuantity, unitFits } from '../../src/model/units.js';

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

    it('normalises weeks (7 days) and years (365 days); durations are still written in days', () => {
        expect(value('2w')).to.equal(2 * 604_800);
        expect(value('1y')).to.equal(365 * 86_400);
        expect(value('1.5y')).to.equal(1.5 * 365 * 86_400);
        expect(formatDuration(value('2w') ?? 0)).to.equal('14d');
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

    it('writes figures without exponents: plain, with a suffix, or as a power of ten', () => {
        expect([3, 999, 40_000, 1_500_000, 2e9, 999e9].map(formatCount)).to.deep.equal(['3', '999', '40k', '1.5M', '2B', '999B']);
        expect([999_600, 1e12, 3e30, 0.0004, 1.5e-7].map(formatCount)).to.deep.equal(['1M', '1 × 10¹²', '3 × 10³⁰', '0.0004', '1.5 × 10⁻⁷']);
        expect([formatNumber(123_456, 3), formatNumber(1e15, 3), formatNumber(-2.5e-9, 2), formatNumber(0, 3)]).to.deep.equal(['123000', '1 × 10¹⁵', '-2.5 × 10⁻⁹', '0']);
        expect([0.2, 604_800, 1_234_567, 1e30, 1e-10].map(formatDuration)).to.deep.equal(['200ms', '7d', '1234567s', '1.16 × 10²⁵d', '1 × 10⁻⁷ms']);
    });

    it('writes percentages with the digits they were written with', () => {
        expect([0.9995, 0.999999999, 0.9025, 1, 0.5].map(formatPercent)).to.deep.equal(['99.95%', '99.9999999%', '90.25%', '100%', '50%']);
        expect([formatQuantity(1, 'percent'), formatQuantity(30, 'duration'), formatQuantity(1, undefined)]).to.deep.equal(['100%', '30s', '1']);
    });

    it('writes numbers for .arch files as digits, however large', () => {
        expect([archDigits(40_000), archDigits(3e21), archDigits(0.5)]).to.deep.equal(['40000', '3000000000000000000000', '0.5']);
    });
});
