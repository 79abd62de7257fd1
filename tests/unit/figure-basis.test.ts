/**
 * Every figure says what kind of number it is, as the article gives it, and the label the slides
 * draw for it says so: a stated aim reads 目标 and is never charted, a company's own figure reads
 * 自述, a difference the article computes reads as the article's, a count needs no word but says
 * what it counts and when.
 */
import type { DerivedId, FigureBasis } from '../../data/facts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BigNumber from '../../components/BigNumber.vue'
import EnterpriseCountChart from '../../components/EnterpriseCountChart.vue'
import Fig from '../../components/Fig.vue'
import { figureBases } from '../../data/facts'
import { basisWord, figureLabel } from '../../lib/figure-label'
import { derivedFigures, enterpriseCounts, textFigures } from './said-zh'

const words: Record<FigureBasis, RegExp> = {
  count: /^(?!.*(?:自述|目标|原文算的差))/,
  claim: /自述/,
  aim: /目标/,
}

describe('every figure has a basis, and its label says so', () => {
  it.each([
    ...enterpriseCounts,
    ...textFigures,
  ].map(f => [f.id, f] as const))('%s', (id, f) => {
    expect(figureBases).toContain(f.basis)
    const label = figureLabel(f)
    expect(label).toContain(f.counts)
    expect(label).toContain(f.asOfLabel)
    expect(label).toMatch(words[f.basis])
    // What BigNumber writes under the figure, and what Fig gives as its hint and after it.
    const big = mount(BigNumber, {
      props: { id },
    }).find('figcaption').text()
    expect(big).toBe(label)
    const fig = mount(Fig, {
      props: { id },
    })
    expect(fig.attributes('title')).toBe(label)
    expect(fig.attributes('data-basis')).toBe(f.basis)
    if (f.basis !== 'count')
      expect(fig.text()).toContain(`（${basisWord(f.basis)}）`)
    else
      expect(fig.find('.fig-basis').exists()).toBe(false)
  })

  it.each(Object.entries(derivedFigures) as [DerivedId, (typeof derivedFigures)[DerivedId]][])('%s is the article\'s own difference, and says so', (id, d) => {
    expect(d.basis).toBe('difference')
    expect(mount(BigNumber, {
      props: { id },
    }).find('figcaption').text()).toContain('原文算的差')
    expect(mount(Fig, {
      props: { id },
    }).text()).toContain('（原文算的差）')
  })

  it('the chart labels each column by its figure\'s basis and what it counts', () => {
    const w = mount(EnterpriseCountChart)
    for (const f of enterpriseCounts) {
      const g = w.find(`[data-figure="${f.id}"]`)
      expect(g.find('.value-label').text(), f.id).toMatch(words[f.basis])
      expect(w.findAll('.date-label').map(t => t.text()), f.id).toContain(`${f.asOfLabel} · ${f.counts}`)
    }
  })

  it('the end-2019 figures are both 入驻企业 counts, the end-2021 one real enterprises and organisations, as the article counts them', () => {
    const byId = Object.fromEntries(enterpriseCounts.map(f => [f.id, f]))
    expect(byId['dingtalk-2019']).toMatchObject({ counts: '入驻企业', basis: 'count' })
    expect(byId['wecom-2019']).toMatchObject({ counts: '入驻企业', basis: 'count' })
    expect(byId['wecom-2021']).toMatchObject({ counts: '真实企业与组织', basis: 'count' })
  })

  it('钉钉\'s 2019 1000 万 in section 四 is an aim; its August-2020 figure its own', () => {
    const byId = Object.fromEntries(textFigures.map(f => [f.id, f]))
    expect(byId['dingtalk-aim-2019']!.basis).toBe('aim')
    expect(byId['dingtalk-orgs-2020']!.basis).toBe('claim')
  })

  it('has a word for every basis, and refuses one it does not know', () => {
    for (const lang of ['zh-CN', 'en']) {
      for (const b of [...figureBases, 'difference'] as const)
        expect(typeof basisWord(b, lang), `${lang} ${b}`).toBe('string')
      expect(basisWord('count', lang)).toBe('')
      expect(basisWord('aim', lang)).not.toBe('')
    }
    expect(() => basisWord('estimate' as never)).toThrow(/unknown basis/)
  })
})
