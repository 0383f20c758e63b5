import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarUtils } from 'langium';
import { firstNodeForProperty } from '../../src/language/first-node-for-property.js';
import { buildWorkspace } from '../helpers/workspace.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../samples/chat.arch');

describe('firstNodeForProperty', () => {
    it("finds the node Langium's findNodeForProperty finds, for every node and property of a sample", async () => {
        const workspace = await buildWorkspace(fs.readFileSync(SAMPLE, 'utf8'));
        let compared = 0;
        for (const node of AstUtils.streamAst(workspace.documents[0].parseResult.value)) {
            for (const property of ['name', 'key', 'kind', 'words', 'target', 'label', 'nope']) {
                expect(firstNodeForProperty(node.$cstNode, property), `${node.$type}.${property}`).to.equal(GrammarUtils.findNodeForProperty(node.$cstNode, property));
                compared += firstNodeForProperty(node.$cstNode, property) ? 1 : 0;
            }
        }
        expect(compared).to.be.greaterThan(200);
    });
});
