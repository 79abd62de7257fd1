/**
 * Everything the talk's components, layouts and lib/ say, in one language: the words data/facts.ts
 * leaves out. Keyed by the ids of data/facts.ts, so a language missing an entry does not type-check
 * (and lib/validate.ts says which at dev/build start). A language is one module of this shape in
 * data/words/, named in data/words/index.ts.
 *
 * The phrase functions take what they join (names, numbers, dates already formatted) and return the
 * sentence; the word order and punctuation are the language's, the facts are never typed here.
 */
import type { ArticleSection, CountId, DerivedId, FigureBasis, MilestoneId, Placement, ProductId, QuarterId, TextFigureId } from '../facts.ts'

export type NumberedSection = Exclude<ArticleSection, '引言'>

export interface ProductWords {
  /** Display name on slides and in the map's text alternative. */
  name: string
  /** Short name for tight spaces (map labels, timeline, chart columns, section titles). */
  short: string
  /** The positioning in one line, in the deck's words. */
  positioning: string
  /** The feature its positioning brought, drawn as a tag beside its marker on the map. */
  feature: string
}

export interface FigureWords {
  /** What is counted, in the article's terms. */
  counts: string
}

export interface QuotedFigureWords extends FigureWords {
  /** The unit word after the number (元/月, 家组织; yuan a month, organisations); '' for none. */
  unit: string
}

/** What the credit is made of, in the order it is read; the date follows it. */
export interface CreditFull {
  author: string
  /** The article's title as this language cites it (with its quotation marks). */
  title: string
  between: string
  publisher: string
  after: string
}

export interface ArticleNames {
  title: string
  author: string
  publisher: string
}

/** A label's side and shift on one surface of the map (TalkWords map.labels). */
export interface MapLabelPlace {
  side?: Placement['label']
  dx?: number
  dy?: number
}

export interface TalkWords {
  /** The BCP 47 tag the words are written in, for `lang` attributes. */
  lang: string
  deck: { title: string, subtitle: string }
  /** How the source's rights are respected, in one sentence. */
  rights: string

  numbers: {
    /** Magnitude words, largest first: a value divisible by a hundredth of one is said in it (250 万, 2.5 million). */
    magnitudes: readonly { value: number, word: string }[]
    /** Thousands separator for smaller numbers ('' leaves 3000 as it is). */
    group: string
    /** A lower bound before a figure with its unit: 超 1000 万家, over 10 million. */
    atLeast: (text: string) => string
    /** The qualifier drawn before a big lower-bound number. */
    over: string
    /** How many times: 4 倍, 4×. */
    times: (n: string) => string
  }

  dates: {
    months: readonly string[]
    year: (y: number) => string
    month: (y: number, m: number) => string
    day: (y: number, m: number, d: number) => string
    yearEnd: (y: number) => string
    springFestival: (y: number) => string
    sixMonthsIn: string
  }

  /** The words a slide adds for each kind of number; a plain count needs none. */
  basis: Readonly<Record<Exclude<FigureBasis, 'count'> | 'difference', string>>
  /** Fig's basis word after a figure in running text: （自述）, (self-reported). */
  basisAfter: (word: string) => string
  /** Between what a figure counts, its date and its basis: ' · '. */
  labelJoin: string

  products: Readonly<Record<ProductId, ProductWords>>
  counts: Readonly<Record<CountId, FigureWords>>
  textFigures: Readonly<Record<TextFigureId, QuotedFigureWords>>
  derived: Readonly<Record<DerivedId, QuotedFigureWords>>
  milestones: Readonly<Record<MilestoneId, { what: string }>>
  /** Why each product sits where it does on the map, in one line. */
  reasons: Readonly<Record<ProductId, string>>

  map: {
    axes: {
      x: { low: string, high: string, title: string }
      /**
       * The vertical axis is written level, never turned on its side: its ends are short lines of
       * text stacked in the margin (the reading edition draws only the first line).
       */
      y: { low: string, high: string, title: string, highLines: readonly string[], lowLines: readonly string[] }
    }
    quarters: Readonly<Record<QuarterId, string>>
    /**
     * Whether a product's name on the map carries its year (the timeline and the text alternative
     * always do), and the side its label takes where this language's longer words need another
     * than data/facts.ts's: lib/map-layout.ts's checks run in every language.
     */
    years: boolean
    sides: Readonly<Partial<Record<ProductId, Placement['label']>>>
    /**
     * Where a label goes on one surface (the slide, or the phone's reading edition) when this
     * language's words need more than `sides`: its side there, and a shift of the whole label
     * (name and tag) in that surface's viewBox units. The markers never move.
     */
    labels?: Readonly<Partial<Record<'slide' | 'reading', Readonly<Partial<Record<ProductId, MapLabelPlace>>>>>>
    /**
     * One surface's sizes where this language's words run long (viewBox units, lib/map-layout.ts
     * MAP_SIZES): a product's name and tag drawn smaller; a wider left margin (the plot moved
     * right) with more lines of the vertical axis's ends, with or without their arrows.
     */
    sizes?: Readonly<Partial<Record<'slide' | 'reading', {
      name?: number
      tag?: number
      plot?: { x: number, y: number, width: number, height: number }
      yLines?: number
      yArrows?: boolean
    }>>>
    title: string
    problems: string
    /** The legend's words for the rival's shape. */
    rival: (short: string) => string
    /** The text alternative, sentence by sentence. */
    describe: {
      x: (title: string, low: string, high: string) => string
      y: (title: string, low: string, high: string) => string
      quarters: (named: readonly { x: 'low' | 'high', y: 'low' | 'high', name: string }[]) => string
      reading: string
      path: (shorts: readonly string[]) => string
      tags: string
      point: (p: { name: string, year: string, reason: string, quarter: string | undefined, feature: string }) => string
      empty: string
    }
    /** The reading edition's list under the map: name, then these around the year, reason and feature. */
    list: { yearOpen: string, yearClose: string, feature: string, end: string }
  }

  chart: {
    title: string
    problems: string
    /** Under the chart: how it is drawn and its source. */
    caption: (author: string, year: number) => string
    /** One figure in the text alternative, and how they are joined. */
    describe: (f: { date: string, short: string, value: string, counts: string, basis: string }) => string
    describeJoin: string
    /** Written over the ratio: 钉钉是企业微信 1.0 的, DingTalk vs WeCom 1.0. */
    ratio: (of: string, to: string) => string
    /** The editable PPTX's chart sheet: the unit its values are in, and the series' names. */
    sheet: {
      unit: { value: number, word: string }
      category: string
      series: (counts: string) => string
      base: (date: string) => string
      title: (title: string, date: string) => string
    }
  }

  timeline: {
    full: string
    strip: string
    here: (shorts: readonly string[]) => string
    rival: string
  }

  sections: {
    opening: string
    closing: string
    /** How the article's numbered section is said: 三, 3. */
    numeral: Readonly<Record<NumberedSection, string>>
    title: (numeral: string, shorts: readonly string[], years: string) => string
    /** Above a section opener's title: 第三站, Stop 3. */
    stop: (numeral: string, years: string) => string
  }

  /** The credit of facts.ts `article` (the source's own names), in the phrases it breaks between. */
  credit: {
    short: (a: ArticleNames) => string[]
    full: (a: ArticleNames) => CreditFull
  }

  /** Where a chart's data must be fixed, under its problems. */
  fixData: string
}
