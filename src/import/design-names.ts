/**
 * Names in the design for names in the YAML: `cart-service` → `CartService`,
 * `redis_1` → `Redis1`, a name starting with a digit gets a letter in front.
 * The rule is simple on purpose: a person who adds to an imported component
 * from an `.arch` file writes its name from the service's name by this rule
 * (docs/import.md states it), and the import's comments show both.
 */
export function designName(source: string): string {
    const words = source.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
    const joined = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
    if (joined === '') {
        return 'Unnamed';
    }
    return /^[0-9]/.test(joined) ? `N${joined}` : joined;
}

/** Gives each source name a design name no other holds: a clash gets `2`, `3` … in the order met. */
export class NameTable {
    private readonly taken = new Set<string>();
    private readonly bySource = new Map<string, string>();

    constructor(reserved: Iterable<string> = []) {
        for (const name of reserved) {
            this.taken.add(name.toLowerCase());
        }
    }

    nameOf(source: string): string {
        const existing = this.bySource.get(source);
        if (existing !== undefined) {
            return existing;
        }
        const base = designName(source);
        let name = base;
        for (let index = 2; this.taken.has(name.toLowerCase()); index++) {
            name = `${base}${index}`;
        }
        this.taken.add(name.toLowerCase());
        this.bySource.set(source, name);
        return name;
    }
}
