/** Rule examples are written as design bodies; this makes them whole designs. */
export function exampleDesign(text: string, name = 'T'): string {
    return /^\s*(\/\/.*\n|\/\*[\s\S]*?\*\/|\s)*(import|architecture)\b/.test(text) ? text : `architecture ${name} {\n${indent(text)}\n}`;
}

function indent(text: string): string {
    return text.split('\n').map((line) => (line.length > 0 ? `  ${line}` : line)).join('\n');
}
