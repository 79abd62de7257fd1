/**
 * One line per file written: its size, and for a PDF what a print shop or a screen reader would
 * ask about (pages, paper, tagged, font kinds), read with poppler's pdfinfo and pdffonts when they
 * are installed. A Type 3 or unembedded font is flagged here; the export tests fail on it.
 */
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { relative } from 'node:path'

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(2)} MB`
    : `${Math.round(bytes / 1024)} KB`
}

function poppler(cmd: string, file: string): string | undefined {
  const r = spawnSync(cmd, [file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  return r.error || r.status !== 0
    ? undefined
    : r.stdout
}

export interface FontRow {
  name: string
  /** "Type 3", "CID TrueType", "TrueType", "Type 1C", … */
  type: string
  emb: string
  sub: string
  uni: string
  /** The whole line, for messages. */
  row: string
}

/**
 * pdffonts' table. Name and type are cut where the header's dashes say (a type holds spaces); the
 * yes/no flags are read from the right, where a long font name cannot shift them.
 */
export function parsePdffonts(output: string): FontRow[] {
  const [, dashes, ...rows] = output.trimEnd().split('\n')
  const cuts: [number, number][] = []
  for (const m of (dashes ?? '').matchAll(/-+/g))
    cuts.push([m.index, m.index + m[0].length])
  const col = (row: string, i: number) => row.slice(cuts[i]![0], cuts[i]![1] + 1).trim()
  return rows.filter(r => r.trim()).map((row) => {
    const [emb = '', sub = '', uni = ''] = row.trim().split(/\s+/).slice(-5, -2)
    return {
      name: col(row, 0),
      type: col(row, 1),
      emb,
      sub,
      uni,
      row,
    }
  })
}

/** "27 pages 735 × 414 pt, tagged, 6 fonts (CID TrueType), all embedded and subset, with Unicode maps" */
export function describePdf(file: string): { summary: string, problems: string[] } {
  const info = poppler('pdfinfo', file)
  const fonts = poppler('pdffonts', file)
  if (!info || !fonts)
    return { summary: 'pdfinfo/pdffonts not installed: not checked', problems: [] }
  const pages = info.match(/^Pages:\s+(\d+)/m)?.[1]
  const size = info.match(/^Page size: *(\S.*)$/m)?.[1]?.trim()
  const tagged = /^Tagged:\s+yes/m.test(info)
  const rows = parsePdffonts(fonts)
  const problems: string[] = []
  if (!tagged)
    problems.push('not tagged')
  const type3 = rows.filter(r => r.type === 'Type 3').length
  if (type3)
    problems.push(`${type3} Type 3 fonts`)
  for (const [key, what] of [
    ['emb', 'not embedded'],
    ['sub', 'not subset'],
    ['uni', 'without a Unicode map'],
  ] as const) {
    const n = rows.filter(r => r[key] !== 'yes').length
    if (n)
      problems.push(`${n} fonts ${what}`)
  }
  const kinds = [
    ...new Set(rows.map(r => r.type)),
  ].join(', ')
  return {
    summary: `${pages} pages of ${size}, ${tagged
      ? 'tagged'
      : 'untagged'}, ${rows.length} fonts (${kinds || 'none'})`,
    problems,
  }
}

/** The line "✓ exports/x.pdf  812 KB · …" (with `detail`, what the target says of it) and the size in bytes. */
export function report(file: string, root: string, detail?: string): { line: string, bytes: number } {
  const bytes = statSync(file).size
  const line = [`  ✓ ${relative(root, file)}  ${formatSize(bytes)}`]
  if (detail)
    line.push(detail)
  if (file.endsWith('.pdf')) {
    const { summary, problems } = describePdf(file)
    line.push(summary)
    if (problems.length)
      line.push(`⚠ ${problems.join(', ')}`)
  }
  return {
    line: line.join(' · '),
    bytes,
  }
}
