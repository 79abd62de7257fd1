/**
 * @vitest-environment node
 *
 * On stage and in rehearsal (addons/kit/shared/pace.ts, rehearsal.ts): ahead or behind against the
 * plan, the slide the plan expects, Slidev's timer read as it reads itself, and a rehearsal's
 * times per slide, set against the plan, marked, exported.
 */
import type { Plan } from '../../addons/kit/shared/plan'
import { describe, expect, it } from 'vitest'
import { expectedSlide, paceAt, timerSeconds } from '../../addons/kit/shared/pace'
import { computePlan } from '../../addons/kit/shared/plan'
import { moveRun, pauseRun, rehearsalCsv, rehearsalJson, rehearsalRows, rehearsedSeconds, resumeRun, runOnSlide, runSeconds, runSpent, startRun } from '../../addons/kit/shared/rehearsal'

/** Three slides of 60, 120 and 60 s: 0–60, 60–180, 180–240. */
const plan: Plan = computePlan([60, 120, 60].map((s, i) => ({
  no: i + 1,
  title: `第 ${i + 1} 页, "引号"`,
  fixed: s,
  spoken: 0,
  floor: 0,
})), 300)

describe('the pace', () => {
  it('is on time inside the slide\'s planned window, within the tolerance', () => {
    expect(paceAt(plan, 2, 60, 0, 15)).toMatchObject({ kind: 'onTime', by: 0, expected: 2 })
    expect(paceAt(plan, 2, 130, 70, 15)).toMatchObject({ kind: 'onTime', expected: 2 })
    expect(paceAt(plan, 2, 50, 0, 15)).toMatchObject({ kind: 'onTime', expected: 1 })
  })

  it('is behind by how late the slide came, and stays so while it takes its time', () => {
    expect(paceAt(plan, 2, 105, 0, 15)).toMatchObject({ kind: 'behind', by: 45 })
    expect(paceAt(plan, 2, 135, 30, 15)).toMatchObject({ kind: 'behind', by: 45 })
  })

  it('is behind by the overrun of a slide kept past its planned end', () => {
    // Arrived on time at 1:00, still on it at 3:45: 45 s past its planned end.
    expect(paceAt(plan, 2, 225, 165, 15)).toMatchObject({ kind: 'behind', by: 45, expected: 3 })
  })

  it('is ahead by how early the slide came, and the lead shrinks only when the slide overstays', () => {
    expect(paceAt(plan, 3, 100, 0, 15)).toMatchObject({ kind: 'ahead', by: 80, expected: 2 })
    expect(paceAt(plan, 3, 130, 30, 15)).toMatchObject({ kind: 'ahead', by: 80 })
    // 70 s on a 60 s slide: the lead is 10 s shorter.
    expect(paceAt(plan, 3, 170, 70, 15)).toMatchObject({ kind: 'ahead', by: 70 })
  })

  it('expects the questions once the slides\' time is over', () => {
    expect(expectedSlide(plan, 0)).toBe(1)
    expect(expectedSlide(plan, 239.9)).toBe(3)
    expect(expectedSlide(plan, 240)).toBeUndefined()
    expect(paceAt(plan, 3, 250, 70, 15)).toMatchObject({ kind: 'onTime', expected: undefined })
  })

  it('reads Slidev\'s timer as its useTimer does', () => {
    expect(timerSeconds({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 5000)).toBeUndefined()
    expect(timerSeconds({ status: 'running', startedAt: 1000, pausedAt: 0 }, 61_000)).toBe(60)
    expect(timerSeconds({ status: 'paused', startedAt: 1000, pausedAt: 31_000 }, 61_000)).toBe(30)
    expect(timerSeconds(undefined, 1)).toBeUndefined()
  })
})

describe('a rehearsal', () => {
  it('records the time between slide changes, across three slides', () => {
    let run = startRun(0, 1)
    run = moveRun(run, 20_000, 2)
    run = moveRun(run, 55_000, 3)
    expect(runSpent(run, 105_000)).toEqual({ 1: 20, 2: 35, 3: 50 })
    expect(runSeconds(run, 105_000)).toBe(105)
    expect(runOnSlide(run, 105_000)).toBe(50)
    // It remembers where it began, for the readout's clock (the planned start of that slide).
    expect(moveRun(pauseRun(startRun(0, 7), 1), 2, 8).from).toBe(7)
  })

  it('leaves pauses out and adds a slide shown twice', () => {
    let run = startRun(0, 1)
    run = pauseRun(run, 10_000)
    run = resumeRun(run, 70_000)
    run = moveRun(run, 80_000, 2)
    run = moveRun(run, 90_000, 1)
    expect(runSpent(run, 95_000)).toEqual({ 1: 25, 2: 10 })
    // A move while paused starts the next slide's time at the resume.
    run = pauseRun(run, 95_000)
    run = moveRun(run, 100_000, 2)
    run = resumeRun(run, 200_000)
    expect(runSpent(run, 205_000)).toEqual({ 1: 25, 2: 15 })
  })

  it('is set against the plan, marking slides that run long or short beyond the tolerance', () => {
    const rows = rehearsalRows(plan, { 1: 70.4, 2: 150, 3: 30 }, 15)
    expect(rows.map(r => [r.rehearsed, r.diff, r.mark])).toEqual([
      [70, 10, undefined],
      [150, 30, 'long'],
      [30, -30, 'short'],
    ])
    expect(rehearsalRows(plan, { 2: 100 }, 15)[0]).toEqual({ no: 1, title: plan.slides[0]!.title, planned: 60 })
    expect(rehearsedSeconds({ 1: 70.4, 2: 0, 3: 0.2 })).toEqual({ 1: 70, 3: 1 })
  })

  it('exports as CSV (quoted where needed, with a byte-order mark) and as JSON', () => {
    const rows = rehearsalRows(plan, { 1: 70, 2: 150 }, 15)
    const csv = rehearsalCsv(rows)
    expect(csv.startsWith('\uFEFFslide,title,planned_s,rehearsed_s,difference_s,mark,planned,rehearsed\r\n')).toBe(true)
    expect(csv).toContain('2,"第 2 页, ""引号""",120,150,30,long,2:00,2:30\r\n')
    expect(csv).toContain('3,"第 3 页, ""引号""",60,,,,1:00,\r\n')
    const json = JSON.parse(rehearsalJson('演讲', '2026-12-01T10:00:00.000Z', rows))
    expect(json).toMatchObject({ talk: '演讲', rehearsed: '2026-12-01T10:00:00.000Z' })
    expect(json.slides[1]).toEqual({
      slide: 2,
      title: plan.slides[1]!.title,
      plannedSeconds: 120,
      rehearsedSeconds: 150,
      differenceSeconds: 30,
      mark: 'long',
    })
    expect(json.slides[2].rehearsedSeconds).toBeNull()
  })
})
