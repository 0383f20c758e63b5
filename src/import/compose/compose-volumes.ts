/**
 * What a Compose service mounts, and whether it outlives the container: a
 * named volume or a host folder does; an anonymous volume is replaced with
 * the container by `docker compose down` and `up`, and a tmpfs is memory.
 */
import type { Provenance } from '../imported-system.js';
import type { ComposeService } from './compose-project.js';

export interface Mount {
    readonly target: string;
    readonly type: 'volume' | 'bind' | 'anonymous volume' | 'tmpfs';
    readonly persistent: boolean;
    readonly from: Provenance;
}

export function mountsOf(service: ComposeService): Mount[] {
    const mounts = service.list('volumes').flatMap((item): Mount[] => {
        const reader = item.layer.reader;
        if (reader.isMap(item.value)) {
            const target = reader.text(reader.get(item.value, 'target'));
            const type = reader.text(reader.get(item.value, 'type')) ?? 'volume';
            const source = reader.text(reader.get(item.value, 'source'));
            return target === undefined ? [] : [mount(normalise(target), type === 'tmpfs' ? 'tmpfs' : type === 'bind' ? 'bind' : source ? 'volume' : 'anonymous volume', item.from)];
        }
        const parts = (reader.text(item.value) ?? '').split(':');
        if (parts.length === 1) {
            return parts[0] === '' ? [] : [mount(normalise(parts[0]), 'anonymous volume', item.from)];
        }
        const source = parts[0];
        const bind = source.startsWith('.') || source.startsWith('/') || source.startsWith('~') || source.startsWith('$');
        return [mount(normalise(parts[1]), bind ? 'bind' : 'volume', item.from)];
    });
    const tmpfs = service.list('tmpfs').map((item) => mount(normalise((item.layer.reader.text(item.value) ?? '').split(':')[0]), 'tmpfs', item.from));
    return [...mounts, ...tmpfs];
}

function mount(target: string, type: Mount['type'], from: Provenance): Mount {
    return { target, type, persistent: type === 'volume' || type === 'bind', from };
}

function normalise(target: string): string {
    return target.length > 1 ? target.replace(/\/+$/, '') : target;
}
