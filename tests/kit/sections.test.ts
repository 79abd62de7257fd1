import { describe, expect, it } from 'vitest'
import { groupBySection, titleOfSection } from '../../addons/kit/shared/sections'

const titles = { 一: '一、第一站', 二: '二、第二站', 开场: '开场' }

describe('sections', () => {
  it('titles a section by the kit option `sections`, or by its own name when it has none', () => {
    expect(titleOfSection('一', titles)).toBe('一、第一站')
    expect(titleOfSection('结语', titles)).toBe('结语')
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
    const groups = groupBySection(slides, titles)
    expect(groups.map(g => g.title)).toEqual(['开场', '一、第一站', '二、第二站', '结语'])
    // A slide that names no section stays in the one before it.
    expect(groups[1]!.slides.map(s => s.no)).toEqual([3, 4])
    expect(groups.flatMap(g => g.slides).map(s => s.no)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('puts slides before any section mark under the title it is given (the talk\'s)', () => {
    expect(groupBySection([
      { no: 1, title: 'x' },
      { no: 2, title: 'y', section: '一' },
    ], titles, '一场分享').map(g => g.title)).toEqual(['一场分享', '一、第一站'])
  })
})
