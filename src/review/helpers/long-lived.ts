/**
 * Connections the caller keeps open for as long as it runs: a WebSocket, or
 * any connection stated `persistent: true` (a push socket over TCP, MQTT,
 * XMPP, a firehose subscription). Shared by the rules that ask what happens
 * when the holders drop them (reconnect storms, sticky state) and those that
 * do not judge them as request/response calls (timeouts).
 */
import type { Connection } from '../../model/design.js';

const LONG_LIVED_PROTOCOLS: ReadonlySet<string> = new Set(['ws', 'wss']);

export function isLongLived(connection: Connection): boolean {
    return LONG_LIVED_PROTOCOLS.has(connection.protocol ?? '') || connection.properties.boolean('persistent') === true;
}
