/**
 * The outline: each architecture block, its groups (nested as written), its
 * components, settings blocks and transactions. Connections are left out: they
 * are edges, not places to navigate to. Each component kind gets its own icon
 * (see KIND_SYMBOLS), and the kind and title are the detail.
 */
import { type AstNode, GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { type ComponentKind, isComponentKind } from '../../model/design.js';
import {
    type Member, isComponent, isDefaults, isGroup, isJourney, isModel, isSettings, isTransaction
} from '../generated/ast.js';

/** Icons by role: actors, traffic entry points, compute, state, messaging, control plane, observability. */
const KIND_SYMBOLS: Readonly<Record<ComponentKind, SymbolKind>> = {
    client: SymbolKind.Object,
    external: SymbolKind.Object,
    dns: SymbolKind.Interface,
    cdn: SymbolKind.Interface,
    loadbalancer: SymbolKind.Interface,
    gateway: SymbolKind.Interface,
    service: SymbolKind.Class,
    worker: SymbolKind.Class,
    function: SymbolKind.Function,
    database: SymbolKind.Struct,
    cache: SymbolKind.Struct,
    storage: SymbolKind.Struct,
    search: SymbolKind.Struct,
    queue: SymbolKind.Event,
    coordinator: SymbolKind.Key,
    idp: SymbolKind.Key,
    monitoring: SymbolKind.Constant,
    logging: SymbolKind.Constant
};

export class ArchDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isModel(root)) {
            return [];
        }
        // A block whose name is still being typed keeps its members in the outline.
        return root.architectures.flatMap((architecture) =>
            symbol(architecture, architecture.name ?? '(unnamed)', SymbolKind.Module, architecture.title, membersOf(architecture.members)));
    }
}

function membersOf(members: readonly Member[]): DocumentSymbol[] {
    return members.flatMap((member) => memberSymbol(member));
}

function memberSymbol(member: Member): DocumentSymbol[] {
    if (isGroup(member)) {
        const kind = member.kind === 'network' ? SymbolKind.Namespace : SymbolKind.Package;
        return symbol(member, member.name, kind, titled(member.kind, member.title), membersOf(member.members));
    }
    if (isComponent(member)) {
        const kind = isComponentKind(member.kind) ? KIND_SYMBOLS[member.kind] : SymbolKind.Class;
        return symbol(member, member.name, kind, titled(member.kind, member.title));
    }
    if (isSettings(member)) {
        return symbol(member, member.kind, SymbolKind.Property, undefined, undefined, 'kind');
    }
    if (isDefaults(member)) {
        const kinds = member.entries.flatMap((entry) => (entry.kind ? symbol(entry, entry.kind, SymbolKind.Property, undefined, undefined, 'kind') : []));
        return symbol(member, 'defaults', SymbolKind.Property, undefined, kinds, 'entries');
    }
    if (isTransaction(member)) {
        return symbol(member, member.name, SymbolKind.Method, titled('transaction', member.title));
    }
    if (isJourney(member)) {
        return symbol(member, member.name, SymbolKind.Event, titled('journey', member.title));
    }
    return [];
}

/** One symbol, or none for a node the parser could not name. */
function symbol(node: AstNode, name: string | undefined, kind: SymbolKind, detail: string | undefined,
    children?: DocumentSymbol[], nameProperty = 'name'): DocumentSymbol[] {
    const range = node.$cstNode?.range;
    const selectionRange = GrammarUtils.findNodeForProperty(node.$cstNode, nameProperty)?.range ?? range;
    if (!name || !range || !selectionRange) {
        return [];
    }
    return [{ name, kind, detail, range, selectionRange, children }];
}

function titled(kind: string, title: string | undefined): string {
    return title ? `${kind} "${title}"` : kind;
}
