import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Slidev's command line, run with this Node (not whatever `slidev` is first on the PATH). */
export function slidevBin(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}
