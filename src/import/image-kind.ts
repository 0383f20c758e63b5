/**
 * The kind of component a container is, and its engine: from the image
 * table when it lists the image; else, as a guess, from what the image's or
 * the service's name says (`user-db`, `orders-mongo`); else a service.
 * Both importers ask here, so Compose and Kubernetes agree.
 */
import type { ComponentKind } from '../model/design.js';
import { entryOfEngine, type ImageEntry, imageEntry, parseImage } from './images/image-catalog.js';
import { kindFromName } from './naming-hints.js';

export interface ImageKind {
    readonly kind: ComponentKind;
    /** The table's entry (for a guessed engine, the entry of that engine): engine, ports, protocol. */
    readonly entry?: ImageEntry;
    /** Why this kind, for the comment above the component. */
    readonly basis: string;
    /** Set when the kind is a guess. */
    readonly guess?: string;
    /** The engine is a guess too: what rests on it (the data folder) is not written. */
    readonly engineGuessed: boolean;
}

export function imageKind(image: string | undefined, serviceName: string, built: boolean): ImageKind {
    const known = image ? imageEntry(image) : undefined;
    if (known) {
        return { kind: known.kind, entry: known, basis: `image ${image ?? ''}`, guess: known.guess, engineGuessed: false };
    }
    const imageName = image ? parseImage(image)?.path.split('/').pop() : undefined;
    const hint = (imageName ? kindFromName(imageName) : undefined) ?? kindFromName(serviceName);
    const basis = built ? 'built from source (`build:`)' : `image ${image ?? '(none)'}`;
    if (hint) {
        const entry = hint.engine ? entryOfEngine(hint.engine) : undefined;
        return { kind: hint.kind, entry, basis, guess: `its name says ${hint.engine ? `${hint.engine}, ` : ''}a ${hint.kind}`, engineGuessed: true };
    }
    return { kind: 'service', basis, guess: built || !image ? undefined : 'an image ArchLens does not know: taken as a service', engineGuessed: false };
}
