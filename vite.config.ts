import { defineConfig } from 'vite'
import * as facts from './data/facts.ts'
import { talkLanguages } from './data/words/index.ts'
import { assertDeckData } from './lib/validate.ts'

// The talk's own check, before the dev server or the build starts: a broken figure in the data
// module, or a language missing the words for one of its ids, stops both with a message naming the
// field, instead of drawing an empty or NaN chart. Vite re-runs this file whenever data/facts.ts
// or data/words/ changes, so the dev server checks every edit.
// Everything else (fonts, reading edition, prerender, sharing, offline) comes from the kit
// (addons/kit, named in the headmatter's `addons:`), whose own vite.config.ts Slidev merges in.
assertDeckData({ ...facts, languages: talkLanguages })

export default defineConfig({})
