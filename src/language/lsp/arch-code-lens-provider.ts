/**
 * A code lens above each component with its estimate in one line
 * (`≈ 3.96k rps · 20% of capacity · 99.99% available`); the hover on the
 * component shows the derivations. Off with `archlens.estimates.codeLens`.
 */
import { AstUtils, type ConfigurationProvider, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import type { ComponentKind } from '../../model/design.js';
import { estimateLine } from '../../estimates/estimate-text.js';
import type { ArchServices } from '../arch-module.js';
import type { EstimateService } from '../estimate-service.js';
import { isComponent } from '../generated/ast.js';
import { estimateLensEnabled } from '../user-settings.js';

/** Kinds beside the request path: a lens with only their availability would be noise. */
const SIDE_KINDS = new Set<ComponentKind>(['monitoring', 'logging']);

export class ArchCodeLensProvider implements CodeLensProvider {
    private readonly estimates: EstimateService;
    private readonly configuration: ConfigurationProvider;

    constructor(services: ArchServices) {
        this.estimates = services.design.EstimateService;
        this.configuration = services.shared.workspace.ConfigurationProvider;
    }

    async provideCodeLens(document: LangiumDocument): Promise<CodeLens[]> {
        if (!(await estimateLensEnabled(this.configuration))) {
            return [];
        }
        const lenses: CodeLens[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value).filter(isComponent)) {
            const estimate = this.estimates.componentEstimate(node);
            if (estimate && node.$cstNode && (estimate.load || !SIDE_KINDS.has(estimate.component.kind))) {
                lenses.push({ range: node.$cstNode.range, command: { title: estimateLine(estimate), command: '' } });
            }
        }
        return lenses;
    }
}
