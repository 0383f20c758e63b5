/** How each kind is drawn (language.md's table), with Mermaid's shape names. */
import type { ComponentKind } from '../model/design.js';

export interface KindShape {
    readonly shape: string;
    /** A class drawing the border dashed (externals, caches). */
    readonly dashed?: boolean;
}

export const KIND_SHAPES: Readonly<Record<ComponentKind, KindShape>> = {
    client: { shape: 'stadium' },
    external: { shape: 'rect', dashed: true },
    dns: { shape: 'circle' },
    cdn: { shape: 'trap-t' },
    loadbalancer: { shape: 'hex' },
    gateway: { shape: 'hex' },
    service: { shape: 'rect' },
    worker: { shape: 'procs' },
    function: { shape: 'rounded' },
    database: { shape: 'cyl' },
    cache: { shape: 'cyl', dashed: true },
    queue: { shape: 'subproc' },
    storage: { shape: 'lin-cyl' },
    search: { shape: 'cyl' },
    coordinator: { shape: 'diam' },
    idp: { shape: 'rect' },
    monitoring: { shape: 'rect' },
    logging: { shape: 'rect' }
};
