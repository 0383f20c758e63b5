/**
 * The SVG the preview shows, as a file: the overlay colours (CSS of the
 * webview, not part of Mermaid's SVG) are copied onto the shapes, the
 * preview's own marks are dropped, and the editor's background is kept so
 * that the theme's text colours stay readable outside VS Code.
 */
import { GROUP_ATTRIBUTE, NODE_ATTRIBUTE, SEVERITY_CLASSES } from './overlay.js';

const SHAPES = new Set(['rect', 'path', 'polygon', 'circle', 'ellipse', 'line', 'polyline']);
const COPIED_PROPERTIES = ['stroke', 'stroke-width', 'fill'];
const PREVIEW_ATTRIBUTES = [NODE_ATTRIBUTE, GROUP_ATTRIBUTE, 'tabindex', 'role', 'aria-label'];

export function exportSvg(svg: SVGSVGElement, background: string): string {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const liveElements = [svg, ...svg.querySelectorAll('*')];
    const copiedElements = [copy, ...copy.querySelectorAll('*')];
    liveElements.forEach((live, position) => {
        const copied = copiedElements[position];
        if (copied && SHAPES.has(live.localName) && live.closest(SEVERITY_CLASSES.map((name) => `.${name}`).join(', '))) {
            const computed = getComputedStyle(live);
            for (const property of COPIED_PROPERTIES) {
                (copied as SVGElement).style.setProperty(property, computed.getPropertyValue(property), 'important');
            }
        }
    });
    for (const element of copiedElements) {
        element.classList.remove('archlens-highlight');
        PREVIEW_ATTRIBUTES.forEach((attribute) => element.removeAttribute(attribute));
    }
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.style.backgroundColor = background;
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
