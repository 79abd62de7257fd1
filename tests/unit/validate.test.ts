import type { DeckData } from '../../lib/validate'
import { describe, expect, it } from 'vitest'
import { derivedFigures, enterpriseCounts, mapPath, mapQuarters, mapSteps, milestones, placements, products, textFigures } from '../../data/facts'
import { talkLanguages } from '../../data/words'
import { assertDeckData, DeckDataError, validateCounts, validateDeckData } from '../../lib/validate'

/** A deep copy that keeps functions (the words modules' phrases) as they are. */
function clone(v: unknown): any {
  if (Array.isArray(v))
    return v.map(clone)
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [
      k,
      clone(x),
    ]))
  }
  return v
}

/** A deep, mutable copy of the real data and every language's words, to break on purpose. */
function copy(): any {
  return clone({
    products,
    enterpriseCounts,
    textFigures,
    milestones,
    placements,
    mapPath,
    mapSteps,
    derivedFigures,
    mapQuarters,
    languages: talkLanguages,
  })
}

function problemsOf(mutate: (d: any) => void): string[] {
  const d = copy()
  mutate(d)
  return validateDeckData(d as DeckData)
}

describe('validateDeckData: the real data', () => {
  it('passes', () => {
    expect(validateDeckData(copy())).toEqual([])
  })
})

describe('validateDeckData: broken copies name the field', () => {
  it('negative value', () => {
    const errors = problemsOf((d) => {
      d.enterpriseCounts[1].value = -2_500_000
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[1]')
    expect(errors[0]).toContain('wecom-2019')
    expect(errors[0]).toContain('.value')
    expect(errors[0]).toContain('positive')
  })

  it('zero value', () => {
    const errors = problemsOf((d) => {
      d.enterpriseCounts[0].value = 0
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[0]')
    expect(errors[0]).toContain('.value')
  })

  it('naN value', () => {
    const errors = problemsOf((d) => {
      d.enterpriseCounts[2].value = Number.NaN
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[2]')
    expect(errors[0]).toContain('.value')
  })

  it('value typed as a string', () => {
    const errors = problemsOf((d) => {
      d.textFigures[0].value = '2000万'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('textFigures[0]')
    expect(errors[0]).toContain('.value')
  })

  it('missing asOf', () => {
    const errors = problemsOf((d) => {
      delete d.enterpriseCounts[0].asOf
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[0]')
    expect(errors[0]).toContain('.asOf')
  })

  it('asOf that is not a date', () => {
    const errors = problemsOf((d) => {
      d.textFigures[3].asOf = '2015年'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('textFigures[3]')
    expect(errors[0]).toContain('.asOf')
  })

  it('a way of saying a date that does not exist', () => {
    const errors = problemsOf((d) => {
      d.enterpriseCounts[1].said = 'late'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[1]')
    expect(errors[0]).toContain('.said')
  })

  it.each(['zh-CN', 'en'])('a figure\'s words empty in %s: names the language\'s file, the id and the field', (lang) => {
    const errors = problemsOf((d) => {
      d.languages[lang].counts['wecom-2019'].counts = ' '
    })
    expect(errors).toEqual([`data/words/${lang}.ts: counts.wecom-2019.counts is empty: say it in ${lang}`])
  })

  it.each(['zh-CN', 'en'])('an id with no words in %s', (lang) => {
    const errors = problemsOf((d) => {
      delete d.languages[lang].milestones['wecom-app']
      delete d.languages[lang].reasons.rtx
      delete d.languages[lang].products.service.short
    })
    expect(errors).toHaveLength(3)
    expect(errors.every(e => e.startsWith(`data/words/${lang}.ts: `))).toBe(true)
    expect(errors.join('\n')).toContain('milestones has no entry for "wecom-app"')
    expect(errors.join('\n')).toContain('reasons has no entry for "rtx"')
    expect(errors.join('\n')).toContain('products["service"].short is missing')
  })

  it('a quarter with no name in one language', () => {
    const errors = problemsOf((d) => {
      delete d.languages.en.map.quarters['high-low']
    })
    expect(errors).toEqual(['data/words/en.ts: map.quarters has no name for "high-low": add it'])
  })

  it('missing source', () => {
    const errors = problemsOf((d) => {
      delete d.enterpriseCounts[2].source
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[2]')
    expect(errors[0]).toContain('.source')
  })

  it('missing source on a product', () => {
    const errors = problemsOf((d) => {
      delete d.products[0].source
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('products[0]')
    expect(errors[0]).toContain('.source')
  })

  it('source.where empty', () => {
    const errors = problemsOf((d) => {
      d.textFigures[1].source.where = ''
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('textFigures[1]')
    expect(errors[0]).toContain('.source.where')
  })

  it('source.section not one of the article\'s', () => {
    const errors = problemsOf((d) => {
      d.milestones[0].source.section = '六'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('milestones[0]')
    expect(errors[0]).toContain('.source.section')
  })

  it('basis other than count/claim/aim', () => {
    const errors = problemsOf((d) => {
      d.enterpriseCounts[0].basis = 'estimated'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[0]')
    expect(errors[0]).toContain('.basis')
    expect(errors[0]).toContain('\'count\', \'claim\', \'aim\'')
  })

  it('a figure with no basis at all', () => {
    const errors = problemsOf((d) => {
      delete d.textFigures[0].basis
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('textFigures[0] (qq-users-2001).basis')
  })

  it('an aim among the charted counts: an aim is never drawn as a count', () => {
    const errors = problemsOf((d) => {
      d.enterpriseCounts[0].basis = 'aim'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/enterpriseCounts\[0\] \(dingtalk-2019\)\.basis is 'aim'.*never charted/)
  })

  it('a product that never arrives on the map, or arrives twice, or before the one it follows', () => {
    expect(problemsOf((d) => {
      d.mapSteps = d.mapSteps.slice(0, -1)
    })).toEqual(['placements: "wecom-3" never arrives: add it to a step of mapSteps'])
    expect(problemsOf((d) => {
      d.mapSteps[1] = ['enterprise-qq', 'rtx']
    })).toEqual(['mapSteps[1] places "rtx" a second time (it arrives in step 0)'])
    expect(problemsOf((d) => {
      d.mapSteps = [
        ['enterprise-qq'],
        ['rtx'],
        ...d.mapSteps.slice(2),
      ]
    })).toEqual(['mapSteps: "enterprise-qq" arrives before "rtx", which comes before it on mapPath'])
  })

  it('count pointing at an unknown product', () => {
    const errors = problemsOf((d) => {
      d.enterpriseCounts[1].product = 'wecom-2'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('enterpriseCounts[1]')
    expect(errors[0]).toContain('.product')
  })

  it('figure id used twice', () => {
    const errors = problemsOf((d) => {
      d.textFigures[0].id = 'wecom-2019'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('wecom-2019')
    expect(errors[0]).toContain('twice')
  })

  it('placement x = 140', () => {
    const errors = problemsOf((d) => {
      d.placements[0].x = 140
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('placements[0]')
    expect(errors[0]).toContain('rtx')
    expect(errors[0]).toContain('.x')
    expect(errors[0]).toContain('140')
  })

  it('placement y below 0', () => {
    const errors = problemsOf((d) => {
      d.placements[3].y = -5
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('placements[3]')
    expect(errors[0]).toContain('.y')
  })

  it('duplicate product placement', () => {
    const errors = problemsOf((d) => {
      d.placements.push({ ...d.placements[0], x: 50, y: 50 })
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('placements[8]')
    expect(errors[0]).toContain('rtx')
    expect(errors[0]).toContain('second time')
  })

  it('product without placement', () => {
    const errors = problemsOf((d) => {
      d.placements = d.placements.filter((p: { product: string }) => p.product !== 'dingtalk')
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('"dingtalk"')
    expect(errors[0]).toContain('placements')
  })

  it('mapPath id not placed', () => {
    const errors = problemsOf((d) => {
      d.mapPath.push('wecom-4')
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('mapPath[7]')
    expect(errors[0]).toContain('wecom-4')
  })

  it('a placed product missing from placements shows up for the path too', () => {
    const errors = problemsOf((d) => {
      d.placements = d.placements.filter((p: { product: string }) => p.product !== 'wecom-3')
    })
    expect(errors).toHaveLength(2)
    expect(errors.some(e => e.includes('"wecom-3"') && e.includes('placements'))).toBe(true)
    expect(errors.some(e => e.includes('mapPath[6]'))).toBe(true)
  })

  it('placement of an unknown product', () => {
    const errors = problemsOf((d) => {
      d.placements.push({
        product: 'laiwang',
        x: 10,
        y: 10,
        label: 'left',
        reason: '来往',
      })
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('placements[8]')
    expect(errors[0]).toContain('.product')
  })

  it('product year out of range', () => {
    const errors = problemsOf((d) => {
      d.products[1].year = 207
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('products[1]')
    expect(errors[0]).toContain('.year')
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['one character', '存'],
    ['five characters', '会话存档案'],
    ['Latin letters', '内网 IM'],
    ['a space', '会话 存档'],
  ])('product feature tag %s', (_what, feature) => {
    const errors = problemsOf((d) => {
      d.languages['zh-CN'].products.rtx.feature = feature
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('data/words/zh-CN.ts: products["rtx"].feature')
    expect(errors[0]).toContain('2–4 Han characters')
    expect(errors[0]).toContain(JSON.stringify(feature) ?? 'undefined')
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['three words', 'Archive all chats'],
    ['too long', 'Conversation log'],
  ])('product feature tag in English %s', (_what, feature) => {
    const errors = problemsOf((d) => {
      d.languages.en.products.rtx.feature = feature
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('data/words/en.ts: products["rtx"].feature')
    expect(errors[0]).toContain('a word or two')
  })

  it('product id used twice', () => {
    const errors = problemsOf((d) => {
      d.products.push({ ...d.products[0] })
    })
    expect(errors.some(e => e.includes('products[8]') && e.includes('twice'))).toBe(true)
  })

  it('milestone date that is not a date', () => {
    const errors = problemsOf((d) => {
      d.milestones[5].date = 'April 2016'
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('milestones[5]')
    expect(errors[0]).toContain('.date')
  })

  it('the broken copies leave the real data alone', () => {
    problemsOf((d) => {
      d.enterpriseCounts[1].value = -1
    })
    expect(enterpriseCounts[1].value).toBe(2_500_000)
    expect(validateDeckData(copy())).toEqual([])
  })
})

describe('validateCounts (what the chart checks)', () => {
  it('passes the real counts', () => {
    expect(validateCounts(enterpriseCounts)).toEqual([])
  })

  it('uses the caller\'s name in messages', () => {
    const broken = structuredClone(enterpriseCounts) as any
    broken[0].value = -1
    const errors = validateCounts(broken, 'figures')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('figures[0]')
    expect(errors[0]).toContain('.value')
  })

  it('rejects an empty list', () => {
    expect(validateCounts([])).toHaveLength(1)
    expect(validateCounts([])[0]).toContain('enterpriseCounts')
  })
})

describe('assertDeckData', () => {
  it('does not throw on the real data', () => {
    expect(() => assertDeckData(copy())).not.toThrow()
  })

  it('throws DeckDataError listing every problem and saying to fix data/facts.ts', () => {
    const d = copy()
    d.enterpriseCounts[1].value = -1
    d.placements[0].x = 140
    delete d.textFigures[2].source
    let caught: unknown
    try {
      assertDeckData(d)
    }
    catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(DeckDataError)
    expect(caught).toBeInstanceOf(Error)
    const err = caught as DeckDataError
    expect(err.name).toBe('DeckDataError')
    expect(err.problems).toHaveLength(3)
    expect(err.message).toContain('3 problem')
    expect(err.message).toContain('enterpriseCounts[1]')
    expect(err.message).toContain('placements[0]')
    expect(err.message).toContain('textFigures[2]')
    for (const p of err.problems)
      expect(err.message).toContain(p)
    expect(err.message).toMatch(/Fix .*data\/facts\.ts/)
  })
})
