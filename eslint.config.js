// The code linter run by `npm test` (`npm run lint`): ESLint's and typescript-eslint's
// recommended rules over everything TypeScript compiles, plus the type-aware promise
// rules: a promise nobody awaits is a language-server request that fails silently.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
    {
        ignores: [
            'node_modules/', 'dist/', 'out/', 'media/', 'src/generated/', 'src/language/generated/',
            '.e2e/', '.vscode-test/', '.test-output/', '.bench-output/', '.cache/', 'scratch/'
        ]
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        rules: {
            // Unused names are already compile errors (noUnusedLocals, noUnusedParameters).
            '@typescript-eslint/no-unused-vars': 'off',
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': 'error'
        }
    },
    {
        // Control characters are what the escapers and their tests are about.
        files: ['src/util/escape/**/*.ts', 'test/**/*.ts'],
        rules: { 'no-control-regex': 'off' }
    },
    {
        // chai's assertions are property reads: `expect(x).to.be.empty`.
        files: ['test/**/*.ts', 'src/**/*.test.ts'],
        rules: { '@typescript-eslint/no-unused-expressions': 'off' }
    },
    {
        files: ['**/*.cjs', '**/*.mjs', '**/*.js'],
        languageOptions: { globals: globals.node }
    },
    {
        files: ['**/*.cjs'],
        rules: { '@typescript-eslint/no-require-imports': 'off' }
    }
);
