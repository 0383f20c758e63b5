/** A workload with what the import has read of it so far, shared by the Kubernetes import's parts. */
import type { Node as YamlNode } from 'yaml';
import type { ImageEntry } from '../images/image-catalog.js';
import type { ImageKind } from '../image-kind.js';
import type { Workload } from './k8s-resources.js';

export interface WorkloadFacts {
    readonly workload: Workload;
    /** Its name in the design. */
    readonly name: string;
    readonly containers: readonly YamlNode[];
    readonly image?: string;
    readonly kind: ImageKind;
    readonly entry?: ImageEntry;
}
