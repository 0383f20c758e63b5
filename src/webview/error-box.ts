/**
 * The message shown instead of a blank panel: why the diagram could not be
 * drawn. The last good diagram, if any, stays visible (dimmed) below it.
 */
import { element } from './dom.js';

export class ErrorBox {
    constructor(private readonly box: HTMLElement, private readonly viewport: HTMLElement) {}

    /** `code` is shown in a fixed-width font (Mermaid points at the error with a caret under the line). */
    show(title: string, details: readonly string[], code?: string): void {
        const parts: HTMLElement[] = [element('strong', {}, title)];
        if (code !== undefined) {
            parts.push(element('pre', {}, code));
        }
        this.box.replaceChildren(...parts, ...details.map((line) => element('p', {}, line)));
        this.box.hidden = false;
        this.viewport.classList.add('stale');
    }

    hide(): void {
        this.box.hidden = true;
        this.box.replaceChildren();
        this.viewport.classList.remove('stale');
    }

    get visible(): boolean {
        return !this.box.hidden;
    }
}
