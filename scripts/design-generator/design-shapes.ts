/**
 * Designs of unusual shape with the component count of the generated design
 * of the same size (the same edge components, then ten components per
 * system): one long chain, dense cycles, one huge group. Each shape stresses
 * what a realistic design does not: deep paths, loops in path searches,
 * one group holding everything.
 */
import {
    EDGE, EDGE_COMPONENTS, EDGE_CONNECTIONS, type GeneratedDesign, indented, paymentsCall, SETTINGS, SYSTEM_COMPONENTS, SYSTEM_CONNECTIONS,
    systemCount, systemParts
} from './design-generator.js';

export const SHAPES = ['chain', 'cycles', 'huge-group'] as const;
export type Shape = typeof SHAPES[number];

const CLUSTER = SYSTEM_COMPONENTS;
/** Each member of a cycle cluster calls the next one and the one three places on. */
const CLUSTER_STEPS = [1, 3];

interface ShapeBody {
    readonly body: string;
    readonly connections: number;
}

/** The edge components a shape's first component calls, so that none is left unconnected. */
function edgeCalls(caller: string): ShapeBody {
    return { body: `${paymentsCall(caller)}  ${caller} -> Login : https\n  ${caller} -> Locks : grpcs, lock\n`, connections: 3 };
}

export function generateShape(shape: Shape, components: number): GeneratedDesign {
    const systems = systemCount(components);
    const name = shapeDesignName(shape);
    const { body, connections } = SHAPE_BODIES[shape](systems);
    const text = `// Generated: ${shape}, ${systems} groups of ${CLUSTER}.\narchitecture ${name} {\n${SETTINGS}${EDGE}${body}}\n`;
    return {
        files: new Map([[`${shape}.arch`, text]]),
        components: EDGE_COMPONENTS + systems * CLUSTER,
        connections: EDGE_CONNECTIONS + connections
    };
}

/** `huge-group` → `HugeGroup`. */
export function shapeDesignName(shape: Shape): string {
    return shape.split('-').map((word) => `${word[0].toUpperCase()}${word.slice(1)}`).join('');
}

const SHAPE_BODIES: Record<Shape, (systems: number) => ShapeBody> = {
    chain: chainBody,
    cycles: cyclesBody,
    'huge-group': hugeGroupBody
};

/** One synchronous chain from the load balancer through every component, ending in a database. */
function chainBody(systems: number): ShapeBody {
    const length = systems * CLUSTER;
    const name = (index: number): string => `C${index}`;
    const declarations = Array.from({ length }, (_, index) => index === length - 1
        ? `database ${name(index)} { engine: postgres, replicas: 2, zones: 2, failover: auto, backup: { mode: pitr, offsite: true } }`
        : `service ${name(index)} { replicas: 2, zones: 2, timeout: 2s }`);
    const links = Array.from({ length: length - 1 }, (_, index) => `${name(index)} -> ${name(index + 1)} : grpcs`);
    const calls = edgeCalls(name(0));
    return { body: indented([...declarations, `Lb -> ${name(0)} : https`, ...links], 1) + calls.body, connections: length + calls.connections };
}

/** Clusters of ten services calling around in two interleaved cycles, the clusters joined in one ring. */
function cyclesBody(systems: number): ShapeBody {
    const name = (cluster: number, member: number): string => `K${cluster}M${member}`;
    const clusters = Array.from({ length: systems }, (_, cluster) => {
        const declarations = Array.from({ length: CLUSTER }, (_, member) => `service ${name(cluster, member)} { replicas: 2, zones: 2, timeout: 2s }`);
        const cycles = Array.from({ length: CLUSTER }, (_, member) => CLUSTER_STEPS.map((step) => `${name(cluster, member)} -> ${name(cluster, (member + step) % CLUSTER)} : grpcs`)).flat();
        const ring = systems > 1 ? [`${name(cluster, 0)} -> ${name((cluster + 1) % systems, 0)} : grpcs`] : [];
        return `  system K${cluster}Sys {\n${indented([...declarations, ...cycles, ...ring], 2)}  }\n${indented([`Lb -> ${name(cluster, 0)} : https`], 1)}`;
    });
    const perCluster = CLUSTER * CLUSTER_STEPS.length + 1 + (systems > 1 ? 1 : 0);
    const calls = edgeCalls(name(0, 0));
    return { body: clusters.join('') + calls.body, connections: systems * perCluster + calls.connections };
}

/** The generated design's systems, all in one system and one network. */
function hugeGroupBody(systems: number): ShapeBody {
    const parts = Array.from({ length: systems }, (_, index) => systemParts(index));
    const declarations = indented(parts.flatMap((part) => part.components), 3);
    const connections = indented(parts.flatMap((part) => part.connections), 2);
    const entries = indented(parts.map((part) => part.entry), 1);
    return { body: `  system Core {\n    network CoreNet {\n${declarations}    }\n${connections}  }\n${entries}${paymentsCall('S0Api')}`, connections: systems * SYSTEM_CONNECTIONS + 1 };
}
