/**
 * What a design states in words where the language has no property for it
 * yet: a component's title or `description` ("OpenTelemetry logs, metrics,
 * traces"; "crawls product pages"). Rules read these only for a role the
 * words name outright, never to guess at one.
 */
import type { Component, Connection } from '../../model/design.js';

/** The component's name (`PageCrawler` read as `Page Crawler`), title and description, for matching whole words. */
export function wordsOf(component: Component): string {
    const name = component.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
    return [name, component.title ?? '', component.properties.string('description') ?? ''].join(' ');
}

/** A connection's label or `description` names what it is for (`pattern` should match whole words). */
export function linkDescribedAs(connection: Connection, pattern: RegExp): boolean {
    return pattern.test(`${connection.label ?? ''} ${connection.properties.string('description') ?? ''}`);
}

/** The name, title or description names the role (`pattern` should match whole words). */
export function describedAs(component: Component, pattern: RegExp): boolean {
    return pattern.test(wordsOf(component));
}
