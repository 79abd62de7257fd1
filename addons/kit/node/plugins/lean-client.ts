import type { Plugin } from 'vite'
/**
 * Three things Slidev's client always ships that a built deck may not need (build only):
 *
 *   the Vue template compiler   Slidev points `vue` at Vue's full build (vue.esm-bundler.js),
 *                               compiler included, though every slide, layout and component is
 *                               compiled at build time. The build gets Vue's runtime build instead
 *                               (the dev server keeps the full one): about 20 kB of gzipped
 *                               JavaScript fewer on the first slide.
 *   twoslash's pop-ups          Slidev installs `@shikijs/vitepress-twoslash/client` (floating-vue
 *                               and its stylesheet) for ```ts twoslash code blocks. A talk without
 *                               one gets an empty plugin and no stylesheet.
 *   a YAML parser               Slidev's client takes `parseRangeString` from `@slidev/parser/core`,
 *                               which imports the `yaml` package (about 25 kB gzipped) for the
 *                               parser's other functions; the same function is in
 *                               `@slidev/parser/utils`, which imports nothing.
 *
 * All three are checked by the end-to-end tests that walk every slide, the presenter view and the
 * overview (a template left to compile at run time would warn and draw nothing).
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const TWOSLASH_CLIENT = '@shikijs/vitepress-twoslash/client'
const TWOSLASH_STYLE = '@shikijs/vitepress-twoslash/style.css'
const PARSER_CORE = '@slidev/parser/core'
const PARSER_UTILS = '@slidev/parser/utils'
const STUB = '\0deck-kit:no-twoslash'
const STUB_CSS = '\0deck-kit:no-twoslash.css'

/** True when a slide's code fence asks for twoslash (```ts twoslash). */
export function usesTwoslash(markdown: readonly string[]): boolean {
  return markdown.some(md => /^\s*(?:`{3}|~{3})[^\n]*\btwoslash\b/m.test(md))
}

export interface LeanClientOptions {
  /** The talk's root (to find the Vue it installs). */
  root: string
  /** The talk's slides' source, to see whether any uses twoslash. */
  slides: readonly string[]
}

export function leanClient(options: LeanClientOptions): Plugin {
  const vueDir = dirname(createRequire(join(options.root, 'package.json')).resolve('vue/package.json'))
  const runtime = join(vueDir, 'dist', 'vue.runtime.esm-bundler.js')
  const twoslash = usesTwoslash(options.slides)
  return {
    name: 'deck-kit:lean-client',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      // Merged after Slidev's own alias for `vue`, and listed before it: this one wins.
      resolve: {
        alias: [
          { find: /^vue$/, replacement: runtime },
        ],
      },
    }),
    async resolveId(id, importer) {
      if (id === PARSER_CORE && importer?.includes('/@slidev/client/'))
        return (await this.resolve(PARSER_UTILS, importer, { skipSelf: true }))?.id
      if (twoslash)
        return undefined
      if (id === TWOSLASH_CLIENT)
        return STUB
      if (id === TWOSLASH_STYLE)
        return STUB_CSS
      return undefined
    },
    load(id) {
      if (id === STUB)
        return 'export default { install() {} }'
      if (id === STUB_CSS)
        return ''
      return undefined
    },
  }
}
