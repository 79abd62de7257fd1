// ESLint for the TypeScript, Vue, JSON and Markdown in this repo: @antfu/eslint-config, the
// config Slidev and most of the Vue/Vite ecosystem use, with its formatter rules (no Prettier).
// `npm run lint:code` runs it; `npx eslint --fix .` applies the mechanical fixes.
// Chinese copy has its own linter (autocorrect, .autocorrectrc) and types their own check
// (vue-tsc): see the `lint` script in package.json.
import antfu from '@antfu/eslint-config'

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
    // slides.md is a Slidev deck, not a document: every slide has its own H1 title, so the
    // Markdown rule "one H1 per file" does not apply. Its text is checked by autocorrect.
    files: ['slides.md'],
    rules: {
      'markdown/no-multiple-h1': 'off',
    },
  },
)
