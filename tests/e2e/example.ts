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
// EXAMPLE_TALK and EXAMPLE_DIST run these tests on another talk made from the example (npm run
// new), built with --base / into a folder of its own (docs/testing.md).
export const EXAMPLE_TALK = process.env.EXAMPLE_TALK ?? 'examples/three-surfaces'
export const EXAMPLE_DIST = join(ROOT, process.env.EXAMPLE_DIST ?? 'dist-example')
export const { deck: example, kit: exampleKit } = await loadTalk(join(ROOT, EXAMPLE_TALK, 'slides.md'))
export const exampleFiles = exportFiles(example.root, exampleKit.exportDir, example.name)
