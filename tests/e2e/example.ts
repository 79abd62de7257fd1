/**
 * The example talk (examples/three-surfaces), as the kit reads it: its slides, its resolved kit
 * options, where its build and its exports are, and the port its build is served on
 * (playwright.config.ts).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadTalk } from '../../addons/kit/node/deck'
import { exportFiles } from '../../addons/kit/node/export/run'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export const EXAMPLE_PORT = Number(process.env.E2E_EXAMPLE_PORT ?? 4185)
export const EXAMPLE_ORIGIN = `http://127.0.0.1:${EXAMPLE_PORT}`
export const EXAMPLE_DIST = join(ROOT, 'dist-example')
export const { deck: example, kit: exampleKit } = await loadTalk(join(ROOT, 'examples/three-surfaces/slides.md'))
export const exampleFiles = exportFiles(example.root, exampleKit.exportDir, example.name)
