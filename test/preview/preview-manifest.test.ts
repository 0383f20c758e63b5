/** The preview's contributions in package.json match what the extension registers and ships. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, PREVIEW_SETTING_KEYS, PREVIEW_SETTING_SECTION, PREVIEW_VIEW_TYPE } from '../../src/extension/identifiers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Manifest {
    files: string[];
    activationEvents: string[];
    contributes: {
        commands: { command: string; title: string; icon?: string }[];
        menus: Record<string, { command: string; when?: string; group?: string }[]>;
        keybindings: { command: string; key: string; mac?: string; when?: string }[];
        configuration: { properties: Record<string, { type: string; default?: unknown; enum?: string[] }> };
    };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

describe('preview manifest (package.json)', () => {
    it('contributes the preview and export commands, with the preview icon from the product icon font', () => {
        const titles = new Map(manifest.contributes.commands.map((command) => [command.command, command]));
        expect(titles.get(COMMANDS.openPreview)?.title).to.equal('Open Preview');
        expect(titles.get(COMMANDS.openPreviewToSide)?.title).to.equal('Open Preview to the Side');
        expect(titles.get(COMMANDS.openPreviewToSide)?.icon).to.equal('$(open-preview)');
        for (const id of [COMMANDS.exportDiagramMermaid, COMMANDS.exportDiagramMarkdown, COMMANDS.exportDiagramSvg]) {
            expect(titles.has(id), id).to.equal(true);
        }
    });

    it('puts the preview button on the title of .arch editors only', () => {
        const button = manifest.contributes.menus['editor/title']?.find((item) => item.command === COMMANDS.openPreviewToSide);
        expect(button).to.deep.include({ when: 'editorLangId == arch', group: 'navigation' });
    });

    it('binds the keys of the Markdown preview, in .arch editors only', () => {
        const keys = new Map(manifest.contributes.keybindings.map((binding) => [binding.command, binding]));
        expect(keys.get(COMMANDS.openPreview)).to.deep.include({ key: 'ctrl+shift+v', mac: 'cmd+shift+v' });
        expect(keys.get(COMMANDS.openPreviewToSide)).to.deep.include({ key: 'ctrl+k v', mac: 'cmd+k v' });
        for (const binding of manifest.contributes.keybindings) {
            expect(binding.when).to.match(/^editorLangId == arch\b/);
        }
    });

    it('declares the preview settings with their defaults', () => {
        const setting = (key: string): { type: string; default?: unknown; enum?: string[] } | undefined => manifest.contributes.configuration.properties[`${PREVIEW_SETTING_SECTION}.${key}`];
        expect(setting(PREVIEW_SETTING_KEYS.direction)).to.deep.include({ type: 'string', default: 'LR', enum: ['LR', 'TB'] });
        expect(setting(PREVIEW_SETTING_KEYS.overlay)).to.deep.include({ type: 'boolean', default: true });
        expect(setting(PREVIEW_SETTING_KEYS.maxNodes)).to.deep.include({ type: 'number', default: 150 });
    });

    it('activates to restore a preview after a reload', () => {
        expect(manifest.activationEvents).to.include(`onWebviewPanel:${PREVIEW_VIEW_TYPE}`);
    });

    it('packages the webview script, its stylesheet and the bundled Mermaid, and no source map', () => {
        for (const file of ['media/preview.js', 'media/preview.css', 'media/mermaid.min.js']) {
            expect(manifest.files, file).to.include(file);
            expect(fs.existsSync(path.join(ROOT, file)), `${file} (run node scripts/bundle.mjs)`).to.equal(true);
        }
        expect(manifest.files.filter((file) => file.startsWith('media/') && file.endsWith('.map'))).to.deep.equal([]);
    });

    it('ships a webview script that loads nothing (it is one classic script, with Mermaid beside it)', () => {
        const script = fs.readFileSync(path.join(ROOT, 'media/preview.js'), 'utf8');
        expect(script).not.to.match(/\bimport\s*\(|\brequire\(|\bfetch\(|XMLHttpRequest|\beval\(|new Function\(/);
    });
});
