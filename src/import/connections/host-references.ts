/**
 * Which other service an environment value names, and how it is spoken to:
 * `postgres://app@db:5432/shop` names `db` over SQL, `CART_ADDR=cart:7070`
 * names `cart`, `REDIS_HOST=redis` names `redis`. Only evidence counts: a
 * bare word names a service only under a key that holds a host, so that
 * `PROFILE=docker` never connects to a service called `docker`.
 */
import type { ConnectionProtocol } from '../../model/design.js';

export interface HostReference {
    /** The host as written (`db`, `cart.shop.svc.cluster.local`). */
    readonly host: string;
    readonly port?: number;
    /** From the URL's scheme, when it has one. */
    readonly protocol?: ConnectionProtocol;
}

const SCHEME_PROTOCOLS: Readonly<Record<string, ConnectionProtocol>> = {
    postgres: 'sql', postgresql: 'sql', 'jdbc:postgresql': 'sql', mysql: 'sql', 'jdbc:mysql': 'sql', 'jdbc:mariadb': 'sql', mariadb: 'sql',
    sqlserver: 'sql', 'jdbc:sqlserver': 'sql', 'jdbc:oracle:thin': 'sql', cockroachdb: 'sql',
    redis: 'redis', rediss: 'redis', amqp: 'amqp', amqps: 'amqp', http: 'http', https: 'https', ws: 'ws', wss: 'wss',
    grpc: 'grpc', grpcs: 'grpcs', smtp: 'smtp', smtps: 'smtp', kafka: 'kafka', mongodb: 'tcp', 'mongodb+srv': 'tcp', nats: 'tcp', tcp: 'tcp',
    memcached: 'tcp', zookeeper: 'tcp', cassandra: 'tcp', bolt: 'tcp', neo4j: 'tcp', mqtt: 'tcp'
};

/** Keys whose value is a host (or a list of hosts) even with no port or scheme. */
const HOST_KEY = /(?:HOST|HOSTS|HOSTNAME|SERVER|SERVERS|ADDR|ADDRESS|ENDPOINT|ENDPOINTS|URL|URI|URLS|BROKER|BROKERS|NODES|CONTACT_POINTS|(?:^|_)SERVICE)$/i;

const URL_PATTERN = /^((?:jdbc:)?[a-z][a-z0-9+.:-]*?):\/\/(?:[^@/\s]*@)?(\[[^\]]+\]|[^:/?#,\s]+)(?::(\d{1,5}))?/i;
const HOST_PORT = /^([a-z0-9][a-z0-9._-]*):(\d{1,5})$/i;
const HOST_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/** Every host a value names, comma- or space-separated lists included. */
export function hostReferences(key: string, value: string): HostReference[] {
    const found: HostReference[] = [];
    for (const part of value.split(/[,;\s]+/).filter((item) => item !== '')) {
        const reference = hostOf(key, part);
        if (reference) {
            found.push(reference);
        }
    }
    return found;
}

function hostOf(key: string, value: string): HostReference | undefined {
    const url = URL_PATTERN.exec(value);
    if (url) {
        const scheme = url[1].toLowerCase();
        return { host: url[2].toLowerCase(), port: portOf(url[3]), protocol: SCHEME_PROTOCOLS[scheme] ?? SCHEME_PROTOCOLS[scheme.replace(/^jdbc:/, '')] };
    }
    const hostPort = HOST_PORT.exec(value);
    if (hostPort) {
        return { host: hostPort[1].toLowerCase(), port: portOf(hostPort[2]) };
    }
    return HOST_KEY.test(key) && HOST_NAME.test(value) ? { host: value.toLowerCase() } : undefined;
}

function portOf(text: string | undefined): number | undefined {
    const port = text === undefined ? undefined : Number(text);
    return port !== undefined && port > 0 && port < 65536 ? port : undefined;
}
