/**
 * Hosts a command line names: a URL or `host:port` anywhere in it
 * (`--db postgres://orders-db/orders`, `--addr=cart:7070`), or the word after
 * a flag that takes a host (`-h edge-router`, `--host cache`).
 */
import type { ConnectionProtocol } from '../../model/design.js';
import { hostReferences } from './host-references.js';

export interface CommandHost {
    readonly host: string;
    readonly port?: number;
    readonly protocol?: ConnectionProtocol;
    /** Which of the arguments given (a list item, or the one string) named it. */
    readonly index: number;
}

const HOST_FLAG = /^--?(?:h|host|hostname|server|target|addr|address|endpoint|url|broker|brokers)$/i;

/** The hosts named by a command given as a list of arguments (each may hold several words). */
export function commandHosts(commandArguments: readonly string[]): CommandHost[] {
    const words = commandArguments.flatMap((argument, index) => argument.split(/\s+/).filter((word) => word !== '').map((word) => ({ word, index })));
    const found: CommandHost[] = [];
    words.forEach(({ word, index }, position) => {
        const [flag, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
        if (inline !== undefined) {
            found.push(...hostReferences(HOST_FLAG.test(flag) ? 'HOST' : '', inline).map((reference) => ({ ...reference, index })));
        } else if (HOST_FLAG.test(word) && position + 1 < words.length) {
            found.push(...hostReferences('HOST', words[position + 1].word).map((reference) => ({ ...reference, index: words[position + 1].index })));
        } else if (word.includes(':')) {
            found.push(...hostReferences('', word).map((reference) => ({ ...reference, index })));
        }
    });
    return found;
}
