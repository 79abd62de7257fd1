/**
 * @vitest-environment node
 *
 * The time plan (addons/kit/shared/plan.ts, duration.ts): each slide's planned time from its
 * `plan:` frontmatter or the length of its notes, floors for section openers, scaled to the talk's
 * duration less the questions, in whole seconds that add up; bad values stopped naming the slide.
 */
import type { PlanSettings, PlanSlideSource } from '../../addons/kit/shared/plan'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { resolvePlan } from '../../addons/kit/config'
import { loadTalk } from '../../addons/kit/node/deck'
import { deckPlan } from '../../addons/kit/node/deck-plan'
import { parseTime, secondsOf } from '../../addons/kit/shared/duration'
import { computePlan, planInputs, planOf, withRehearsed } from '../../addons/kit/shared/plan'
import { DEFAULT_RATE, spokenLength } from '../../addons/kit/shared/talk-length'

const settings: PlanSettings = {
  duration: 600,
  questions: 60,
  rate: DEFAULT_RATE,
  floors: { section: 12 },
}

/** `n` Han characters of notes: n / 220 minutes at the default rate. */
const han = (n: number) => '讲'.repeat(n)

function slide(no: number, note: string, frontmatter: Record<string, unknown> = {}): PlanSlideSource {
  return {
    no,
    title: `slide ${no}`,
    note,
    frontmatter,
  }
}

const sum = (xs: { seconds: number }[]) => xs.reduce((a, s) => a + s.seconds, 0)

describe('times as a talk writes them', () => {
  it('reads seconds, units and m:ss as Slidev\'s duration does', () => {
    expect(secondsOf(45)).toBe(45)
    expect(secondsOf('45')).toBe(45)
    expect(secondsOf('45s')).toBe(45)
    expect(secondsOf('1.5min')).toBe(90)
    expect(secondsOf('2m30s')).toBe(150)
    expect(secondsOf('2min30s')).toBe(150)
    expect(secondsOf('1:30')).toBe(90)
    expect(secondsOf('1h')).toBe(3600)
    expect(secondsOf(' 20min ')).toBe(1200)
  })

  it('refuses what is not a time', () => {
    for (const bad of [
      '',
      'abc',
      '+10s',
      '3 weeks',
      '2 min',
      '1:75',
      '45秒',
      null,
      true,
      {},
      Number.NaN,
      Infinity,
    ])
      expect(secondsOf(bad), String(bad)).toBeUndefined()
    expect(secondsOf(-3)).toBe(-3)
    expect(() => parseTime(-3, 'slide 7: plan')).toThrow('slide 7: plan must be a positive duration like 45s or 2min, got "-3"')
    expect(() => parseTime(0, 'x')).toThrow(/positive/)
    expect(parseTime(0, 'x', { zero: true })).toBe(0)
  })
})

describe('the plan', () => {
  const slides = [
    slide(1, han(220)),
    slide(2, han(10), { layout: 'section' }),
    slide(3, han(440)),
    slide(4, han(330)),
  ]

  it('sums to the duration less the questions, in whole seconds', () => {
    const { plan } = planOf(slides, settings)
    expect(plan.budget).toBe(540)
    expect(plan.total).toBe(540)
    expect(sum(plan.slides)).toBe(540)
    for (const s of plan.slides)
      expect(Number.isInteger(s.seconds)).toBe(true)
    // Starts and ends follow each other from 0.
    expect(plan.slides.map(s => s.start)).toEqual([
      0,
      ...plan.slides.slice(0, -1).map(s => s.end),
    ])
    expect(plan.slides.at(-1)!.end).toBe(540)
  })

  it('follows the notes\' lengths, and gives a section opener at least its floor', () => {
    const { plan } = planOf(slides, settings)
    const [a, section, b, c] = plan.slides
    // 10 characters at 220 a minute is under 3 s, scaled still under 12 s: the floor.
    expect(section).toMatchObject({ seconds: 12, source: 'floor' })
    // The rest share 528 s as 1 : 2 : 1.5.
    expect(a!.seconds).toBe(117)
    expect(b!.seconds).toBe(235)
    expect(c!.seconds).toBe(176)
    expect(a!.source).toBe('notes')
    expect(b!.seconds / a!.seconds).toBeCloseTo(2, 1)
  })

  it('counts the notes as spokenLength does: stage directions and markup are not spoken, clicks are', () => {
    const note = `${han(100)}\n\n<p class="cue">节奏：这一句不讲出来，不算时间。</p>\n\n[click] ${han(10)}`
    const [input] = planInputs([
      slide(1, note),
    ], settings)
    expect(input!.spoken).toBeCloseTo(spokenLength(note).seconds, 9)
    expect(input!.spoken).toBeCloseTo(110 / 220 * 60 + 3, 9)
  })

  it('keeps a slide\'s own plan: as written and shares the rest', () => {
    const { plan } = planOf([
      slide(1, han(220), { plan: '1.5min' }),
      slide(2, han(220)),
      slide(3, han(220), { plan: 30 }),
      slide(4, han(220), { plan: '1:00' }),
    ], settings)
    expect(plan.slides.map(s => s.seconds)).toEqual([90, 360, 30, 60])
    expect(plan.slides.map(s => s.source)).toEqual([
      'frontmatter',
      'notes',
      'frontmatter',
      'frontmatter',
    ])
    expect(plan.total).toBe(540)
  })

  it('lets every slide set its own time: the plan is then what they say', () => {
    const { plan } = planOf([
      slide(1, '', { plan: '2min' }),
      slide(2, '', { plan: '3min' }),
    ], settings)
    expect(plan.total).toBe(300)
    expect(plan.unplanned).toBe(240)
  })

  it('shares equally among slides without notes', () => {
    const { plan } = planOf([
      slide(1, ''),
      slide(2, ''),
      slide(3, ''),
    ], { ...settings, questions: 0 })
    expect(plan.slides.map(s => s.seconds)).toEqual([200, 200, 200])
  })

  it('rejects a negative or non-numeric planned time, naming the slide', () => {
    expect(() => planOf([
      slide(1, 'a'),
      slide(7, 'b', { plan: -3 }),
    ], settings))
      .toThrow('slide 7: plan must be a positive duration like 45s or 2min, got "-3"')
    expect(() => planOf([
      slide(3, 'a', { plan: 'soon' }),
    ], settings))
      .toThrow('slide 3: plan must be a positive duration like 45s or 2min, got "soon"')
    expect(() => planOf([
      slide(4, 'a', { plan: 0 }),
    ], settings)).toThrow(/^slide 4: plan/)
    expect(() => planOf([
      slide(5, 'a', { plan: '+10s' }),
    ], settings)).toThrow(/^slide 5: plan/)
  })

  it('rejects planned times that leave the other slides nothing, and questions as long as the talk', () => {
    expect(() => planOf([
      slide(1, '', { plan: '8min' }),
      slide(2, '', { plan: '2min' }),
      slide(3, 'x'),
    ], settings))
      .toThrow(/slides 1, 2 add up to 10:00, more than the 9:00/)
    expect(() => planOf([
      slide(1, 'x'),
    ], { ...settings, questions: 600 })).toThrow(/plan\.questions \(10:00\) must be/)
    expect(() => planOf([
      slide(1, 'x', { layout: 'section' }),
    ], {
      ...settings,
      floors: { section: 900 },
    })).toThrow(/floors of slides 1/)
  })

  it('weighs rehearsed times instead of the notes once they are the plan, still summing to the budget', () => {
    const { inputs } = planOf(slides, settings)
    const plan = computePlan(withRehearsed(inputs, { 1: 100, 3: 100, 4: 100 }), 540)
    expect(plan.total).toBe(540)
    expect(plan.slides.map(s => s.source)).toEqual([
      'rehearsal',
      'floor',
      'rehearsal',
      'rehearsal',
    ])
    expect(plan.slides.map(s => s.seconds)).toEqual([176, 12, 176, 176])
  })
})

describe('the kit\'s plan options', () => {
  it('defaults to no questions, 220 characters a minute, 12 s for a section opener, 15 s either way', () => {
    expect(resolvePlan()).toEqual({
      questions: 0,
      rate: { perMinute: 220, clickSeconds: 3 },
      floors: { section: 12 },
      tolerance: 15,
    })
    expect(resolvePlan({
      questions: '2min',
      floors: { 'section': '10s', '*': 5 },
      tolerance: 20,
    })).toMatchObject({
      questions: 120,
      floors: { 'section': 10, '*': 5 },
      tolerance: 20,
    })
  })

  it('refuses a bad option, naming it', () => {
    expect(() => resolvePlan({ questions: 'two' })).toThrow('deck.config: plan.questions must be a duration like 2min, or 0, got "two"')
    expect(() => resolvePlan({
      floors: { section: -1 },
    })).toThrow(/plan\.floors\.section/)
  })
})

describe('this talk\'s plan', () => {
  it('fills 18 of its 20 minutes, slide by slide, section openers included', async () => {
    const { deck, kit } = await loadTalk(fileURLToPath(new URL('../../slides.md', import.meta.url)))
    const p = deckPlan(deck, kit)
    expect(deck.duration).toBe(20 * 60)
    expect(p.questions).toBe(120)
    expect(p.plan.total).toBe(18 * 60)
    expect(p.plan.slides).toHaveLength(deck.slides.length)
    for (const s of p.plan.slides)
      expect(s.seconds, `slide ${s.no}`).toBeGreaterThanOrEqual(12)
  })

  it('the example talk plans its default 30 minutes', async () => {
    const { deck, kit } = await loadTalk(fileURLToPath(new URL('../../examples/three-surfaces/slides.md', import.meta.url)))
    expect(deckPlan(deck, kit).plan.total).toBe(deck.duration - kit.plan.questions)
  })
})
