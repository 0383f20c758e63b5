/** Reading YAML with positions, and refusing what is hostile or not YAML yet, with a positioned message. */
import { expect } from 'chai';
import { parseYaml, MAX_YAML_DEPTH } from '../../src/import/yaml/yaml-source.js';
import { YamlReader } from '../../src/import/yaml/yaml-nodes.js';

const URI = 'file:///w/compose.yaml';

describe('YAML with positions', () => {
    it('keeps the line and column of every node', () => {
        const file = parseYaml('services:\n  db:\n    image: postgres:16\n', URI);
        const reader = new YamlReader(file.documents[0]);
        const image = reader.get(reader.get(reader.get(file.documents[0].contents, 'services'), 'db'), 'image');
        expect(reader.text(image)).to.equal('postgres:16');
        const range = image?.range ?? [0, 0];
        expect(file.rangeOf(range[0], range[1])).to.deep.equal({ start: { line: 2, character: 11 }, end: { line: 2, character: 22 } });
    });

    it('gives a merge key\'s entries below the map\'s own, and follows aliases', () => {
        const file = parseYaml('x: &base\n  image: redis\n  restart: always\ny:\n  <<: *base\n  image: valkey/valkey\nz: *base\n', URI);
        const reader = new YamlReader(file.documents[0]);
        const root = file.documents[0].contents;
        expect(reader.entries(reader.get(root, 'y')).map((entry) => [entry.key, reader.text(entry.value)])).to.deep.equal([['image', 'valkey/valkey'], ['restart', 'always']]);
        expect(reader.text(reader.get(reader.get(root, 'z'), 'image'))).to.equal('redis');
    });

    it('reports invalid YAML at its place, and a duplicate key', () => {
        const broken = parseYaml('services:\n  db:\n    image: [postgres\n', URI);
        expect(broken.documents).to.have.length(0);
        expect(broken.problems[0].message).to.match(/^Not valid YAML: /);
        const duplicate = parseYaml('services:\n  db: {}\n  db: {}\n', URI);
        expect(duplicate.problems).to.have.length(1);
        expect(duplicate.problems[0].range.start.line).to.equal(2);
    });

    it('refuses an unrendered template with the place of its first `{{`', () => {
        const file = parseYaml('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\n', URI);
        expect(file.documents).to.have.length(0);
        expect(file.problems[0].message).to.contain('template that was not rendered');
        expect(file.problems[0].range.start).to.deep.equal({ line: 3, character: 8 });
        expect(parseYaml('# {{ in a comment }}\nname: "a {{ b"\n', URI).problems).to.have.length(0);
    });

    it(`refuses nesting deeper than ${MAX_YAML_DEPTH} levels without a stack overflow`, () => {
        const deep = `${'['.repeat(5000)}${']'.repeat(5000)}\n`;
        const file = parseYaml(deep, URI);
        expect(file.documents).to.have.length(0);
        expect(file.problems[0].message).to.contain('nested more than');
    });
});
