/**
 * Pan by dragging, zoom with the wheel towards the pointer, and the keys
 * (+ − 0 and the arrows). The diagram is moved with a CSS transform on the
 * canvas, so a re-render only has to put the same transform back.
 */
import type { ViewTransform } from './preview-messages.js';
import { fitTransform, IDENTITY, panBy, type Point, revealBox, type Size, wheelZoomFactor, zoomAround } from './view-transform.js';

/** Pointer travel (px) beyond which a press is a drag, not a click. */
const DRAG_THRESHOLD = 4;
const KEY_ZOOM = 1.2;
const KEY_PAN = 60;

export type KeyAction =
    | { readonly type: 'zoom'; readonly factor: number }
    | { readonly type: 'fit' }
    | { readonly type: 'pan'; readonly dx: number; readonly dy: number };

/** What a key does to the view (undefined: not a view key). */
export function keyAction(key: string): KeyAction | undefined {
    switch (key) {
        case '+':
        case '=':
            return { type: 'zoom', factor: KEY_ZOOM };
        case '-':
        case '_':
            return { type: 'zoom', factor: 1 / KEY_ZOOM };
        case '0':
            return { type: 'fit' };
        case 'ArrowLeft':
            return { type: 'pan', dx: KEY_PAN, dy: 0 };
        case 'ArrowRight':
            return { type: 'pan', dx: -KEY_PAN, dy: 0 };
        case 'ArrowUp':
            return { type: 'pan', dx: 0, dy: KEY_PAN };
        case 'ArrowDown':
            return { type: 'pan', dx: 0, dy: -KEY_PAN };
        default:
            return undefined;
    }
}

interface Drag {
    readonly pointerId: number;
    readonly start: Point;
    readonly origin: ViewTransform;
    moved: boolean;
}

export class PanZoom {
    private transform: ViewTransform = IDENTITY;
    private drag: Drag | undefined;
    private suppressClick = false;

    constructor(
        private readonly viewport: HTMLElement,
        private readonly canvas: HTMLElement,
        private readonly onChange: (transform: ViewTransform) => void
    ) {
        viewport.addEventListener('wheel', (event) => this.wheel(event), { passive: false });
        viewport.addEventListener('pointerdown', (event) => this.pointerDown(event));
        viewport.addEventListener('pointermove', (event) => this.pointerMove(event));
        viewport.addEventListener('pointerup', (event) => this.pointerUp(event));
        viewport.addEventListener('pointercancel', (event) => this.pointerUp(event));
        // A click that ended a drag must not reveal the node it ended on.
        viewport.addEventListener('click', (event) => {
            if (this.suppressClick) {
                event.stopPropagation();
                this.suppressClick = false;
            }
        }, true);
    }

    get current(): ViewTransform {
        return this.transform;
    }

    set(transform: ViewTransform): void {
        this.transform = transform;
        this.canvas.style.transform = `translate(${transform.x}px, ${transform.y}px) scale(${transform.scale})`;
        this.onChange(transform);
    }

    fit(content: Size): void {
        this.set(fitTransform(content, this.viewportSize()));
    }

    zoomBy(factor: number, anchor: Point = this.center()): void {
        this.set(zoomAround(this.transform, factor, anchor));
    }

    panBy(dx: number, dy: number): void {
        this.set(panBy(this.transform, dx, dy));
    }

    /** Pans so that a box (screen pixels, relative to the viewport) is on screen. */
    reveal(box: Point & Size): void {
        const moved = revealBox(this.transform, box, this.viewportSize());
        if (moved !== this.transform) {
            this.set(moved);
        }
    }

    /** Applies a view key; false when the key is not one. */
    handleKey(key: string, content: Size): boolean {
        const action = keyAction(key);
        if (!action) {
            return false;
        }
        if (action.type === 'zoom') {
            this.zoomBy(action.factor);
        } else if (action.type === 'fit') {
            this.fit(content);
        } else {
            this.panBy(action.dx, action.dy);
        }
        return true;
    }

    private wheel(event: WheelEvent): void {
        event.preventDefault();
        const unit = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? this.viewport.clientHeight : 1;
        if (event.shiftKey) {
            this.panBy(-(event.deltaY || event.deltaX) * unit, 0);
            return;
        }
        this.zoomBy(wheelZoomFactor(event.deltaY * unit), this.pointerPoint(event));
    }

    private pointerDown(event: PointerEvent): void {
        this.suppressClick = false;
        if (event.button !== 0 || isControl(event.target)) {
            return;
        }
        this.drag = { pointerId: event.pointerId, start: { x: event.clientX, y: event.clientY }, origin: this.transform, moved: false };
    }

    private pointerMove(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) {
            return;
        }
        const dx = event.clientX - drag.start.x;
        const dy = event.clientY - drag.start.y;
        if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!drag.moved) {
            drag.moved = true;
            this.viewport.setPointerCapture(event.pointerId);
            this.viewport.classList.add('dragging');
        }
        this.set(panBy(drag.origin, dx, dy));
    }

    private pointerUp(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) {
            return;
        }
        this.drag = undefined;
        this.suppressClick = drag.moved;
        this.viewport.classList.remove('dragging');
        if (this.viewport.hasPointerCapture(event.pointerId)) {
            this.viewport.releasePointerCapture(event.pointerId);
        }
    }

    private pointerPoint(event: MouseEvent): Point {
        const bounds = this.viewport.getBoundingClientRect();
        return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
    }

    private center(): Point {
        const size = this.viewportSize();
        return { x: size.width / 2, y: size.height / 2 };
    }

    private viewportSize(): Size {
        return { width: this.viewport.clientWidth, height: this.viewport.clientHeight };
    }
}

function isControl(target: EventTarget | null): boolean {
    return target instanceof Element && target.closest('button, select, input, a') !== null;
}
