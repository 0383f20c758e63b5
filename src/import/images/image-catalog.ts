/**
 * What a container image is: the kind of component, its engine, the ports it
 * listens on and where it keeps its data, read from `images.json` (checked
 * against schemas/import-images.schema.json by the tests, and shown as a
 * table in docs/import.md).
 */
import table from './images.json' with { type: 'json' };
import type { ComponentKind, ConnectionProtocol } from '../../model/design.js';

export interface ImageEntry {
    readonly match: readonly string[];
    readonly kind: ComponentKind;
    readonly engine?: string;
    readonly title: string;
    readonly ports?: readonly number[];
    readonly protocol?: ConnectionProtocol;
    readonly dataPath?: string;
    readonly guess?: string;
}

export const IMAGE_ENTRIES: readonly ImageEntry[] = (table as { images: ImageEntry[] }).images;

const BY_NAME = new Map<string, ImageEntry>(IMAGE_ENTRIES.flatMap((entry) => entry.match.map((name) => [name, entry] as const)));

/** An image reference split into what matters: `docker.io/library/postgres:16-alpine` → `postgres`, tag `16-alpine`. */
export interface ImageName {
    /** The registry host, when one is written (`mcr.microsoft.com`); Docker Hub's own is dropped. */
    readonly registry?: string;
    /** The repository path, without Docker Hub's `library/`. */
    readonly path: string;
    readonly tag?: string;
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

export function parseImage(reference: string): ImageName | undefined {
    const withoutDigest = reference.trim().split('@')[0];
    const segments = withoutDigest.split('/').filter((segment) => segment !== '');
    if (segments.length === 0) {
        return undefined;
    }
    const last = segments[segments.length - 1];
    const colon = last.lastIndexOf(':');
    const tag = colon > 0 ? last.slice(colon + 1) : undefined;
    segments[segments.length - 1] = colon > 0 ? last.slice(0, colon) : last;
    const hasRegistry = segments.length > 1 && (/[.:]/.test(segments[0]) || segments[0] === 'localhost');
    const registry = hasRegistry ? segments.shift()?.toLowerCase() : undefined;
    if (segments[0] === 'library' && segments.length === 2) {
        segments.shift();
    }
    const path = segments.join('/').toLowerCase();
    return path === '' ? undefined : { registry: registry && !DOCKER_HUB.has(registry) ? registry : undefined, path, tag };
}

/** The table's entry for an image, by registry and path, then by path alone (a mirror of Docker Hub). */
export function imageEntry(reference: string): ImageEntry | undefined {
    const image = parseImage(reference);
    if (!image) {
        return undefined;
    }
    return (image.registry ? BY_NAME.get(`${image.registry}/${image.path}`) : undefined) ?? BY_NAME.get(image.path);
}

/** The entry whose engine this is (to read a default port or protocol for a target the image did not name). */
export function entryOfEngine(engine: string): ImageEntry | undefined {
    return IMAGE_ENTRIES.find((entry) => entry.engine === engine);
}

/** The protocol a port speaks, when the table knows one image listening there. */
export function protocolOfPort(port: number): ConnectionProtocol | undefined {
    const entries = IMAGE_ENTRIES.filter((entry) => entry.ports?.includes(port) && entry.protocol !== undefined);
    const protocols = new Set(entries.map((entry) => entry.protocol));
    return protocols.size === 1 ? entries[0].protocol : WELL_KNOWN_PORTS.get(port);
}

const WELL_KNOWN_PORTS = new Map<number, ConnectionProtocol>([[80, 'http'], [8080, 'http'], [443, 'https'], [8443, 'https'], [25, 'smtp'], [587, 'smtp'], [1025, 'smtp']]);
