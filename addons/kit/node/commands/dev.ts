/** `deck-kit dev [talk] [slidev options]`: Slidev's dev server on the talk (the kit comes with its addons:). */
import { spawnSync } from 'node:child_process'
import { slidevBin } from './slidev-bin.ts'
import { takeTalk } from './talk-arg.ts'

export async function run(args: string[]): Promise<number> {
  const { entry, rest } = takeTalk(args)
  const hasOpen = rest.some(a => a === '--open' || a.startsWith('--open='))
  const r = spawnSync(process.execPath, [
    slidevBin(),
    entry,
    ...(hasOpen
      ? []
      : ['--open', 'false']),
    ...rest,
  ], { stdio: 'inherit' })
  return r.status ?? 1
}
