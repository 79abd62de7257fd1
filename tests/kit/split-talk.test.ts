/**
 * @vitest-environment node
 *
 * A talk split across files (`src:` in a slide's frontmatter, as Slidev allows) is read as Slidev
 * reads it: the time plan, the typeface's subsets and the handout's bookmarks see every slide,
 * the imported ones included, and not the importing slide as a slide of its own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadTalk } from '../../addons/kit/node/deck'
import { deckPlan } from '../../addons/kit/node/deck-plan'
import { sectionOutline } from '../../addons/kit/node/export/pdf-meta'
import { charSets } from '../../addons/kit/node/fonts/characters'

const dir = mkdtempSync(join(tmpdir(), 'split-talk-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

mkdirSync(join(dir, 'pages'))
writeFileSync(join(dir, 'slides.md'), `---
title: Split
lang: en
duration: 3min
section: a
---

# One

<!--
The first slide.
-->

---
src: ./pages/more.md
---

---

# Four

<!--
The last slide.
-->
`)
writeFileSync(join(dir, 'pages', 'more.md'), `---
section: b
---

# Two 鳥

<!--
Said on slide two: 龍.
-->

---

# Three

<!--
Slide three.
-->
`)

describe('a talk split across two files', () => {
  // Slidev titles the first slide with the headmatter's `title`.
  it('is read with its imported slides in place', async () => {
    const { deck } = await loadTalk(join(dir, 'slides.md'))
    expect(deck.slides.map(s => s.title)).toEqual(['Split', 'Two 鳥', 'Three', 'Four'])
    expect(deck.slides.map(s => s.note.trim())).toEqual([
      'The first slide.',
      'Said on slide two: 龍.',
      'Slide three.',
      'The last slide.',
    ])
    expect(deck.files).toEqual([
      join(dir, 'slides.md'),
      join(dir, 'pages', 'more.md'),
    ])
  })

  it('the plan gives every slide its time', async () => {
    const { deck, kit } = await loadTalk(join(dir, 'slides.md'))
    const plan = deckPlan(deck, kit).plan
    expect(plan.slides.map(s => s.title)).toEqual(['Split', 'Two 鳥', 'Three', 'Four'])
    expect(plan.slides.every(s => s.seconds > 0)).toBe(true)
  })

  it('the typeface\'s subsets hold the imported slides\' characters, and their notes\'', async () => {
    const { deck } = await loadTalk(join(dir, 'slides.md'))
    const sets = charSets({ deck })
    expect(sets.slides).toContain('鳥'.codePointAt(0))
    expect(sets.notes).toContain('龍'.codePointAt(0))
  })

  it('the handout\'s bookmarks list every slide under its section', async () => {
    const { deck } = await loadTalk(join(dir, 'slides.md'))
    const outline = sectionOutline(deck.slides, { a: 'Section A', b: 'Section B' }, deck.meta.title, s => s.no - 1)
    expect(JSON.stringify(outline)).toContain('Three')
    expect(outline.map(o => o.title)).toEqual(['Section A', 'Section B'])
    expect(outline.flatMap(o => (o.children ?? []).map(c => c.title))).toEqual(['Split', 'Two 鳥', 'Three', 'Four'])
  })

  it('an import that names no file stops the reading, naming it', async () => {
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: B\n---\n\n# B\n\n---\nsrc: ./gone.md\n---\n')
    await expect(loadTalk(join(dir, 'broken.md'))).rejects.toThrow(/gone\.md/)
  })
})
