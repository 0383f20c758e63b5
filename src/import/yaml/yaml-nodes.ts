/**
 * Reading a parsed YAML document node by node, so that every value keeps the
 * place it was written: aliases are followed (to the anchored node, whose
 * position is the anchor's), and merge keys (`<<: *defaults`) give their
 * entries to the map below the ones it writes itself.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';

/** An alias chain longer than this is refused (a loop cannot form in YAML, but a chain of anchors can be long). */
const MAX_ALIAS_HOPS = 32;

export interface Entry {
    readonly key: string;
    readonly keyNode: YamlNode;
    readonly value: YamlNode | undefined;
}

export class YamlReader {
    constructor(private readonly document: Document.Parsed) {}

    /** The node itself, or the node an alias stands for. */
    resolve(node: unknown): YamlNode | undefined {
        let current = node;
        for (let hops = 0; isAlias(current); hops++) {
            if (hops > MAX_ALIAS_HOPS) {
                return undefined;
            }
            current = current.resolve(this.document);
        }
        return isNode(current) ? current : undefined;
    }

    /** A map's entries with string keys, merge keys expanded (own entries win), in written order. */
    entries(node: unknown): Entry[] {
        const map = this.resolve(node);
        if (!isMap(map)) {
            return [];
        }
        const own: Entry[] = [];
        const merged: Entry[] = [];
        for (const pair of map.items) {
            if (!isPair(pair)) {
                continue;
            }
            const key = isScalar(pair.key) ? pair.key.value : undefined;
            // With merge keys on, the `yaml` package gives `<<` as a symbol (a plain `"<<"` string is an ordinary key).
            if (typeof key === 'symbol' && key.description === '<<') {
                merged.push(...this.mergedEntries(pair.value));
            } else if (isScalar(pair.key) && (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean')) {
                own.push({ key: String(key), keyNode: pair.key, value: this.resolve(pair.value) });
            }
        }
        const written = new Set(own.map((entry) => entry.key));
        return [...own, ...merged.filter((entry) => !written.has(entry.key))];
    }

    get(node: unknown, key: string): YamlNode | undefined {
        return this.entry(node, key)?.value;
    }

    entry(node: unknown, key: string): Entry | undefined {
        return this.entries(node).find((entry) => entry.key === key);
    }

    /** The items of a sequence, aliases resolved. */
    items(node: unknown): YamlNode[] {
        const seq = this.resolve(node);
        return isSeq(seq) ? seq.items.map((item) => this.resolve(item)).filter((item): item is YamlNode => item !== undefined) : [];
    }

    isMap(node: unknown): boolean {
        return isMap(this.resolve(node));
    }

    isSeq(node: unknown): boolean {
        return isSeq(this.resolve(node));
    }

    /** A scalar as text (numbers and booleans as written); undefined for a map, a sequence or null. */
    text(node: unknown): string | undefined {
        const scalar = this.resolve(node);
        if (!isScalar(scalar) || scalar.value === null || scalar.value === undefined) {
            return undefined;
        }
        return typeof scalar.value === 'string' ? scalar.value : sourceOf(scalar);
    }

    number(node: unknown): number | undefined {
        const scalar = this.resolve(node);
        if (isScalar(scalar) && typeof scalar.value === 'number') {
            return scalar.value;
        }
        const text = this.text(node);
        return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
    }

    private mergedEntries(value: unknown): Entry[] {
        const sources = this.isSeq(value) ? this.items(value) : [this.resolve(value)];
        return sources.flatMap((source) => (isMap(source) ? this.entries(source) : []));
    }
}

function isNode(value: unknown): value is YamlNode {
    return isMap(value) || isSeq(value) || isScalar(value);
}

function sourceOf(scalar: Scalar): string {
    return scalar.source ?? String(scalar.value);
}

/** Start and end offsets of a node (its value, without a trailing comment). */
export function offsetsOf(node: YamlNode | undefined): [number, number] {
    const range = node?.range;
    return range ? [range[0], range[1]] : [0, 0];
}
