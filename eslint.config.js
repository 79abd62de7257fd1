// ESLint for the TypeScript, Vue, JSON and Markdown in this repo: @antfu/eslint-config, the
// config Slidev and most of the Vue/Vite ecosystem use, with its formatter rules (no Prettier).
// `npm run lint:code` runs it; `npx eslint --fix .` applies the mechanical fixes.
// Chinese copy has its own linter (autocorrect, .autocorrectrc) and types their own check
// (vue-tsc): see the `lint` script in package.json.
import { builtinModules } from 'node:module'
import antfu from '@antfu/eslint-config'

// Code that runs in the deck, in the browser, or that both the browser and Node import: the
// talk's components, layouts, data and lib/, and the kit's client/, shared/, components/, its
// app and routes set-up and its navigation button. None of it may import a Node built-in (it
// would only fail when the deck runs) or the kit's Node code (addons/kit/node/).
export const BROWSER_FILES = [
  'components/**/*.{ts,vue}',
  'layouts/**/*.{ts,vue}',
  'data/**/*.ts',
  'lib/**/*.ts',
  'examples/*/components/**/*.{ts,vue}',
  'examples/*/data/**/*.ts',
  'addons/kit/client/**/*.{ts,vue}',
  'addons/kit/shared/**/*.ts',
  'addons/kit/components/**/*.{ts,vue}',
  'addons/kit/setup/main.ts',
  'addons/kit/setup/routes.ts',
  'addons/kit/*.vue',
  'addons/kit/config.ts',
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
    // The kit's node/ and the repository's scripts/ hold command-line programs (build, export,
    // bench, test): they print to the console and await at the top level, as
    // @antfu/eslint-config allows for scripts/ folders.
    files: ['addons/kit/node/**/*.ts', 'addons/kit/setup/vite-plugins.ts', 'scripts/**/*.ts'],
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
              group: ['**/node/**', '../node/*', '**/kit/node/*'],
              message: 'Browser code must not import from the kit\'s node/ (Node-only code).',
            },
          ],
        },
      ],
    },
  },
  {
    // slides.md is a Slidev deck, not a document: every slide has its own H1 title, so the
    // Markdown rule "one H1 per file" does not apply. Its text is checked by autocorrect.
    files: ['slides.md', 'examples/*/slides.md'],
    rules: {
      'markdown/no-multiple-h1': 'off',
    },
  },
)
