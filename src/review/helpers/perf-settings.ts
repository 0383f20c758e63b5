/** What a design's `testing` and `operations` settings declare, read once for the perf rules. */
import type { Design, SettingsKind } from '../../model/design.js';
import type { PlainValue } from '../../model/property-bag.js';
import type { SettingsPropertyKey } from '../../model/property-keys.js';
import { archDigits } from '../../model/units.js';

export function settingValue<Kind extends SettingsKind>(design: Design, settings: Kind, key: SettingsPropertyKey<Kind>): PlainValue | undefined {
    return design.settings[settings]?.properties.get(key);
}

/**
 * A settings entry that says the practice is in place: `true`, a target
 * above zero (`load: 50k`) or a tool (`apm: datadog`); not `false`, `none`,
 * `0` or an empty list.
 */
export function isDeclared(value: PlainValue | undefined): boolean {
    if (value === undefined || value === false || value === 'none' || value === 0) {
        return false;
    }
    return !(Array.isArray(value) && value.length === 0);
}

const COUNT_SUFFIXES: readonly (readonly [string, number])[] = [['B', 1e9], ['M', 1e6], ['k', 1e3]];

/**
 * A count as `.arch` text (`20000` → `20k`, `1500000` → `1.5M`), exact so
 * that a quick fix never writes a rate below the one it was computed from.
 */
export function countText(value: number): string {
    for (const [suffix, factor] of COUNT_SUFFIXES) {
        const scaled = value / factor;
        if (scaled >= 1 && Number.isInteger(Number.parseFloat((scaled * 100).toPrecision(12)))) {
            return `${archDigits(Number.parseFloat(scaled.toPrecision(12)))}${suffix}`;
        }
    }
    return archDigits(Math.ceil(value));
}
