/**
 * `deck-kit new <folder> "<title>" [--from <talk>] [--no-picture]`: a new talk, copied from the example talk
 * (examples/three-surfaces, or --from), with its own title, file names (exportFilename), address
 * and base (https://deck.example.org/<name>/ until it has a home), web-app name and link-preview
 * picture (drawn in Chromium; --no-picture leaves it to `npm run og-image`). It runs, builds and
 * exports as it is; what it says is then the author's to write.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { OG_IMAGE_FILE } from '../../shared/constants.ts'
import { CONFIG_FILE } from '../deck.ts'
import { run as exportTalk } from './export.ts'

export const TEMPLATE = 'examples/three-surfaces'

/** What is made, not written: never copied into a new talk. */
const NOT_COPIED = new Set([
  'node_modules',
  'exports',
  '.slidev',
  'dist',
])

/** The file-name form of a folder's name: my-talk, wecom-20. */
export function slugOf(folder: string): string {
  return basename(resolve(folder)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'talk'
}

/** A YAML scalar that needs no escaping rules of its own. */
function yamlString(s: string): string {
  return JSON.stringify(s)
}

/** The template's slides.md with the new title and file name. */
export function newSlides(source: string, title: string, slug: string): string {
  const head = /^---\n([\s\S]*?)\n---\n/.exec(source)
  if (!head)
    throw new Error('the template\'s slides.md has no headmatter')
  const old = /^title:[ \t]*(\S.*)$/m.exec(head[1]!)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2')
  let text = source
    .replace(/^title:.*$/m, `title: ${yamlString(title)}`)
    .replace(/^exportFilename:.*$/m, `exportFilename: ${slug}`)
  // The template's cover repeats its title as a heading; the new talk's cover says its own.
  if (old)
    text = text.split(`# ${old}\n`).join(`# ${title}\n`)
  return text
}

/** The template's deck.config.ts with the new address, base and web-app name. */
export function newConfig(source: string, title: string, slug: string): string {
  const url = `https://deck.example.org/${slug}/`
  let text = source.replace(/^\s*base:\s*'[^']*',\n/m, '')
  text = text.replace(/^(\s*)url:\s*'[^']*',$/m, `$1url: '${url}',\n$1base: '/${slug}/',`)
  if (!text.includes(`url: '${url}'`))
    throw new Error(`the template's ${CONFIG_FILE} has no url: '…' line to set`)
  text = text.replace(/^(\s*)short_name:\s*'[^']*',$/m, `$1short_name: ${JSON.stringify(title.slice(0, 30)).replace(/^"|"$/g, '\'')},`)
  return text
}

export async function run(args: string[]): Promise<number> {
  const at = args.indexOf('--from')
  const from = resolve(at >= 0
    ? args[at + 1] ?? ''
    : TEMPLATE)
  const picture = !args.includes('--no-picture')
  const [folder, title] = args.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1))
  if (!folder || !title?.trim()) {
    console.error('Usage: npm run new -- <folder> "<title>"   for example: npm run new -- talks/my-talk "My title"')
    return 2
  }
  const dest = resolve(folder)
  if (existsSync(dest) && readdirSync(dest).length) {
    console.error(`${folder} already exists and is not empty: name a new folder.`)
    return 2
  }
  if (!existsSync(join(from, 'slides.md'))) {
    console.error(`No talk to start from at ${relative(process.cwd(), from)}: give one with --from <folder>.`)
    return 2
  }
  const slug = slugOf(folder)
  cpSync(from, dest, {
    recursive: true,
    filter: src => !NOT_COPIED.has(basename(src)) && !basename(src).startsWith('dist-'),
  })
  writeFileSync(join(dest, 'slides.md'), newSlides(readFileSync(join(from, 'slides.md'), 'utf8'), title.trim(), slug))
  if (existsSync(join(from, CONFIG_FILE)))
    writeFileSync(join(dest, CONFIG_FILE), newConfig(readFileSync(join(from, CONFIG_FILE), 'utf8'), title.trim(), slug))
  // The template's picture shows the template's title: draw the new talk's, or have none.
  rmSync(join(dest, 'public', OG_IMAGE_FILE), { force: true })
  const talk = relative(process.cwd(), dest)
  console.log(`Made ${talk} from ${relative(process.cwd(), from)}: "${title.trim()}", exports named ${slug}, at https://deck.example.org/${slug}/ (base /${slug}/).`)
  const drawn = picture
    ? await exportTalk([talk, 'og-image'])
    : 1
  if (drawn !== 0)
    console.error(`No link-preview picture yet: run "npm run og-image -- ${talk}".`)
  console.log([
    '',
    'Next:',
    `  npm run dev -- ${talk}        present it while you write (http://localhost:3030)`,
    `  npm run build -- ${talk}      the site, in dist-${basename(dest)}/`,
    `  npm run export -- ${talk}     its PDFs, handout and PPTXs, in ${talk}/exports/`,
    `  npm run plan -- ${talk}       its time plan`,
    `Its options: ${talk}/${CONFIG_FILE}; the kit's: addons/kit/README.md.`,
  ].join('\n'))
  return 0
}
