/** A seeded pseudo-random source (mulberry32): the same seed gives the same edits. */

export class Random {
    private state: number;

    constructor(readonly seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [min, max]. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    pick<T>(items: readonly T[]): T {
        if (items.length === 0) {
            throw new Error('nothing to pick from');
        }
        return items[this.int(0, items.length - 1)];
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    /** One of `weighted`'s keys, each as likely as its weight. */
    weighted<K extends string>(weighted: Readonly<Record<K, number>>): K {
        const entries = Object.entries(weighted) as [K, number][];
        let roll = this.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
        for (const [key, weight] of entries) {
            roll -= weight;
            if (roll < 0) {
                return key;
            }
        }
        return entries[entries.length - 1][0];
    }
}
