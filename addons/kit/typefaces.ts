/**
 * Typefaces the kit has been checked with, ready for a talk's `typeface` option: a font package
 * from npm with static TrueType files (so Chromium embeds them in PDFs as CID TrueType, not Type 3)
 * under the SIL Open Font License. A talk names its own package in its package.json.
 *
 *   import { notoSansSC } from 'slidev-addon-deck-kit/typefaces'
 *   export default defineKit({ typeface: notoSansSC, … })
 */
import type { Typeface } from './config.ts'

/** Noto Sans SC 400 and 700 from @expo-google-fonts/noto-sans-sc: Simplified Chinese and Latin. */
export const notoSansSC: Typeface = {
  family: 'Noto Sans SC',
  package: '@expo-google-fonts/noto-sans-sc',
  files: {
    400: '400Regular/NotoSansSC_400Regular.ttf',
    700: '700Bold/NotoSansSC_700Bold.ttf',
  },
}
