/**
 * A public site: its clients read what it shows through a shared cache, a
 * CDN or reverse-proxy cache on their path that serves stored content. A
 * shared cache hands one copy to every caller without knowing who they are,
 * so the site is read anonymously by design (a photo or video site, a news
 * feed, a short link's redirect); signing in to write is the application's
 * own. Rules that ask about authentication a design never states use this
 * to stay quiet where anonymous reading is the site's nature.
 */
import { EDGE_KINDS, SENSITIVE_DATA } from '../../model/component-facts.js';
import type { Component, ComponentKind, Design } from '../../model/design.js';
import type { Traffic } from '../graph/traffic.js';
import { designSensitiveData } from './data-classes.js';
import { describedAs } from './stated-in-words.js';

/** Kinds that serve cached copies to every caller alike. */
const SHARED_CACHE_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['cdn', 'cache']);

/** Personal data is what any site with accounts holds; these classes make anonymous reading a question again. */
const GUARDED_DATA: readonly string[] = SENSITIVE_DATA.filter((item) => item !== 'pii');

/**
 * Some client names anonymous users outright ("visitors", "guests"), or reaches, directly or through edge components, a CDN or cache
 * whose every link reads stored content (`reads`), and the design holds no
 * payment, credential or health data anywhere.
 */
export function servedAsPublicSite(design: Design, traffic: Traffic): boolean {
    return !holdsGuardedData(design) && traffic.clients().some((client) => namesAnonymousUse(client) || readsThroughSharedCache(client, traffic, design));
}

/** Words that name anonymous use outright: "logged-out users", "anonymous readers", "guests", "visitors" (people who visit a site, not account holders). */
const ANONYMOUS_WORDS = /\b(logged[- ]out|signed[- ]out|anonymous|guests?|visitors?)\b/i;

/** A client whose name, title or description names anonymous users outright ("logged-out and logged-in users"). */
function namesAnonymousUse(client: Component): boolean {
    return describedAs(client, ANONYMOUS_WORDS);
}

function readsThroughSharedCache(client: Component, traffic: Traffic, design: Design): boolean {
    const seen = new Set<Component>();
    const queue: Component[] = [client];
    for (let head = 0; head < queue.length; head++) {
        for (const connection of traffic.syncOutgoing(queue[head])) {
            const next = connection.target;
            if (seen.has(next)) {
                continue;
            }
            seen.add(next);
            if (servesStoredReads(next, design)) {
                return true;
            }
            if (EDGE_KINDS.has(next.kind)) {
                queue.push(next);
            }
        }
    }
    return false;
}

/** A CDN or cache whose links (at least one) all read: it serves copies of stored content. */
function servesStoredReads(component: Component, design: Design): boolean {
    if (!SHARED_CACHE_KINDS.has(component.kind)) {
        return false;
    }
    const links = design.connections.filter((connection) => connection.source === component);
    return links.length > 0 && links.every((connection) => connection.access === 'reads');
}

function holdsGuardedData(design: Design): boolean {
    const guarded = (words: readonly string[] | undefined): boolean => (words ?? []).some((item) => GUARDED_DATA.includes(item));
    return designSensitiveData(design).some((item) => GUARDED_DATA.includes(item))
        || design.components.some((component) => guarded(component.properties.words('data')))
        || design.connections.some((connection) => guarded(connection.properties.words('data')));
}
