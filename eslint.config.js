// ESLint for the TypeScript, Vue, JSON and Markdown in this repo: @antfu/eslint-config, the
// config Slidev and most of the Vue/Vite ecosystem use, with its formatter rules (no Prettier).
// `npm run lint:code` runs it; `npx eslint --fix .` applies the mechanical fixes.
// Chinese copy has its own linter (autocorrect, .autocorrectrc) and types their own check
// (vue-tsc): see the `lint` script in package.json.
import { builtinModules } from 'node:module'
import antfu from '@antfu/eslint-config'

// Code that runs in the deck, in the browser: Slidev's folders and client/. None of it may import
// a Node built-in (it would only fail when the deck runs). Node code lives in node/.
export const BROWSER_FILES = [
  'client/**/*.{ts,vue}',
  'components/**/*.{ts,vue}',
  'layouts/**/*.{ts,vue}',
  'setup/**/*.{ts,vue}',
  'data/**/*.ts',
  '*.vue',
]

export default antfu(
  {
    vue: true,
    typescript: true,
    // Markdown: the config lints the code blocks inside .md files (README) as code, and the
    // Markdown itself with @eslint/markdown's recommended rules.
    markdown: true,
    ignores: [
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'exports/**',
      '.slidev/**',
    ],
  },
  {
    // Node scripts, configs and tests use Node's `process` and `Buffer` globals, as Node 24
    // provides them; importing them from node:process / node:buffer would add nothing.
    rules: {
      'node/prefer-global/process': 'off',
      'node/prefer-global/buffer': 'off',
    },
  },
  {
    // node/ holds command-line programs (build, export, bench, test): they print to the console
    // and await at the top level, as @antfu/eslint-config allows for scripts/ folders.
    files: ['node/**/*.ts'],
    rules: {
      'no-console': 'off',
      'antfu/no-top-level-await': 'off',
    },
  },
  {
    files: BROWSER_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map(name => ({
            name,
            message: 'This file runs in the browser (the deck): Node built-ins belong in node/.',
          })),
          patterns: [
            {
              group: ['node:*'],
              message: 'This file runs in the browser (the deck): Node built-ins belong in node/.',
            },
            {
              group: ['**/node/**', '../node/*'],
              message: 'Browser code must not import from node/ (Node-only code).',
            },
          ],
        },
      ],
    },
  },
  {
    // slides.md is a Slidev deck, not a document: every slide has its own H1 title, so the
    // Markdown rule "one H1 per file" does not apply. Its text is checked by autocorrect.
    files: ['slides.md'],
    rules: {
      'markdown/no-multiple-h1': 'off',
    },
  },
)
