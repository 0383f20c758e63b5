/**
 * Text for an HTML page: in an element's content or a quoted attribute, it
 * can only ever be read as text, never as markup. Unprintable characters are
 * shown as escapes (a direction override must not make a design name read
 * differently from what it holds).
 */
import { showUnprintable } from './unprintable.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
    return showUnprintable(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
