/**
 * The estimates of a design with the defaults of its `.archlens.json`, for
 * hovers and code lenses; computed once per design build and settings.
 */
import type { AstNode } from 'langium';
import type { Design } from '../model/design.js';
import { type ComponentEstimate, type DesignEstimates, estimatesOf } from '../estimates/estimate-design.js';
import type { ArchServices } from './arch-module.js';
import { architectureOf } from './arch-naming.js';
import type { ConfigService } from './config-service.js';
import type { DesignRegistry } from './design-registry.js';
import type { Component } from './generated/ast.js';

export class EstimateService {
    private readonly configs: () => ConfigService;
    private readonly registry: () => DesignRegistry;

    constructor(services: ArchServices) {
        this.configs = () => services.design.ConfigService;
        this.registry = () => services.design.DesignRegistry;
    }

    estimatesFor(design: Design): DesignEstimates {
        return estimatesOf(design, this.configs().configFor(design.files[0]).config.estimates);
    }

    /** The estimates of the design a node is written in. */
    designEstimatesAt(node: AstNode): DesignEstimates | undefined {
        const built = this.builtAt(node);
        return built ? this.estimatesFor(built.design) : undefined;
    }

    /** A declared component's estimate; none for clients, which only send load. */
    componentEstimate(node: Component): ComponentEstimate | undefined {
        const built = this.builtAt(node);
        const component = built?.componentOf(node);
        return built && component && component.kind !== 'client' ? this.estimatesFor(built.design).components.get(component) : undefined;
    }

    private builtAt(node: AstNode): ReturnType<DesignRegistry['design']> {
        const name = architectureOf(node)?.name;
        return name ? this.registry().design(name) : undefined;
    }
}
