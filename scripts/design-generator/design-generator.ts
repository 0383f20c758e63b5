/**
 * Generates realistic designs of any size for benchmarks and scale tests:
 * systems of about ten components (gateway, services, stores, cache, queue,
 * worker) inside private networks, shared edge components, every kind
 * present, about 1.5 connections per component.
 */

export interface GeneratedDesign {
    /** File name → text. One file unless `files` > 1 (blocks of one design). */
    readonly files: ReadonlyMap<string, string>;
    readonly components: number;
    readonly connections: number;
}

export interface GeneratorOptions {
    readonly components: number;
    readonly files?: number;
    readonly name?: string;
}

export const EDGE = `  client Users "Web and mobile users"
  client Partners { human: false }
  external Payments { sla: 99.95% }
  dns Dns { engine: route53 }
  cdn Edge { engine: cloudfront, hit_ratio: 60%, waf: true }
  loadbalancer Lb { engine: alb, zones: 3, rate_limit: 20k }
  idp Login { engine: auth0 }
  coordinator Locks { engine: etcd, replicas: 3, zones: 3, fencing: true }
  monitoring Metrics { engine: prometheus, alerts: pagerduty }
  logging Logs { engine: loki }
  Users -> Dns : https
  Users -> Edge : https
  Partners -> Edge : https
  Edge -> Lb : https
`;
export const EDGE_COMPONENTS = 10;
export const EDGE_CONNECTIONS = 4;

/** A call from `caller` to the edge components no system calls (the generated systems call Login and Locks themselves). */
export function paymentsCall(caller: string): string {
    return `  ${caller} -> Payments : https\n`;
}

/** The declarations and connections of one system, unindented, to wrap in groups. */
export interface SystemParts {
    readonly components: readonly string[];
    readonly connections: readonly string[];
    /** The connection into the system from the load balancer. */
    readonly entry: string;
}

/** One system: 10 components, 15 connections (one into the system from the load balancer). */
export function systemParts(index: number): SystemParts {
    const s = `S${index}`;
    return {
        components: [
            `gateway ${s}Gw { engine: envoy, replicas: 2, zones: 2, auth: jwt, rate_limit: 2k }`,
            `service ${s}Api { replicas: 3, zones: 3, stateless: true, capacity_rps: 2k, timeout: 2s`,
            `  -> ${s}Db : sql, tls, reads, writes`,
            `  -> ${s}Cache : redis, tls, reads`,
            `  -> ${s}Events : kafka, tls, async`,
            '}',
            `service ${s}Query { replicas: 2, zones: 2, autoscale: { min: 2, max: 10, metric: cpu } }`,
            `worker ${s}Worker { replicas: 2, zones: 2, idempotent: true }`,
            `function ${s}Thumb { engine: lambda }`,
            `database ${s}Db { engine: postgres, replicas: 3, zones: 3, failover: auto, backup: { mode: pitr, offsite: true }, encryption: at_rest }`,
            `cache ${s}Cache { engine: redis, replicas: 2, eviction: lru, ttl: 10m, hit_ratio: 80% }`,
            `queue ${s}Events { engine: kafka, partitions: 12, replicas: 3, dlq: true }`,
            `storage ${s}Blobs { engine: s3 }`,
            `search ${s}Index { engine: opensearch, replicas: 2 }`
        ],
        connections: [
            `${s}Gw -> ${s}Api : grpcs`,
            `${s}Gw -> ${s}Query : grpcs`,
            `${s}Query -> ${s}Index : https, reads`,
            `${s}Query -> ${s}Cache : redis, tls, reads`,
            `${s}Events -> ${s}Worker : kafka, tls`,
            `${s}Worker -> ${s}Index : https, writes`,
            `${s}Worker -> ${s}Blobs : https, writes`,
            `${s}Worker -> ${s}Thumb : https`,
            `${s}Thumb -> ${s}Blobs : https, reads, writes`,
            `${s}Api -> Login : https`,
            `${s}Api -> Locks : grpcs, lock`
        ],
        entry: `Lb -> ${s}Gw : https`
    };
}

/** Lines indented by `depth` levels of two spaces, each ending in a newline. */
export function indented(lines: readonly string[], depth: number): string {
    const indent = '  '.repeat(depth);
    return lines.map((line) => `${indent}${line}\n`).join('');
}

function system(index: number): string {
    const parts = systemParts(index);
    const s = `S${index}`;
    return `  system ${s}Sys {\n    network ${s}Net {\n${indented(parts.components, 3)}    }\n${indented(parts.connections, 2)}  }\n${indented([parts.entry], 1)}`;
}
export const SYSTEM_COMPONENTS = 10;
export const SYSTEM_CONNECTIONS = 15;

export const SETTINGS = `  requirements { peak_rps: 50k, read_ratio: 20, availability: 99.95%, latency_p99: 300ms }
  deployment { pipeline: github_actions, tests: [unit, integration, e2e], strategy: canary, rollback: automatic, regions: [us_east, us_west], mode: active_passive, rto: 15m, rpo: 1m }
  operations { tracing: opentelemetry, apm: datadog }
  testing { load: true, spike: true }
  security { mfa: true, secrets: vault, waf: true }
`;

/** How many ten-component systems a design of about `components` components holds. */
export function systemCount(components: number): number {
    return Math.max(1, Math.round((components - EDGE_COMPONENTS) / SYSTEM_COMPONENTS));
}

export function generateDesign(options: GeneratorOptions): GeneratedDesign {
    const name = options.name ?? 'Generated';
    const systems = systemCount(options.components);
    const fileCount = Math.max(1, Math.min(options.files ?? 1, systems));
    const bodies: string[][] = Array.from({ length: fileCount }, () => []);
    bodies[0].push(SETTINGS, EDGE, paymentsCall('S0Api'));
    for (let index = 0; index < systems; index++) {
        bodies[index % fileCount].push(system(index));
    }
    const files = new Map<string, string>();
    bodies.forEach((body, index) => {
        const file = fileCount === 1 ? `${name.toLowerCase()}.arch` : `${name.toLowerCase()}-${index + 1}.arch`;
        files.set(file, `// Generated: ${systems} systems.\narchitecture ${name} {\n${body.join('\n')}}\n`);
    });
    return {
        files,
        components: EDGE_COMPONENTS + systems * SYSTEM_COMPONENTS,
        connections: EDGE_CONNECTIONS + 1 + systems * SYSTEM_CONNECTIONS
    };
}
