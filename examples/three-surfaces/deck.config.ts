/**
 * What this example talk tells the kit (addons/kit/README.md lists every option): only what is
 * its own. The kit's words follow the headmatter's `lang: en`.
 */
import { defineKit } from 'slidev-addon-deck-kit'
import { notoSansSC } from 'slidev-addon-deck-kit/typefaces'
import { credit, sections } from './data/surfaces.ts'

export default defineKit({
  url: 'https://deck.example.org/three-surfaces/',
  typeface: notoSansSC,
  credit,
  sections,
  // Spoken English: Latin words are counted one each, at 150 a minute; one minute for questions.
  plan: {
    questions: '1min',
    rate: { perMinute: 150 },
  },
  manifest: {
    short_name: 'Three surfaces',
    lang: 'en',
  },
})
