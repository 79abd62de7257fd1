#!/usr/bin/env node
/**
 * The kit's command line, `deck-kit <command> [talk] [options]`, run through npm scripts or npx so
 * that it gets the Node the install brings (the kit's TypeScript runs as it is on Node 24, not on
 * older ones). Each command is one entry of COMMANDS and one file in commands/, loaded only when
 * asked for, so a quick command does not wait for the exporter's browser libraries.
 */
export interface Command {
  /** One line for the help. */
  summary: string
  /** The arguments, for the help. */
  usage: string
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>
}

export const COMMANDS: Record<string, Command> = {
  'dev': {
    summary: 'present a talk from Slidev\'s dev server, the kit included',
    usage: '[talk] [slidev options]',
    load: () => import('./commands/dev.ts'),
  },
  'build': {
    summary: 'build a talk for hosting, at the base its options give',
    usage: '[talk] [--out dir] [--base /path/] [slidev build options]',
    load: () => import('./commands/build.ts'),
  },
  'serve': {
    summary: 'serve a built talk as a static host does (ETag, 304s, SPA fallback)',
    usage: '[dir] [--port 4173] [--base /] [--gzip]',
    load: () => import('./commands/serve.ts'),
  },
  'plan': {
    summary: 'print a talk\'s time plan, slide by slide',
    usage: '[talk] [--json]',
    load: () => import('./commands/plan.ts'),
  },
  'export': {
    summary: 'export PDFs, the handout, PPTXs, the link-preview picture',
    usage: '[talk] [pdf steps handout pptx pptx-pictures og-image]',
    load: () => import('./commands/export.ts'),
  },
  'new': {
    summary: 'start a talk from the example: its folder, title, address and files set',
    usage: '<folder> "<title>"',
    load: () => import('./commands/new.ts'),
  },
  'present': {
    summary: 'at the venue: build if needed, serve on the local network, phones follow, a phone as the remote',
    usage: '[talk] [--port 4173] [--out dir] [--fresh]',
    load: () => import('./commands/present.ts'),
  },
  'bench-live': {
    summary: 'the present server under N phones on loopback: one JSON line of latency, losses, memory',
    usage: '[--phones 1000] [--moves 20] [--timeout 120]',
    load: () => import('./commands/bench-live.ts'),
  },
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map(n => n.length))
  return [
    'Usage: deck-kit <command> [talk] [options]   (npm run <command> -- [talk] [options])',
    '',
    'A talk is its folder or its slides.md; the talk in the current folder by default.',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.usage}\n  ${' '.repeat(width)}  ${c.summary}`),
  ].join('\n')
}

if (import.meta.main) {
  const [name, ...args] = process.argv.slice(2)
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    process.exit(name
      ? 0
      : 2)
  }
  const command = COMMANDS[name]
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`)
    process.exit(2)
  }
  try {
    process.exitCode = await (await command.load()).run(args)
  }
  catch (e) {
    // A talk that cannot be read, an option that is wrong: the message says which and how to fix it.
    console.error(`\n${(e as Error).message}\n`)
    process.exitCode = 1
  }
}
