import { describe, expect, it } from 'vitest'
import { CLOSING, groupBySection, OPENING, sectionTitle, titleOfSection } from '../../client/sections'

describe('sections', () => {
  it('titles the article\'s sections with their products and years, from the data module', () => {
    expect(sectionTitle('一')).toBe('一、RTX（2001）')
    expect(sectionTitle('三')).toBe('三、订阅号 / 服务号 / 企业号（2012–2014）')
    expect(sectionTitle('四')).toBe('四、钉钉（2014–2016）')
    expect(sectionTitle('五')).toBe('五、企业微信 1.0 / 企业微信 3.0（2016–2019）')
    expect(titleOfSection(OPENING)).toBe('开场')
    expect(titleOfSection(CLOSING)).toBe('结语')
  })

  it('groups slides by the section their frontmatter names, in order', () => {
    const slides = [
      { no: 1, title: 'a', section: '开场' },
      { no: 2, title: 'b', section: '开场' },
      { no: 3, title: 'c', section: '一' },
      { no: 4, title: 'd' },
      { no: 5, title: 'e', section: '二' },
      { no: 6, title: 'f', section: '结语' },
    ]
    const groups = groupBySection(slides)
    expect(groups.map(g => g.title)).toEqual([
      '开场',
      '一、RTX（2001）',
      '二、企业 QQ（2007）',
      '结语',
    ])
    // A slide that names no section stays in the one before it.
    expect(groups[1]!.slides.map(s => s.no)).toEqual([3, 4])
    expect(groups.flatMap(g => g.slides).map(s => s.no)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('puts slides before any section mark in the opening', () => {
    expect(groupBySection([
      { no: 1, title: 'x' },
      { no: 2, title: 'y', section: '一' },
    ]).map(g => g.title)).toEqual(['开场', '一、RTX（2001）'])
  })
})
