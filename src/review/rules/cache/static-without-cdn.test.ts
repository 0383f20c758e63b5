import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './static-without-cdn.js';

testRule(rule, {
    valid: [
        { name: 'regression (field corpus, round 28): media each user downloads with presigned URLs is private, not shared static content', design: 'client Browser\nstorage Media { engine: minio }\nBrowser -> Media : http, reads "media downloads with presigned URLs"' },
        { name: 'regression (field corpus, round 28): a user reading their own objects with scoped cloud credentials', design: 'client Factory\nstorage Images { engine: s3 }\nFactory -> Images : https, reads "event images (identity pool role)" { auth: iam }' },
        { name: 'a download signed per request (auth: token)', design: 'client App\nstorage Chunks { engine: s3 }\nApp -> Chunks : https, reads { auth: token }' },
        { name: 'regression: a reference sample\'s dashboard files read straight from S3 are not asked for a CDN (production polish)', design: 'requirements { purpose: sample }\nclient Web\nstorage Site { engine: s3 }\nWeb -> Site : https, reads' },
        { name: 'a CDN in front', design: 'client Web\ncdn Edge { engine: cloudfront }\nstorage Photos { engine: s3 }\nWeb -> Edge -> Photos : https' },
        { name: 'storage read through a service', design: 'client Mobile\nservice Web\nstorage Photos { engine: s3 }\nMobile -> Web : https\nWeb -> Photos : https' },
        { name: 'uploads only', design: 'client Web\nstorage Uploads { engine: s3 }\nWeb -> Uploads : https, writes' },
        { name: 'a client reading a database is another rule\'s concern', design: 'client Web\ndatabase Db\nWeb -> Db : sql' }
    ],
    invalid: [
        {
            name: 'a client reading a bucket with an API key shared by every user still reads shared content',
            design: 'client Web\nstorage Photos { engine: s3 }\nWeb -> Photos : https, reads "catalogue photos" { auth: api_key }',
            findings: [{ element: 'Photos', message: 'client Web reads storage Photos directly, with no CDN in front: every download comes from the bucket\'s region, far from most users, and pays its full egress and latency.' }]
        },
        {
            name: 'a client reading a bucket directly',
            design: 'client Web\nstorage Photos { engine: s3 }\nWeb -> Photos : https',
            findings: [{ element: 'Photos', messageId: 'direct', severity: 'info', message: 'client Web reads storage Photos directly, with no CDN in front: every download comes from the bucket\'s region, far from most users, and pays its full egress and latency.' }]
        },
        {
            name: 'a direct link next to a CDN',
            design: 'client Web\nclient Mobile\ncdn Edge { engine: cloudfront }\nstorage Photos { engine: s3 }\nWeb -> Edge -> Photos : https\nMobile -> Photos : https, reads',
            findings: [{ element: 'Photos', message: 'client Mobile reads storage Photos directly, with no CDN in front: every download comes from the bucket\'s region, far from most users, and pays its full egress and latency.' }]
        },
        {
            name: 'several clients, one finding',
            design: 'client Web\nclient Mobile\nstorage Assets { engine: gcs }\nWeb -> Assets : https\nMobile -> Assets : https, reads, writes',
            findings: [{ element: 'Assets', message: 'client Web and client Mobile read storage Assets directly, with no CDN in front: every download comes from the bucket\'s region, far from most users, and pays its full egress and latency.' }]
        }
    ]
});

describe('cache/static-without-cdn quick fix', () => {
    it('inserts CloudFront in front of S3', async () => {
        const [finding] = await runRule(rule, 'client Web\nclient Mobile\nstorage Photos { engine: s3 }\nWeb -> Photos : https\nMobile -> Photos : https, writes\nMobile -> Photos : https, reads');
        expect(finding.fix?.kind).to.equal('insert-between');
        if (finding.fix?.kind === 'insert-between') {
            expect(finding.fix.component).to.deep.equal({ kind: 'cdn', name: 'PhotosCdn', properties: [{ key: 'engine', value: 'cloudfront' }] });
            expect(finding.fix.connections).to.have.length(2);
            expect(finding.fix.connections.every((connection) => connection.access !== 'writes')).to.equal(true);
        }
    });

    it('inserts Cloudflare in front of other storage', async () => {
        const [finding] = await runRule(rule, 'client Web\nstorage Assets { engine: gcs }\nWeb -> Assets : https');
        expect(finding.fix).to.deep.include({ kind: 'insert-between', component: { kind: 'cdn', name: 'AssetsCdn', properties: [{ key: 'engine', value: 'cloudflare' }] } });
    });
});
