/**
 * A talk's sections, for the PDF bookmarks, the handout and the reading edition's contents. Each
 * slide names its section in its frontmatter (`section: 三`); the talk gives each section's title
 * in its kit options (`sections`, section value → title). A slide
 * without `section:` stays in the section before it; a section with no title is listed under its
 * own name.
 */

export interface DeckSlide {
  /** 1-based, as Slidev numbers slides. */
  no: number
  title: string
  /** The `section` of the slide's frontmatter, if it has one. */
  section?: string
}

export interface Section<S extends DeckSlide = DeckSlide> {
  title: string
  slides: S[]
}

/** The title a section is listed under. */
export function titleOfSection(section: string, titles: Readonly<Record<string, string>>): string {
  return titles[section] ?? section
}

/**
 * Slides grouped into their sections, in order. Slides before the first `section:` form a group
 * titled `untitled` (the talk's title, say).
 */
export function groupBySection<S extends DeckSlide>(slides: readonly S[], titles: Readonly<Record<string, string>>, untitled = ''): Section<S>[] {
  const sections: Section<S>[] = []
  for (const slide of slides) {
    const title = slide.section
      ? titleOfSection(slide.section, titles)
      : undefined
    const last = sections.at(-1)
    if (last && (title === undefined || title === last.title)) {
      last.slides.push(slide)
    }
    else {
      sections.push({
        title: title ?? untitled,
        slides: [slide],
      })
    }
  }
  return sections
}
