import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './celebrity-fanout.js';

const POSTS = 'service Posts\nworker Fanout\ndatabase Feeds { engine: redis }\nPosts -> Fanout : async\n';

testRule(rule, {
    valid: [
        { name: 'an even fan-out', design: `${POSTS}Fanout -> Feeds { access: writes, fanout: 300, skew: low }` },
        { name: 'no skew at all', design: `${POSTS}Fanout -> Feeds { access: writes, fanout: 300, skew: none }` },
        { name: 'one write per item is no fan-out', design: `${POSTS}Fanout -> Feeds { access: writes, fanout: 1, skew: high }` },
        { name: 'a worker that writes without reading a follow graph', design: `${POSTS}database Users { model: document }\nFanout -> Users : reads\nFanout -> Feeds : writes` },
        { name: 'a write that says nothing of followers', design: `${POSTS}Fanout -> Feeds : writes "new posts"` },
        { name: 'a read of the followers is not a write per follower', design: `${POSTS}Fanout -> Feeds : reads "each follower's feed"` },
        { name: 'fan-out said in words, with an even skew stated', design: `${POSTS}Fanout -> Feeds : writes "push to followers' feeds" { skew: low }` },
        { name: 'a reader of a graph that writes nothing (fan-out on read)', design: 'client U\nservice Feed\ndatabase Graph { model: graph }\ndatabase Posts\nU -> Feed\nFeed -> Graph : reads\nFeed -> Posts : reads' }
    ],
    invalid: [
        {
            name: 'a write whose words say it copies each item to every follower\'s feed: a question on the skew',
            design: `${POSTS}Fanout -> Feeds : writes "fan-out of new photos to followers' feeds"`,
            findings: [{ element: 'Fanout', severity: 'info', messageId: 'words', message: 'worker Fanout writes Feeds once per follower ("fan-out of new photos to followers\' feeds"): follower counts are usually skewed, so one item from an account with millions of followers means millions of writes. How are the largest accounts handled (a hybrid that merges them at read time)? State `skew` and `fanout` on Fanout -> Feeds to settle it.' }]
        },
        {
            name: 'a stated skewed fan-out',
            design: `${POSTS}Fanout -> Feeds { access: writes, fanout: 200, skew: high }`,
            findings: [{ element: 'Fanout', severity: 'warning', messageId: 'skewed', message: 'worker Fanout fans out each write to Feeds (200 writes per item on average), and the targets are skewed (skew: high): one item from a source with millions of followers means millions of writes, a hot key that delays everyone\'s feed. Fan out on write for most sources and merge the largest at read time.' }]
        },
        {
            name: 'a stated fan-out with no skew stated: a question',
            design: `${POSTS}Fanout -> Feeds { access: writes, fanout: 200 }`,
            findings: [{ element: 'Fanout', severity: 'info', messageId: 'unknownSkew', message: 'worker Fanout fans out each write to Feeds (200 writes per item on average): how skewed are the targets? If a few sources have millions of followers, one item from them means millions of writes; state `skew` on Fanout -> Feeds to settle it.' }]
        },
        {
            name: 'a worker that reads the follow graph and writes each follower\'s feed',
            design: `${POSTS}database Follows { model: graph }\nFanout -> Follows : reads\nFanout -> Feeds : writes`,
            findings: [{ element: 'Fanout', severity: 'info', messageId: 'graph', message: 'worker Fanout reads the follow graph Follows and writes to Feeds once per follower: follower counts are usually skewed, so one item from an account with millions of followers means millions of writes. How are the largest accounts handled (a hybrid that merges them at read time)? State `skew` and `fanout` on Fanout -> Feeds to settle it.' }]
        }
    ]
});

describe('scale/celebrity-fanout basis', () => {
    it('assumes the skew when it is not stated, naming `skew`', async () => {
        const [finding] = await runRule(rule, `${POSTS}database Follows { model: graph }\nFanout -> Follows : reads\nFanout -> Feeds : writes`);
        expect(finding.basis).to.equal('assumed');
        expect(finding.assumptions?.map((assumption) => assumption.settle)).to.deep.equal(['skew']);
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['Fanout -> Feeds: the fan-out writes', 'Fanout -> Follows: the followers it fans out to']);
    });
});
