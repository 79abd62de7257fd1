/**
 * @vitest-environment node
 *
 * The Chinese-copy lint (`npm run lint:copy`: autocorrect with .autocorrectrc) does what the
 * project says it does: the deck passes it, it reads the speaker notes as well as the slides,
 * the protected names stay as written, and the text around those names is checked too.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintFor, loadConfig } from 'autocorrect-node'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const configText = readFileSync(resolve(ROOT, '.autocorrectrc'), 'utf8')
const config = parseYaml(configText) as { rules: Record<string, number>, textRules: Record<string, number> }
const slides = readFileSync(resolve(ROOT, 'slides.md'), 'utf8')
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

const problems = (text: string) => lintFor(text, 'slides.md').lines.map(l => `${l.l}:${l.c} ${l.old} → ${l.new}`)

beforeAll(() => {
  loadConfig(configText)
})

describe('.autocorrectrc', () => {
  it('writes out and turns on every default rule as an error', () => {
    for (const rule of [
      'space-word',
      'space-punctuation',
      'space-bracket',
      'space-backticks',
      'space-dash',
      'fullwidth',
      'no-space-fullwidth',
      'no-space-fullwidth-quote',
      'halfwidth-word',
      'halfwidth-punctuation',
    ])
      expect(config.rules[rule], rule).toBe(1)
  })

  it('keeps the author\'s name and the article\'s title as written', () => {
    expect(config.textRules['王M争']).toBe(0)
    expect(config.textRules['企业微信的20年']).toBe(0)
  })

  it('npm run lint runs it over slides.md, and npm test runs npm run lint', () => {
    expect(pkg.scripts['lint:copy']).toMatch(/^autocorrect --lint .*\bslides\.md\b/)
    expect(pkg.scripts.lint).toContain('npm run lint:copy')
    expect(readFileSync(resolve(ROOT, 'scripts/test.ts'), 'utf8')).toContain('check(\'lint\')')
  })
})

describe('slides.md against the house style', () => {
  it('passes', () => {
    expect(problems(slides)).toEqual([])
  })

  it('passes with the protected names masked, so the text next to them is checked as well', () => {
    // A text rule leaves a whole space-free run unchecked; with the names swapped for
    // equivalents the rules accept, those runs are linted like any other.
    const masked = slides.replaceAll('王M争', '王某争').replaceAll('企业微信的20年', '企业微信的 20 年')
    expect(masked).not.toBe(slides)
    expect(problems(masked)).toEqual([])
  })

  it('still says 王M争 (no space was forced into the name)', () => {
    expect(slides).toContain('王M争')
    expect(slides).not.toMatch(/王 M 争/)
  })
})

describe('the lint reads what the audience and the speaker read', () => {
  it('flags a mistake in a speaker note (the HTML comment closing a slide)', () => {
    const broken = slides.replace(/<!--\n/, '<!--\n这句话用了English和半角标点,不合规范。\n')
    expect(broken).not.toBe(slides)
    expect(problems(broken).join('\n')).toContain('这句话用了 English 和半角标点，不合规范。')
  })

  it('flags a mistake in slide text and in the headmatter', () => {
    expect(slides).toContain('# 先看懂定位')
    expect(problems(slides.replace('# 先看懂定位', '# 先看懂2个定位')).join('\n')).toContain('先看懂 2 个定位')
    const info = '产品经理聚会上的一场 20 分钟分享'
    expect(slides).toContain(info)
    expect(problems(slides.replace(info, '产品经理聚会上的一场20分钟分享')).join('\n')).toContain(info)
  })

  it('wants figures as 「250 万」, with the space', () => {
    expect(problems('企业微信只有250万家。').join('\n')).toContain('250 万家')
    expect(problems('企业微信只有 250 万家。')).toEqual([])
  })
})
