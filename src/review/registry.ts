/**
 * Every review rule, grouped as the catalog in rules.md. A rule module is
 * listed in its group's index; this file only gathers the groups.
 */
import type { AnyRule } from './rule.js';
import { RULES as AVAIL } from './rules/avail/index.js';
import { RULES as CACHE } from './rules/cache/index.js';
import { RULES as CAP } from './rules/cap/index.js';
import { RULES as CICD } from './rules/cicd/index.js';
import { RULES as DATA } from './rules/data/index.js';
import { RULES as DR } from './rules/dr/index.js';
import { RULES as META } from './rules/meta/index.js';
import { RULES as MICRO } from './rules/micro/index.js';
import { RULES as OBSERVE } from './rules/observe/index.js';
import { RULES as PERF } from './rules/perf/index.js';
import { RULES as SCALE } from './rules/scale/index.js';
import { RULES as SEC } from './rules/sec/index.js';

export const ALL_RULES: readonly AnyRule[] = [
    ...SCALE, ...CACHE, ...CAP, ...DATA, ...OBSERVE, ...AVAIL, ...DR, ...MICRO, ...PERF, ...SEC, ...CICD, ...META
];

const byId = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): AnyRule | undefined {
    return byId.get(id);
}

export const RULE_IDS: ReadonlySet<string> = new Set(byId.keys());
