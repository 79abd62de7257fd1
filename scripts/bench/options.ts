/**
 * The command line: `--runs N`, `--quick`, `--skip step,…` (see bench.ts for what they mean).
 */
import type { Step } from './constants.ts'
import { parseArgs } from 'node:util'
import { STEPS } from './constants.ts'

export interface Options {
  runs: number
  quick: boolean
  skip: Set<string>
  doStep: (s: Step) => boolean
}

export function parseOptions(argv: string[] = process.argv.slice(2)): Options {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      skip: { type: 'string', default: '' },
    },
  })
  const runs = Number(args.runs ?? (args.quick ? 1 : 3))
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, got ${args.runs}`)
  const skip = new Set(args.skip.split(',').map(s => s.trim()).filter(Boolean))
  for (const s of skip) {
    if (!(STEPS as readonly string[]).includes(s))
      throw new Error(`--skip: unknown step "${s}" (known: ${STEPS.join(', ')})`)
  }
  return {
    runs,
    quick: args.quick,
    skip,
    doStep: (s: Step) => !skip.has(s),
  }
}
