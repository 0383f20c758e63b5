/**
 * The figures a candidate works out on a whiteboard from the requirements:
 * average and peak requests per second from daily actives, requests per
 * month, storage per year and bandwidth, with the usual conversions
 * (86,400 s a day, about 2.5 million seconds a month).
 */
import type { Settings } from '../model/design.js';
import { formatCount, formatScaled, type UnitScale } from '../model/units.js';
import { DAYS_PER_YEAR, type EstimateSettings, SECONDS_PER_DAY, SECONDS_PER_MONTH } from './estimate-defaults.js';
import { type Figure, figure, rate } from './figure.js';

type Requirements = Settings<'requirements'>['properties'];

export interface Whiteboard {
    readonly averageRps?: Figure;
    readonly peakRps?: Figure;
    readonly requestsPerMonth?: Figure;
    readonly writesPerSecond?: Figure;
    readonly storagePerYear?: Figure;
    readonly ingress?: Figure;
    readonly egress?: Figure;
}

export function whiteboardFigures(requirements: Requirements | undefined, settings: EstimateSettings): Whiteboard {
    if (!requirements) {
        return {};
    }
    const daily = requirements.number('daily_active');
    const perUser = requirements.number('requests_per_user');
    const averageRps = daily !== undefined && perUser !== undefined
        ? figure(daily * perUser / SECONDS_PER_DAY, `${formatCount(daily)} daily actives × ${formatCount(perUser)} requests ÷ 86,400 s = ${rate(daily * perUser / SECONDS_PER_DAY)}`)
        : undefined;
    const statedPeak = requirements.number('peak_rps');
    const peakRps = statedPeak !== undefined
        ? figure(statedPeak, `${rate(statedPeak)} (stated)`)
        : averageRps ? figure(averageRps.value * settings.peakFactor, `${rate(averageRps.value)} average × ${settings.peakFactor} peak factor = ${rate(averageRps.value * settings.peakFactor)}`, { assumptions: [{ text: `the peak is ${settings.peakFactor} × the daily average (the default peak factor)`, settle: 'peak_rps' }] }) : undefined;
    const ratio = requirements.number('read_ratio');
    const basis = averageRps ?? peakRps;
    const writes = basis && ratio !== undefined ? figure(basis.value / (ratio + 1), `${rate(basis.value)}${averageRps ? ' average' : ' peak'} × 1/${formatCount(ratio + 1)} = ${rate(basis.value / (ratio + 1))}`) : undefined;
    return {
        averageRps,
        peakRps,
        requestsPerMonth: averageRps ? figure(averageRps.value * SECONDS_PER_MONTH, `${rate(averageRps.value)} × 2.5M s/month ≈ ${formatCount(averageRps.value * SECONDS_PER_MONTH)} requests`) : undefined,
        writesPerSecond: writes,
        storagePerYear: storagePerYear(requirements, writes),
        ...bandwidth(requirements, peakRps, ratio)
    };
}

function storagePerYear(requirements: Requirements, writes: Figure | undefined): Figure | undefined {
    const growth = requirements.number('storage_growth');
    if (growth !== undefined) {
        return figure(growth * DAYS_PER_YEAR, `${bytes(growth)}/day × 365 = ${bytes(growth * DAYS_PER_YEAR)}`);
    }
    const payload = requirements.number('payload');
    if (payload === undefined || !writes) {
        return undefined;
    }
    const perYear = writes.value * payload * SECONDS_PER_DAY * DAYS_PER_YEAR;
    return figure(perYear, `${rate(writes.value)} writes × ${bytes(payload)} × 86,400 s × 365 = ${bytes(perYear)}`);
}

function bandwidth(requirements: Requirements, peak: Figure | undefined, ratio: number | undefined): Pick<Whiteboard, 'ingress' | 'egress'> {
    const payload = requirements.number('payload');
    if (payload === undefined || !peak) {
        return {};
    }
    const readShare = ratio === undefined ? 1 : ratio / (ratio + 1);
    const egress = peak.value * readShare * payload;
    const ingress = peak.value * (1 - readShare) * payload;
    return {
        egress: figure(egress, `${rate(peak.value * readShare)} reads × ${bytes(payload)} = ${bytes(egress)}/s`),
        ingress: figure(ingress, `${rate(peak.value * (1 - readShare))} writes × ${bytes(payload)} = ${bytes(ingress)}/s`)
    };
}

const BYTE_SCALE: UnitScale = [[1e15, 'PB'], [1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'KB']];

/** Decimal bytes as a candidate writes them: 1.2 GB, 40 TB. */
export function bytes(value: number): string {
    return formatScaled(value, BYTE_SCALE, ' ', ' B');
}
