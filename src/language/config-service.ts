/**
 * The configuration of each design: the nearest `.archlens.json` upward from
 * its first file, within its workspace folder or repository (or the file
 * given with `--config`), read once and kept until a config file changes. A
 * config with problems is reported on the config file and replaced by the
 * defaults.
 */
import { type FileSystemProvider, URI, type WorkspaceManager } from 'langium';
import { readFailure } from '../files/file-errors.js';
import { EngineCatalog } from '../engine-catalog/engine-catalog.js';
import { type ArchlensConfig, type LoadedConfig, DEFAULT_CONFIG, parseConfig } from '../config/load-config.js';
import { findConfigFile } from '../config/find-config.js';
import type { ArchServices } from './arch-module.js';

export interface ConfigFile extends LoadedConfig {
    readonly uri?: URI;
    readonly text?: string;
}

const NO_CONFIG: ConfigFile = { config: DEFAULT_CONFIG, problems: [] };

export class ConfigService {
    private readonly fileSystem: FileSystemProvider;
    private readonly workspace: () => WorkspaceManager;
    private readonly byFolder = new Map<string, ConfigFile>();
    private readonly catalogs = new WeakMap<ArchlensConfig, EngineCatalog>();
    private explicit: ConfigFile | undefined;

    constructor(services: ArchServices) {
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        // Looked up when needed: taking it here could make a cycle in Langium's injector.
        this.workspace = () => services.shared.workspace.WorkspaceManager;
    }

    /** The config that applies to a design file. */
    configFor(file: string | URI): ConfigFile {
        if (this.explicit) {
            return this.explicit;
        }
        const uri = typeof file === 'string' ? URI.parse(file) : file;
        const folder = uri.toString().slice(0, uri.toString().lastIndexOf('/'));
        let config = this.byFolder.get(folder);
        if (!config) {
            const found = findConfigFile(uri, this.fileSystem, this.workspaceFolders());
            config = found ? this.read(found) : NO_CONFIG;
            this.byFolder.set(folder, config);
        }
        return config;
    }

    /** Uses one config file for every design (the CLI's `--config`). */
    useFile(uri: URI): ConfigFile {
        this.explicit = this.read(uri);
        return this.explicit;
    }

    /**
     * Uses the defaults for every design, reading no config file: a practice
     * score must be the same on every machine, whatever a folder's config says.
     */
    useDefaults(): void {
        this.explicit = NO_CONFIG;
    }

    /** Every config file read so far, for reporting their problems. */
    configFiles(): ConfigFile[] {
        const files = new Map<string, ConfigFile>();
        for (const config of [this.explicit, ...this.byFolder.values()]) {
            if (config?.uri) {
                files.set(config.uri.toString(), config);
            }
        }
        return [...files.values()];
    }

    /** The built-in engines plus the config's own. */
    catalogFor(file: string | URI): EngineCatalog {
        const { config } = this.configFor(file);
        let catalog = this.catalogs.get(config);
        if (!catalog) {
            catalog = EngineCatalog.builtIn().with(config.engines);
            this.catalogs.set(config, catalog);
        }
        return catalog;
    }

    /** Forgets what was read (a config file was created, changed or deleted). */
    invalidate(): void {
        this.byFolder.clear();
    }

    /** The folders the editor opened (none in the CLI): the config search stops there. */
    private workspaceFolders(): URI[] {
        return (this.workspace().workspaceFolders ?? []).map((folder) => URI.parse(folder.uri));
    }

    private read(uri: URI): ConfigFile {
        let text: string;
        try {
            text = this.fileSystem.readFileSync(uri);
        } catch (error) {
            return { uri, config: DEFAULT_CONFIG, problems: [{ path: '', message: `Cannot read the configuration: ${readFailure(error)}`, offset: 0, length: 0 }] };
        }
        return { uri, text, ...parseConfig(text, uri.fsPath) };
    }
}
