import { expect } from 'chai';
import { parseSuppressionComment } from '../../src/language/suppression-comments.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('suppression comments', () => {
    it('reads next-line directives with rules and a reason', () => {
        expect(parseSuppressionComment('// archlens-disable-next-line avail/single-point-of-failure -- RDS Multi-AZ handles failover')).to.deep.equal({
            scope: 'next-line', rules: ['avail/single-point-of-failure'], reason: 'RDS Multi-AZ handles failover'
        });
    });

    it('reads several rules separated by commas or spaces, and file-wide directives', () => {
        expect(parseSuppressionComment('// archlens-disable sec/no-waf, sec/no-mfa')).to.deep.equal({
            scope: 'file', rules: ['sec/no-waf', 'sec/no-mfa'], reason: undefined
        });
        expect(parseSuppressionComment('/* archlens-disable-next-line a/b c/d -- why */')).to.deep.equal({
            scope: 'next-line', rules: ['a/b', 'c/d'], reason: 'why'
        });
    });

    it('treats a directive naming no rule as every rule, and ignores other comments', () => {
        expect(parseSuppressionComment('// archlens-disable-next-line -- legacy')).to.deep.equal({ scope: 'next-line', rules: [], reason: 'legacy' });
        expect(parseSuppressionComment('// archlens-disabled foo')).to.equal(undefined);
        expect(parseSuppressionComment('// see archlens-disable docs')).to.equal(undefined);
    });

    it('collects suppressions into the design with the line they apply to', async () => {
        const text = `// archlens-disable observe/no-monitoring -- metrics live in another design
architecture S {
  // archlens-disable-next-line avail/single-point-of-failure -- managed failover

  // a note between the directive and the element
  /* and a block comment */
  database Users { engine: mysql }
  service Api "a // not a comment"
}`;
        const design = (await buildWorkspace(text)).design('S');
        expect(design.suppressions.map((suppression) => ({ scope: suppression.scope, rules: suppression.rules, reason: suppression.reason, line: suppression.targetLine }))).to.deep.equal([
            { scope: 'file', rules: ['observe/no-monitoring'], reason: 'metrics live in another design', line: undefined },
            { scope: 'next-line', rules: ['avail/single-point-of-failure'], reason: 'managed failover', line: 6 }
        ]);
        expect(design.suppressions[1].range.start).to.deep.equal({ line: 2, character: 2 });
    });
});
