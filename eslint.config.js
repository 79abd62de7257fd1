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
  '{examples,talks}/*/components/**/*.{ts,vue}',
  '{examples,talks}/*/layouts/**/*.{ts,vue}',
  '{examples,talks}/*/data/**/*.ts',
  '{examples,talks}/*/lib/**/*.ts',
  'addons/kit/client/**/*.{ts,vue}',
  'addons/kit/shared/**/*.ts',
  'addons/kit/components/**/*.{ts,vue}',
  'addons/kit/setup/main.ts',
  'addons/kit/setup/routes.ts',
  'addons/kit/*.vue',
  'addons/kit/config.ts',
]

// A talk's own code: its slides' components, layouts, data, lib/, styles' scripts and configs, at
// the root and under examples/ or talks/. It reaches the kit only by the package's name and the
// subpaths its package.json exports, so the kit's insides can move without breaking a talk.
export const TALK_FILES = [
  '{deck,vite}.config.ts',
  'components/**/*.{ts,vue}',
  'layouts/**/*.{ts,vue}',
  'data/**/*.ts',
  'lib/**/*.ts',
  'styles/**/*.ts',
  'setup/**/*.ts',
  '{examples,talks}/*/**/*.{ts,vue}',
]

const NODE_IN_BROWSER = 'This file runs in the browser (the deck): Node built-ins belong in node/.'

const kitInsides = [
  {
    group: ['**/addons/kit', '**/addons/kit/**'],
    message: 'A talk imports the kit by its name: \'slidev-addon-deck-kit\' (or /typefaces, /pptx, /reading), never by a path into addons/kit.',
  },
  {
    group: [
      'slidev-addon-deck-kit/*',
      '!slidev-addon-deck-kit/typefaces',
      '!slidev-addon-deck-kit/pptx',
      '!slidev-addon-deck-kit/reading',
    ],
    message: 'Only what the kit\'s package.json exports is public: \'slidev-addon-deck-kit\', /typefaces, /pptx, /reading.',
  },
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
    // The kit's command line (its bin and one file a command) and the repository's scripts/ print
    // to the console and await at the top level, as @antfu/eslint-config allows for scripts/.
    // The kit's library modules report through what their caller hands them (node/log.ts).
    files: ['addons/kit/node/cli.ts', 'addons/kit/node/commands/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-console': 'off',
      'antfu/no-top-level-await': 'off',
    },
  },
  {
    // A test module reads its talk once, with Slidev's loader, which is asynchronous.
    files: ['tests/**/*.ts'],
    rules: {
      'antfu/no-top-level-await': 'off',
    },
  },
  {
    files: TALK_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: kitInsides },
      ],
    },
  },
  {
    // Overrides the block above for the talk's browser files (one rule, one set of options), so
    // it carries the talk's patterns too; the kit's own files never match them.
    files: BROWSER_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map(name => ({
            name,
            message: NODE_IN_BROWSER,
          })),
          patterns: [
            {
              group: ['node:*'],
              message: NODE_IN_BROWSER,
            },
            {
              group: ['**/node/**', '../node/*', '**/kit/node/*'],
              message: 'Browser code must not import from the kit\'s node/ (Node-only code).',
            },
            ...kitInsides,
          ],
        },
      ],
    },
  },
  {
    // slides.md (and an edition in another language, slides.<lang>.md) is a Slidev deck, not a
    // document: every slide has its own H1 title, so the Markdown rule "one H1 per file" does not
    // apply. Its text is checked by autocorrect.
    files: [
      'slides.md',
      'slides.*.md',
      '{examples,talks}/*/slides.md',
      '{examples,talks}/*/slides.*.md',
    ],
    rules: {
      'markdown/no-multiple-h1': 'off',
    },
  },
)
