import type { Plugin, ResolvedConfig } from 'vite'
import type { DeckWorkerConfig } from '../../client/service-worker.ts'
import type { Deck } from '../deck.ts'
import type { BuiltFile } from '../pwa/sets.ts'
/**
 * The deck's service worker (build only, with `pwa: build` in the headmatter). Slidev has
 * vite-plugin-pwa write `<base>sw.js`, precaching every file of the build for whoever registers
 * it, a phone that only reads included. Once that is written (closeBundle, after it), this
 * plugin replaces it with the kit's worker (client/service-worker.ts), bundled with Workbox's
 * modules, whose two registrations precache two sets (sets.ts): the reading edition's, small,
 * registered by the static reading page; and the slides', registered by the application as
 * Slidev does. The Workbox runtime file vite-plugin-pwa wrote beside it is removed.
 *
 * Slidev's registration (virtual:pwa-register), its manifest and the kit's manifest additions
 * are untouched.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { OG_IMAGE_FILE, READING_PATH } from '../../shared/constants.ts'
import { READ_SCOPE, SW_FILE } from '../../shared/offline.ts'
import { urlOf, workerSets } from '../pwa/sets.ts'

const WORKER_SOURCE = fileURLToPath(new URL('../../client/service-worker.ts', import.meta.url))

export interface DeckServiceWorkerOptions {
  /** The talk as Slidev has loaded it. */
  deck: () => Deck
  /** Files of the talk's public/ folder no page draws (the manifest's icons, every edition's link-preview picture), relative. */
  undrawn?: string[]
  /** Other editions' paths below this edition's base ("en/"): neither listed nor answered by this worker. */
  elsewhere?: string[]
}

function listFiles(dir: string): BuiltFile[] {
  const out: BuiltFile[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = join(d, name)
      if (statSync(file).isDirectory()) {
        walk(file)
      }
      else {
        out.push({
          path: relative(dir, file).split(sep).join('/'),
          bytes: readFileSync(file),
        })
      }
    }
  }
  walk(dir)
  return out
}

/** Slidev's logo (its info dialog's picture), to recognise the build's copy by its bytes. */
function slidevLogo(root: string): Uint8Array[] {
  try {
    const client = dirname(createRequire(join(root, 'package.json')).resolve('@slidev/client/package.json'))
    return [
      readFileSync(join(client, 'assets', 'logo.png')),
    ]
  }
  catch {
    return []
  }
}

/** The worker's code: Workbox's modules and the kit's source, one classic script. */
export async function bundleWorker(config: DeckWorkerConfig): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: dirname(WORKER_SOURCE),
    publicDir: false,
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      '__DECK_SW__': JSON.stringify(config),
    },
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      target: 'es2020',
      lib: {
        entry: WORKER_SOURCE,
        formats: ['iife'],
        name: 'deckServiceWorker',
        fileName: () => SW_FILE,
      },
    },
  })
  const outputs = (Array.isArray(out)
    ? out
    : [out]) as { output: { type: string, code?: string }[] }[]
  const chunk = outputs.flatMap(o => o.output).find(o => o.type === 'chunk')
  if (!chunk?.code)
    throw new Error('bundling the service worker gave no code')
  return chunk.code
}

export function deckServiceWorker(options: DeckServiceWorkerOptions): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck-kit:service-worker',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    closeBundle: {
      // After vite-plugin-pwa's closeBundle, which writes the worker this one replaces.
      sequential: true,
      order: 'post',
      async handler() {
        if (!options.deck().pwa)
          return
        const outDir = resolve(config.root, config.build.outDir)
        if (!existsSync(join(outDir, SW_FILE)))
          return
        const started = performance.now()
        const elsewhere = options.elsewhere ?? []
        const files = listFiles(outDir).filter(f => !elsewhere.some(p => f.path.startsWith(p)))
        const readPage = `${READING_PATH}index.html`
        const hasReadPage = files.some(f => f.path === readPage)
        const sets = workerSets(files, {
          assetsDir: config.build.assetsDir,
          worker: SW_FILE,
          readPage: hasReadPage ? readPage : undefined,
          exclude: new Set([
            OG_IMAGE_FILE,
            ...(options.undrawn ?? []),
          ]),
          excludeBytes: slidevLogo(config.root),
        }, config.base)
        const pdf = files.find(f => f.path.endsWith('.pdf') && !f.path.includes('/'))?.path ?? null
        const code = await bundleWorker({
          read: sets.read,
          slides: sets.slides,
          readPage: hasReadPage
            ? urlOf(readPage)
            : null,
          index: urlOf('index.html'),
          readScope: READ_SCOPE,
          fonts: sets.fonts,
          pdf,
          elsewhere,
        })
        for (const f of files) {
          if (/^workbox-[\w-]+\.js(?:\.map)?$/.test(f.path))
            rmSync(join(outDir, f.path))
        }
        writeFileSync(join(outDir, SW_FILE), code)
        const kb = (entries: { url: string }[]) => (entries.reduce((n, e) => n + (files.find(f => urlOf(f.path) === e.url)?.bytes.length ?? 0), 0) / 1024).toFixed(0)
        config.logger.info(`[deck-kit] ${SW_FILE}: the reading edition precaches ${sets.read.length} files (${kb(sets.read)} KB), the slides ${sets.slides.length} (${kb(sets.slides)} KB); ${(code.length / 1024).toFixed(1)} KB, in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      },
    },
  }
}
