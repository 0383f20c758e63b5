/**
 * The encoding check every design file gets, named on the command line or
 * imported: read as UTF-8 anyway, a binary file would give thousands of
 * syntax errors quoting garbage, and a wrong encoding would give errors far
 * from the cause.
 */

export type Utf8Text = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: string };

/** The text of the bytes, or why they are not a UTF-8 text file. */
export function decodeUtf8Text(bytes: Uint8Array): Utf8Text {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { problem: 'it is UTF-16 text; save it as UTF-8.' };
    }
    if (bytes.includes(0)) {
        return { problem: 'it is not a text file (it holds NUL bytes).' };
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
        const text = new TextDecoder('utf-8').decode(bytes);
        const line = text.slice(0, text.indexOf('\ufffd')).split('\n').length;
        return { problem: `it is not UTF-8 text (line ${line} holds a byte that is not UTF-8); save it as UTF-8.` };
    }
}
