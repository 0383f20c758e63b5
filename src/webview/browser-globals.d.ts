// The project's tsconfig targets Node (lib ES2023): the webview's files
// need the browser's DOM types, which these references add to the program.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
