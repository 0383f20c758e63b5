/**
 * Pan and zoom arithmetic, free of the DOM so it can be unit tested:
 * a point p of the diagram is drawn at p × scale + (x, y).
 */
import type { ViewTransform } from './preview-messages.js';

export interface Size {
    readonly width: number;
    readonly height: number;
}

export interface Point {
    readonly x: number;
    readonly y: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;
/** A fitted diagram is never blown up past this: small designs stay at a readable size. */
export const MAX_FIT_SCALE = 1.5;
/** Room left around a fitted diagram, in screen pixels. */
const FIT_MARGIN = 16;

export const IDENTITY: ViewTransform = { scale: 1, x: 0, y: 0 };

export function clampScale(scale: number): number {
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zooms by `factor`, keeping the diagram point under `anchor` (screen) where it is. */
export function zoomAround(transform: ViewTransform, factor: number, anchor: Point): ViewTransform {
    const scale = clampScale(transform.scale * factor);
    const applied = scale / transform.scale;
    return {
        scale,
        x: anchor.x - (anchor.x - transform.x) * applied,
        y: anchor.y - (anchor.y - transform.y) * applied
    };
}

export function panBy(transform: ViewTransform, dx: number, dy: number): ViewTransform {
    return { ...transform, x: transform.x + dx, y: transform.y + dy };
}

/** The whole diagram centred in the viewport, as large as fits (up to MAX_FIT_SCALE). */
export function fitTransform(content: Size, viewport: Size): ViewTransform {
    if (content.width <= 0 || content.height <= 0 || viewport.width <= 0 || viewport.height <= 0) {
        return IDENTITY;
    }
    const room = { width: Math.max(1, viewport.width - 2 * FIT_MARGIN), height: Math.max(1, viewport.height - 2 * FIT_MARGIN) };
    const scale = clampScale(Math.min(room.width / content.width, room.height / content.height, MAX_FIT_SCALE));
    return {
        scale,
        x: (viewport.width - content.width * scale) / 2,
        y: (viewport.height - content.height * scale) / 2
    };
}

/** The wheel's zoom factor: one notch (100 px) zooms by about 20 %. */
export function wheelZoomFactor(deltaY: number): number {
    return Math.exp(-deltaY * 0.0018);
}

/**
 * Pans just enough to bring a box (in screen pixels, relative to the
 * viewport) into view, so that a highlighted node off screen becomes
 * visible without changing the zoom.
 */
export function revealBox(transform: ViewTransform, box: Point & Size, viewport: Size): ViewTransform {
    const right = box.x + box.width;
    const bottom = box.y + box.height;
    const dx = box.x < 0 ? -box.x + FIT_MARGIN : right > viewport.width ? viewport.width - right - FIT_MARGIN : 0;
    const dy = box.y < 0 ? -box.y + FIT_MARGIN : bottom > viewport.height ? viewport.height - bottom - FIT_MARGIN : 0;
    return dx === 0 && dy === 0 ? transform : panBy(transform, dx, dy);
}

export function isViewTransform(value: unknown): value is ViewTransform {
    if (typeof value !== 'object' || value === null) {
        return false;
    }
    const candidate = value as Record<string, unknown>;
    return [candidate.scale, candidate.x, candidate.y].every((number) => typeof number === 'number' && Number.isFinite(number))
        && (candidate.scale as number) > 0;
}
