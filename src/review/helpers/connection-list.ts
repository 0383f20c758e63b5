/** How messages list connections: `A->B, A->C and 3 more`. */
import type { Connection } from '../../model/design.js';
import { joinWords } from './wording.js';

/** How many connections a message names before it says "and N more". */
const NAMED = 3;

export function connectionList(connections: readonly Connection[]): string {
    const named = connections.slice(0, NAMED).map((connection) => connection.id);
    const more = connections.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : joinWords(named);
}
