/**
 * How every command names its talk: the talk's folder or its slides.md, as the first argument
 * that is not an option; the talk in the current folder when none is given.
 */
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'

/** True when `arg` names a talk: a folder holding slides.md, or a Markdown file. */
export function isTalk(arg: string): boolean {
  if (arg.endsWith('.md'))
    return true
  return existsSync(arg) && statSync(arg).isDirectory() && existsSync(join(arg, 'slides.md'))
}

/** The talk's slides.md, absolute. */
export function talkEntry(arg = '.'): string {
  const path = resolve(arg)
  return path.endsWith('.md')
    ? path
    : join(path, 'slides.md')
}

/**
 * Takes the talk out of `args` (the first argument that names one), leaving the rest. `whole`: the
 * talk was named by its folder (or not at all), so a command that makes every edition makes them all;
 * a Markdown file names one edition.
 */
export function takeTalk(args: string[]): { entry: string, rest: string[], whole: boolean } {
  const at = args.findIndex(a => !a.startsWith('-') && isTalk(a))
  if (at < 0) {
    return {
      entry: talkEntry(),
      rest: args,
      whole: true,
    }
  }
  return {
    entry: talkEntry(args[at]),
    rest: args.filter((_, i) => i !== at),
    whole: !args[at]!.endsWith('.md'),
  }
}

/** The talk as a person would type it from here: `.` for the current folder's, else its folder. */
export function shownTalk(entry: string): string {
  const dir = relative(process.cwd(), dirname(entry)) || '.'
  return basename(entry) === 'slides.md'
    ? dir
    : relative(process.cwd(), entry)
}
