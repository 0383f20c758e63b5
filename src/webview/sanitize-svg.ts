/**
 * Turns Mermaid's SVG text into nodes for the page. Mermaid (strict) has
 * already sanitized the labels with DOMPurify; this second, simple pass is a
 * belt to those braces: the text is parsed in an inert template (no image
 * loads, no handlers), and scripts, embedded documents, media (the
 * generator draws no images), event handler attributes and links leaving
 * the diagram are dropped before anything reaches the page.
 */
const FORBIDDEN_ELEMENTS = 'script, iframe, object, embed, frame, frameset, link, meta, base, form, img, image, video, audio, source, picture';
const LINK_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction'];

export function parseSvg(svgText: string): SVGSVGElement {
    const template = document.createElement('template');
    template.innerHTML = svgText;
    const svg = template.content.querySelector('svg');
    if (!svg) {
        throw new Error('Mermaid returned no SVG.');
    }
    scrub(svg);
    return svg;
}

function scrub(root: Element): void {
    root.querySelectorAll(FORBIDDEN_ELEMENTS).forEach((element) => element.remove());
    for (const element of [root, ...root.querySelectorAll('*')]) {
        for (const attribute of [...element.attributes]) {
            const name = attribute.name.toLowerCase();
            if (name.startsWith('on') || (LINK_ATTRIBUTES.includes(name) && !attribute.value.trim().startsWith('#'))) {
                element.removeAttribute(attribute.name);
            }
        }
    }
}
