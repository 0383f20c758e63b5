/** What a design says about how it ships, read once for the delivery rules. */
import type { Design, Settings } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { COMPUTE_KINDS } from '../../model/component-facts.js';

/** The `deployment` settings, when the design has the block. */
export function deploymentOf(design: Design): Settings<'deployment'>['properties'] | undefined {
    return design.settings.deployment?.properties;
}

/**
 * The design runs code of its own (a service, worker, function or gateway)
 * that is built and released: a design of only managed stores and clients
 * has nothing for a pipeline to ship.
 */
export function shipsCode(index: DesignIndex): boolean {
    return index.ofKind(...COMPUTE_KINDS).length > 0;
}

/** `deployment.pipeline` is declared (not `none`). */
export function hasPipeline(design: Design): boolean {
    return deploymentOf(design)?.enabled('pipeline') === true;
}

/** `github_actions pipeline`, or `pipeline` when it is not named. */
export function pipelineName(design: Design): string {
    const pipeline = deploymentOf(design)?.string('pipeline');
    return pipeline ? `${pipeline} pipeline` : 'pipeline';
}

/**
 * GitOps deployers: they apply what a repository of manifests says and
 * build nothing. Going back is reverting a commit, and the tests run in the
 * CI that builds the images, which the deployer does not describe.
 */
const GITOPS_DEPLOYERS: readonly string[] = ['flux', 'argocd', 'argo_cd'];

/** `deployment.pipeline` names a GitOps deployer (Flux, Argo CD). */
export function deploysByGitOps(design: Design): boolean {
    const pipeline = deploymentOf(design)?.string('pipeline');
    return pipeline !== undefined && GITOPS_DEPLOYERS.includes(pipeline);
}

/** `deployment.iac` is declared (not `false` or `none`): the stack is deployed from templates. */
export function deploysFromCode(design: Design): boolean {
    return deploymentOf(design)?.enabled('iac') === true;
}

/**
 * Template engines that undo a failed update themselves: CloudFormation
 * (and CDK and SAM, which deploy through it) returns a stack whose update
 * fails to its previous configuration (UPDATE_ROLLBACK_COMPLETE; see
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ContinueUpdateRollback.html).
 * Terraform, Bicep and ARM templates do not.
 */
const ROLLING_BACK_IAC: readonly string[] = ['cloudformation', 'cdk', 'sam'];

/** `deployment.iac` names a template engine that rolls a failed update back by itself. */
export function iacRollsBack(design: Design): boolean {
    const iac = deploymentOf(design)?.string('iac');
    return iac !== undefined && ROLLING_BACK_IAC.includes(iac);
}
