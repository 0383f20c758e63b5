/**
 * The ports a Compose service publishes on its host, from the short syntax
 * (`"8080:80"`, `"127.0.0.1:5432:5432"`, `"3000"`, `"9090-9091:8080-8081/tcp"`)
 * and the long one (`target`, `published`, `host_ip`). A port published only
 * on the loopback address is reachable from the host alone and is left out.
 */
import type { Provenance } from '../imported-system.js';
import type { ComposeService } from './compose-project.js';

export interface PublishedPort {
    /** The port reached from outside: the host port when one is written, else the container's (Docker picks a host port). */
    readonly value: number;
    readonly container: number;
    /** As written, for messages. */
    readonly text: string;
    readonly from: Provenance;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function publishedPorts(service: ComposeService): PublishedPort[] {
    return service.list('ports').flatMap((item) => {
        const reader = item.layer.reader;
        if (reader.isMap(item.value)) {
            const container = reader.number(reader.get(item.value, 'target'));
            const published = firstPort(reader.text(reader.get(item.value, 'published')));
            const hostIp = reader.text(reader.get(item.value, 'host_ip'));
            return container === undefined || (hostIp !== undefined && LOOPBACK.has(hostIp)) ? [] : [{ value: published ?? container, container, text: `${published ?? ''}:${container}`, from: item.from }];
        }
        const text = reader.text(item.value);
        const port = text === undefined ? undefined : parseShort(text);
        return port && !port.loopback ? [{ value: port.host ?? port.container, container: port.container, text: text ?? '', from: item.from }] : [];
    });
}

function parseShort(text: string): { host?: number; container: number; loopback: boolean } | undefined {
    const withoutProtocol = text.trim().replace(/\/(tcp|udp|sctp)$/i, '');
    const ipv6 = /^\[([^\]]+)\]:(.*)$/.exec(withoutProtocol);
    const parts = ipv6 ? [ipv6[1], ...ipv6[2].split(':')] : withoutProtocol.split(':');
    const container = firstPort(parts[parts.length - 1]);
    if (container === undefined) {
        return undefined;
    }
    const host = parts.length >= 2 ? firstPort(parts[parts.length - 2]) : undefined;
    const ip = parts.length >= 3 ? parts.slice(0, parts.length - 2).join(':') : undefined;
    return { host, container, loopback: ip !== undefined && LOOPBACK.has(ip) };
}

/** `8080`, or the first of a range `8080-8085`. */
function firstPort(text: string | undefined): number | undefined {
    const match = text === undefined ? null : /^(\d{1,5})(?:-\d{1,5})?$/.exec(text.trim());
    const port = match ? Number(match[1]) : undefined;
    return port !== undefined && port > 0 && port < 65536 ? port : undefined;
}
