/**
 * Where "Start Design Interview Practice" writes the design: `<prompt>.arch`
 * in the folder, or `<prompt>-2.arch`, `-3`, … when an earlier attempt is
 * there (an attempt is never written over).
 */
const MAX_TRIES = 1000;

export function candidateName(promptId: string, index: number): string {
    return index <= 1 ? `${promptId}.arch` : `${promptId}-${index}.arch`;
}

/** The first candidate name `exists` says is free. */
export async function freeFileName(promptId: string, exists: (name: string) => Promise<boolean>): Promise<string> {
    for (let index = 1; index <= MAX_TRIES; index++) {
        const name = candidateName(promptId, index);
        if (!await exists(name)) {
            return name;
        }
    }
    throw new Error(`${MAX_TRIES} attempts of ${promptId} are already in this folder: move some away.`);
}
