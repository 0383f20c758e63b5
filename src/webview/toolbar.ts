/**
 * The bar above the diagram: the review overlay, the direction, zoom and
 * fit, the design picker when the file holds several designs, and for a
 * collapsed or focused view its note with the ways to change it.
 */
import { button, element } from './dom.js';
import type { PreviewDirection, RenderMessage } from './preview-messages.js';

export interface ToolbarActions {
    toggleOverlay(): void;
    setDirection(direction: PreviewDirection): void;
    zoomIn(): void;
    zoomOut(): void;
    fit(): void;
    chooseDesign(name: string): void;
    expandGroup(): void;
    focusCursor(): void;
    overview(): void;
}

export class Toolbar {
    private readonly overlay: HTMLButtonElement;
    private readonly direction: HTMLButtonElement;
    private readonly zoom = element('span', { class: 'zoom-level', 'aria-live': 'polite' }, '100%');
    private readonly designs = element('select', { title: 'Design shown', 'aria-label': 'Design shown' });
    private readonly note = element('div', { class: 'view-note', role: 'note' });
    private currentDirection: PreviewDirection = 'LR';

    constructor(root: HTMLElement, private readonly actions: ToolbarActions) {
        this.overlay = button('Review', 'Show the review on the diagram (nodes and edges coloured by their worst finding)', () => actions.toggleOverlay());
        this.overlay.classList.add('toggle');
        this.direction = button('LR', 'Direction: left to right (click for top to bottom)', () => actions.setDirection(this.currentDirection === 'LR' ? 'TB' : 'LR'));
        this.designs.addEventListener('change', () => actions.chooseDesign(this.designs.value));
        this.designs.hidden = true;
        const controls = element('div', { class: 'controls' });
        controls.append(
            this.overlay, this.direction,
            button('−', 'Zoom out (−)', () => actions.zoomOut()), this.zoom, button('+', 'Zoom in (+)', () => actions.zoomIn()),
            button('Fit', 'Fit the diagram to the panel (0)', () => actions.fit()),
            this.designs
        );
        this.note.hidden = true;
        root.replaceChildren(controls, this.note);
    }

    update(render: RenderMessage, overlay: boolean): void {
        this.setOverlay(overlay);
        this.overlay.hidden = render.compare === true;
        this.currentDirection = render.direction;
        this.direction.textContent = render.direction;
        this.direction.title = render.direction === 'LR' ? 'Direction: left to right (click for top to bottom)' : 'Direction: top to bottom (click for left to right)';
        this.updateDesigns(render.designs, render.design);
        this.updateNote(render);
    }

    setOverlay(overlay: boolean): void {
        this.overlay.setAttribute('aria-pressed', String(overlay));
    }

    setZoom(scale: number): void {
        this.zoom.textContent = `${Math.round(scale * 100)}%`;
    }

    private updateDesigns(designs: readonly string[], current: string): void {
        this.designs.hidden = designs.length < 2;
        if ([...this.designs.options].map((option) => option.value).join('\n') !== designs.join('\n')) {
            this.designs.replaceChildren(...designs.map((name) => element('option', { value: name }, name)));
        }
        this.designs.value = current;
    }

    private updateNote(render: RenderMessage): void {
        const { diagram } = render;
        const buttons: HTMLButtonElement[] = [];
        if (diagram.view === 'collapsed' && diagram.groups.length > 0) {
            buttons.push(button('Expand group…', 'Draw one collapsed group in full', () => this.actions.expandGroup()));
        }
        if (diagram.view !== 'full' || diagram.note) {
            buttons.push(button('Focus on cursor', 'Draw the component under the editor cursor and its neighbours', () => this.actions.focusCursor()));
        }
        if (render.requested !== 'auto') {
            buttons.push(button('Whole design', 'Back to the whole design', () => this.actions.overview()));
        }
        const text = diagram.note ?? (diagram.view === 'collapsed' ? 'Groups are collapsed into single nodes.' : '');
        this.note.hidden = text === '' && buttons.length === 0;
        this.note.replaceChildren(element('span', {}, text), ...buttons);
    }
}
