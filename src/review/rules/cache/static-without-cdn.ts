import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { readsData } from '../../helpers/caching.js';
import { describe } from '../../../model/component-facts.js';
import { listOf } from '../../helpers/wording.js';
import { linkDescribedAs } from '../../helpers/stated-in-words.js';

/** The CDN the quick fix proposes for a storage engine; Cloudflare works in front of any origin. */
const CDN_FOR_STORAGE: Readonly<Record<string, string>> = { s3: 'cloudfront' };
const ANY_ORIGIN_CDN = 'cloudflare';

export default defineRule({
    meta: {
        id: 'cache/static-without-cdn',
        section: 'caching',
        practice: true,
        severity: 'info',
        description: 'Clients read from object storage directly, with no CDN in front.',
        rationale: 'Images, video, scripts and downloads served straight from a bucket travel from one region to every user: far-away users wait, every byte is billed as egress from the region, and a popular object hits the bucket\'s request limits. A CDN caches them at edge locations near the users, usually at a lower price per byte, and shields the bucket.',
        question: 'How do users far from the region of {element} get its files quickly, and what does the egress cost?',
        messages: {
            direct: '{clients} {verb} {what} directly, with no CDN in front: every download comes from the bucket\'s region, far from most users, and pays its full egress and latency.'
        },
        fix: 'Inserts a `cdn` (CloudFront in front of S3, Cloudflare otherwise) between the clients and the storage.',
        references: ['Amazon CloudFront Developer Guide: Use an Amazon S3 bucket as the origin'],
        quality: {
            grouping: 'One finding per storage, listing the client connections that bypass a CDN, with one fix rerouting them all.',
            basis: 'Stated: the client-to-storage connections and their `access`.',
            unknowns: 'Reads through a service and upload-only connections are not judged, nor is a design not for production (`purpose`: a demo, sample, benchmark, proof of concept or teaching example), where a CDN is production polish rather than a flaw in what it shows.',
            severity: 'Info: a performance question. On 85 tuning designs 2 findings, none raised: a reference sample\'s few dashboard files served from S3 (noise: a CDN is production polish there, no longer asked) and a file-sync design whose source rejects a CDN because each user downloads only their own chunks (wrong; the language cannot state that rejection yet).'
        },
        decisions: [
            'Only direct connections from a `client` count; storage read through a service is that service\'s business (and the service may sign, resize or filter).',
            'A connection that only writes (`access: writes`, e.g. uploads with presigned URLs) is not flagged: a CDN does not speed up uploads much.',
            'A read each user is authorised for on their own (`auth: token` for pre-signed URLs, `auth: iam` for scoped cloud credentials, or a label naming pre-signed or signed URLs) is not flagged: it reaches private objects their owners read (a user\'s own file chunks, a team\'s trace media, a factory\'s event images), which a shared edge cache neither holds for others nor serves without the same signature (round 28: all three such findings on the field corpus were judged wrong).',
            'A CDN elsewhere in front of the same storage does not excuse a client link that bypasses it; the quick fix reroutes every direct read through one new CDN.',
            'A practice rule (`practice: true`): a design whose `purpose` is not production is not asked, since serving its static files through a CDN is one of the production practices such designs are not judged for.'
        ],
        examples: {
            flagged: 'client Web\nstorage Photos { engine: s3 }\nWeb -> Photos : https, reads',
            fixed: 'client Web\ncdn Edge { engine: cloudfront }\nstorage Photos { engine: s3 }\nWeb -> Edge -> Photos : https, reads'
        }
    },
    check({ index, report }) {
        for (const storage of index.ofKind('storage')) {
            const direct = storage.foreign ? [] : index.incoming(storage).filter(isClientRead);
            if (direct.length === 0) {
                continue;
            }
            const clients = [...new Set(direct.map((connection) => connection.source))];
            report({
                on: storage,
                messageId: 'direct',
                data: { clients: listOf(clients), verb: clients.length === 1 ? 'reads' : 'read', what: describe(storage) },
                related: direct.map((connection) => ({ on: connection, message: `${connection.source.name} reads ${storage.name} without a CDN` })),
                fix: {
                    kind: 'insert-between',
                    title: `Serve ${storage.name} through a CDN`,
                    component: { kind: 'cdn', name: `${storage.name}Cdn`, properties: [{ key: 'engine', value: cdnEngineFor(storage) }] },
                    connections: direct
                }
            });
        }
    }
});

function isClientRead(connection: Connection): boolean {
    return connection.source.kind === 'client' && readsData(connection) && !authorisedPerUser(connection);
}

/** Words naming a URL signed for one request: a pre-signed or signed download. */
const SIGNED_URL_WORDS = /\b(pre-?signed|signed) (urls?|downloads?|links?)\b/i;

/**
 * A read each user is authorised for on their own (`auth: token` for a
 * pre-signed URL, `auth: iam` for scoped cloud credentials, or words naming
 * a pre-signed URL): private objects read by their owners, which a shared
 * edge cache would neither hold for anyone else nor serve without the same
 * signature. A CDN is the question for content many people read alike.
 */
function authorisedPerUser(connection: Connection): boolean {
    const scheme = connection.properties.string('auth');
    return scheme === 'token' || scheme === 'iam' || linkDescribedAs(connection, SIGNED_URL_WORDS);
}

function cdnEngineFor(storage: Component): string {
    return CDN_FOR_STORAGE[storage.engine?.id.toLowerCase() ?? ''] ?? ANY_ORIGIN_CDN;
}
