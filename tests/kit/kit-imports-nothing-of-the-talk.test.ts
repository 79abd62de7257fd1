/**
 * @vitest-environment node
 *
 * The kit (addons/kit) is a Slidev addon that any talk can use: it takes what it needs from a talk
 * through its documented options (deck.config.ts, the headmatter) and imports nothing of one.
 * Every relative import of every file in the kit must resolve inside the kit; package imports are
 * allowed (Slidev, Vue, the libraries it declares), and so are Slidev's own virtual modules.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const KIT = join(ROOT, 'addons', 'kit')

/** Every module specifier a source file imports (static, dynamic, re-exports, CSS @import). */
export function specifiers(source: string): string[] {
  const out: string[] = []
  // Comments say how to use a module; they import nothing.
  source = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  for (const m of source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g))
    out.push(m[1]!)
  for (const m of source.matchAll(/(?:^|[\s;(])import\s*(?:\(\s*)?['"]([^'"]+)['"]/g))
    out.push(m[1]!)
  for (const m of source.matchAll(/@import\s+['"]([^'"]+)['"]/g))
    out.push(m[1]!)
  return out
}

/** The relative imports of `file` that leave `within`. */
export function leaving(file: string, source: string, within: string): string[] {
  return specifiers(source)
    .filter(s => s.startsWith('.'))
    .filter(s => relative(within, resolve(dirname(file), s)).startsWith('..'))
}

const files = readdirSync(KIT, { recursive: true, encoding: 'utf8' })
  .filter(f => /\.(?:ts|vue|css)$/.test(f))
  .map(f => join(KIT, f))

describe('the kit imports nothing of the talk', () => {
  it('reads the kit\'s files', () => {
    expect(files.length).toBeGreaterThan(30)
  })

  it('every relative import of the kit stays inside addons/kit', () => {
    const out = files.flatMap(f => leaving(f, readFileSync(f, 'utf8'), KIT).map(s => `${relative(ROOT, f)}: ${s}`))
    expect(out).toEqual([])
  })

  it('the check sees an import that leaves the kit, static, dynamic or CSS', () => {
    const f = join(KIT, 'client', 'probe.ts')
    expect(leaving(f, 'import { products } from \'../../../data/facts\'\n', KIT)).toEqual(['../../../data/facts'])
    expect(leaving(f, 'const m = import(\'../../../components/Chart.vue\')\n', KIT)).toEqual(['../../../components/Chart.vue'])
    expect(leaving(join(KIT, 'styles', 'x.css'), '@import \'../../../styles/index.css\';\n', KIT)).toEqual(['../../../styles/index.css'])
    expect(leaving(f, 'import { say } from \'../shared/words\'\n', KIT)).toEqual([])
    expect(leaving(f, '/**\n * import { x } from \'../../../data/facts\'\n */\n', KIT)).toEqual([])
  })
})
