/**
 * A practice prompt as its JSON file states it (schemas/practice-prompt.schema.json
 * is the source of truth; test/practice/prompt-schema.test.ts checks that every
 * shipped prompt validates against it).
 */
import type { ComponentKind, SettingsKind } from '../model/design.js';
import type { SectionId } from '../model/sections.js';

export type Difficulty = 'easy' | 'medium' | 'hard';

/** The whiteboard figures a candidate's `requirements` are checked against. */
export type FigureId = 'peak_rps' | 'writes_per_second' | 'storage_per_year' | 'egress' | 'ingress';

export interface ExpectedFigure {
    readonly figure: FigureId;
    readonly title: string;
    readonly value: number;
    readonly arithmetic: string;
    /** Right within value ÷ tolerance … value × tolerance; 2 when left out. */
    readonly tolerance?: number;
    readonly points: number;
}

export type ComponentFact = 'redundant' | 'autoscales' | 'multi-zone' | 'on-request-path' | 'reached' | 'background' | 'transactional';

export type Condition =
    | { readonly property: string; readonly atLeast?: number; readonly oneOf?: readonly (string | number | boolean)[]; readonly enabled?: true }
    | { readonly fact: ComponentFact };

/** Connections from a `from` kind to a `to` kind; `where` tests the connection, `fromWhere` its source component. */
export interface ConnectionQuery {
    readonly from?: readonly ComponentKind[];
    readonly to?: readonly ComponentKind[];
    readonly mode?: 'sync' | 'async';
    readonly where?: readonly Condition[];
    readonly fromWhere?: readonly Condition[];
}

export type Check =
    | { readonly component: { readonly kind: readonly ComponentKind[]; readonly where?: readonly Condition[]; readonly every?: boolean } }
    | { readonly connection: ConnectionQuery }
    | { readonly setting: { readonly block: SettingsKind; readonly where: readonly Condition[] } }
    | { readonly noFinding: { readonly rules: readonly string[]; readonly severity?: 'error' | 'warning' | 'info'; readonly needs?: readonly ComponentKind[] } }
    | { readonly estimate: { readonly availability?: number | 'target'; readonly capacityCoversPeak?: true } }
    | { readonly transaction: { readonly where?: readonly Condition[]; readonly writes?: readonly ComponentKind[] } }
    | { readonly not: Check }
    | { readonly all: readonly Check[] }
    | { readonly any: readonly Check[] };

export interface RubricItem {
    readonly id: string;
    readonly section: SectionId;
    readonly points: number;
    readonly text: string;
    readonly check: Check;
    readonly question: string;
}

export interface Twist {
    readonly id: string;
    /** When it is revealed, as a share of the session. */
    readonly at: number;
    readonly text: string;
    readonly rubric: readonly RubricItem[];
}

export interface PracticePrompt {
    readonly id: string;
    readonly title: string;
    readonly difficulty: Difficulty;
    readonly tags: readonly string[];
    readonly minutes: number;
    readonly statement: string;
    readonly functional: readonly string[];
    readonly scale: readonly string[];
    readonly derive: readonly ExpectedFigure[];
    readonly twists: readonly Twist[];
    readonly rubric: readonly RubricItem[];
}

/** A prompt with the designs shipped beside it. */
export interface PromptEntry {
    readonly prompt: PracticePrompt;
    /** `reference.arch`: a design that scores at least 90. */
    readonly reference: string;
    /** `first-draft.arch`: what a first attempt looks like; scores at most 40. */
    readonly firstDraft: string;
}
