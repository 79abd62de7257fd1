import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Credit from '../../components/Credit.vue'
import { article } from '../../data/facts'
import { creditText } from '../../lib/credit'

describe('credit', () => {
  it('credits the article from the data module, short and in full', () => {
    const short = mount(Credit).text()
    expect(short).toContain(article.author)
    expect(short).toContain(article.publisher)
    expect(short).toContain('2022 年 8 月')
    const full = mount(Credit, {
      props: { variant: 'full' },
    })
    expect(full.text()).toContain(`《${article.title}》`)
    expect(full.text()).toContain('2022 年 8 月 16 日')
    expect(full.find('time').attributes('datetime')).toBe(article.published)
    // The words the kit prints in the reading edition and the handout (deck.config.ts) are these.
    expect(short).toBe(creditText('short'))
    expect(full.text()).toBe(creditText('full'))
  })
})
