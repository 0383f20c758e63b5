import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './write-behind-loss.js';

const WRITER = 'service Api\nApi -> Buffer : writes\n';

testRule(rule, {
    valid: [
        { name: 'write-behind with a replica', design: `${WRITER}cache Buffer { engine: redis, strategy: write_behind, replicas: 2 }` },
        { name: 'write-behind with an autoscale minimum of two', design: `${WRITER}cache Buffer { strategy: write_behind, autoscale: { min: 2, max: 4 } }` },
        { name: 'write-through on one instance', design: `${WRITER}cache Buffer { engine: redis, strategy: write_through }` },
        { name: 'no strategy on one instance', design: `${WRITER}cache Buffer { engine: redis }` }
    ],
    invalid: [
        {
            name: 'write-behind on one instance',
            design: `${WRITER}cache Buffer { engine: redis, strategy: write_behind }`,
            findings: [{ element: 'Buffer', messageId: 'singleCopy', severity: 'warning', message: 'cache Buffer acknowledges writes before they reach the store (strategy: write_behind) and runs one instance: when it fails, every write not yet flushed is lost.' }]
        },
        {
            name: 'persistence to its own disk does not count',
            design: `${WRITER}cache Buffer { engine: redis, strategy: write_behind, persistence: aof, replicas: 1 }`,
            findings: [{ element: 'Buffer', message: 'cache Buffer acknowledges writes before they reach the store (strategy: write_behind) and runs one instance: when it fails, every write not yet flushed is lost.' }]
        },
        {
            name: 'an autoscaler that may scale down to one',
            design: `${WRITER}cache Buffer { strategy: write_behind, autoscale: { min: 1, max: 3 } }`,
            findings: [{ element: 'Buffer', message: 'cache Buffer acknowledges writes before they reach the store (strategy: write_behind) and runs one instance: when it fails, every write not yet flushed is lost.' }]
        }
    ]
});

describe('cache/write-behind-loss quick fix', () => {
    it('adds a replica', async () => {
        const [finding] = await runRule(rule, `${WRITER}cache Buffer { strategy: write_behind }`);
        expect(finding.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'replicas', value: '2' }] });
    });
});
