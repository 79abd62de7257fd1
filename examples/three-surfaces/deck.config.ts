/**
 * What this example talk tells the kit (addons/kit/README.md lists every option). The kit's words
 * are Simplified Chinese by default; this talk is in English, so it gives every word its own.
 */
import { defineKit } from '../../addons/kit/config.ts'
import { credit, sections } from './data/surfaces.ts'

export default defineKit({
  url: 'https://deck.example.org/three-surfaces/',
  typeface: {
    family: 'Noto Sans SC',
    package: '@expo-google-fonts/noto-sans-sc',
    files: {
      400: '400Regular/NotoSansSC_400Regular.ttf',
      700: '700Bold/NotoSansSC_700Bold.ttf',
    },
  },
  credit,
  sections,
  words: {
    readingEdition: 'Reading edition',
    readingLinkTitle: 'Reading edition: every slide with its notes, for phones',
    switchToSlides: 'Switch to the slides',
    switchLabel: 'Switch',
    darkScheme: 'Dark',
    contents: 'Contents',
    slideNo: 'Slide {no}',
    openInSlides: 'Open in the slides',
    sourceLine: 'Source: {credit}.',
    pageAddress: 'This page: ',
    seeSlides: 'See the slides',
    downloadPdf: 'Download the PDF',
    handout: 'Handout',
    handoutKind: 'Handout · slides and notes',
    handoutCredit: 'By {credit}.',
    handoutOnline: 'Online: ',
    handoutCount: '{count} slides, one a page, with the speaker notes beneath.',
    stepsPdfTitle: '{title} (step by step)',
    handoutPdfTitle: '{title} (handout: slides and notes)',
    pastTheEnd: 'There is no slide {no}: this talk has {total} slides, so here is the last one.',
    noSuchSlide: 'There is no slide {no}: this talk has {total} slides, so here is the first one.',
    notASlideNumber: '“{address}” is not a slide number: this talk has {total} slides, so here is the first one.',
    notFound: 'Nothing at “{address}”: this talk has {total} slides, so here is the first one.',
    close: 'Close',
    offlineCaching: 'Caching for offline use…',
    offlineReady: 'Ready to present offline',
    qrLabel: 'QR code: reading edition {url}',
    ogImageAlt: '{title}: title slide',
    cue: 'Cue',
  },
  manifest: {
    short_name: 'Three surfaces',
    lang: 'en',
  },
})
