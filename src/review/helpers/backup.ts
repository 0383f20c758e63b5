/**
 * A store's `backup` block, read for the dr rules and written back as
 * `.arch` text for their quick fixes.
 */
import type { Component } from '../../model/design.js';
import { isPlainObject, type PlainObject, type PlainValue } from '../../model/property-bag.js';
import { formatDuration, formatNumber } from '../../model/units.js';

/** Keys of a backup block that hold durations (normalised to seconds). */
const DURATION_KEYS = new Set(['interval', 'retention']);

/** Largest unit first, so that 604800 s is written back as `7d`. */
export function backupOf(component: Component): PlainObject | undefined {
    return component.properties.block('backup');
}

/** Backups are taken: a `backup` block whose mode is not `none` (a block without a mode still declares them). */
export function isBackedUp(component: Component): boolean {
    const backup = backupOf(component);
    return backup !== undefined && backup.mode !== 'none';
}

/**
 * The backup block as `.arch` text with `changes` applied, keeping what the
 * design wrote (a fix replaces the whole value, so nothing may be lost).
 */
export function backupText(current: PlainObject | undefined, changes: Readonly<Record<string, string>>): string {
    const entries = new Map<string, string>();
    for (const [key, value] of Object.entries(current ?? {})) {
        entries.set(key, DURATION_KEYS.has(key) && typeof value === 'number' ? formatDuration(value) : plainText(value));
    }
    for (const [key, value] of Object.entries(changes)) {
        entries.set(key, value);
    }
    return `{ ${[...entries].map(([key, value]) => `${key}: ${value}`).join(', ')} }`;
}

function plainText(value: PlainValue): string {
    if (Array.isArray(value)) {
        return `[${value.map(plainText).join(', ')}]`;
    }
    if (isPlainObject(value)) {
        return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${plainText(item)}`).join(', ')} }`;
    }
    return typeof value === 'number' ? formatNumber(value, 12) : String(value);
}
