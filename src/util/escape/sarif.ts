/**
 * Text and file locations in SARIF. JSON itself escapes what a string holds;
 * SARIF adds two kinds of syntax on top: a plain-text message may embed links
 * (`[text](1)` points at a related location, and viewers such as GitHub code
 * scanning make it clickable), and a location's `uri` is a URI, where `#`,
 * `?`, `%` and spaces in a file name mean something else.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A plain-text message that is read as written: brackets escaped with a
 * backslash (SARIF 2.1.0 §3.11.6), and backslashes before a bracket
 * doubled, so that they do not escape the escape.
 */
export function sarifMessageText(text: string): string {
    return text.replace(/(\\*)([[\]])/g, (_, backslashes: string, bracket: string) => `${backslashes}${backslashes}\\${bracket}`);
}

/** A path relative to a `uriBaseId`, given with `/` separators: each segment percent-encoded (`a#b?.arch` → `a%23b%3F.arch`). */
export function relativeFileUri(relativePath: string): string {
    return relativePath.split('/').map(encodeURIComponent).join('/');
}

/** The `file:` URL of an absolute path, every reserved or non-ASCII character percent-encoded. */
export function absoluteFileUri(absolutePath: string): string {
    return pathToFileURL(absolutePath).href;
}

/** The `file:` URL of a folder, ending in `/` so that relative URIs resolve inside it. */
export function folderFileUri(folder: string): string {
    const uri = pathToFileURL(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`).href;
    return uri.endsWith('/') ? uri : `${uri}/`;
}
