/**
 * The property keys each holder takes, from the properties schema
 * (src/generated/property-keys.ts, written by `npm run generate`). They type
 * the PropertyBag accessors: `component.properties.number('replica')` does
 * not compile. A component's bag takes the keys of every kind, as a rule
 * often reads a component whose kind it has not narrowed.
 */
import type { PropertyKeysOf } from '../generated/property-keys.js';
import type { ComponentKind, GroupKind, SettingsKind } from './design.js';

export type ComponentPropertyKey = PropertyKeysOf[`kind.${ComponentKind}`];

export type GroupPropertyKey = PropertyKeysOf[`group.${GroupKind}`];

export type SettingsPropertyKey<Kind extends SettingsKind = SettingsKind> = PropertyKeysOf[`settings.${Kind}`];

export type ConnectionPropertyKey = PropertyKeysOf['connection'];

export type TransactionPropertyKey = PropertyKeysOf['transaction'];

export type JourneyPropertyKey = PropertyKeysOf['journey'];
