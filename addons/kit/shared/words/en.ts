import type { KitWords } from '../words.ts'

/** The kit's words in English, for a talk whose `lang` is en (and any language the kit lacks). */
export const en: KitWords = {
  /** The reading edition's name (its bar, the page title, the navigation bar's button). */
  readingEdition: 'Reading edition',
  /** The reading edition's and the handout's page title: the talk's title and which of the two. */
  editionTitle: '{title} ({edition})',
  readingLinkTitle: 'Reading edition: every slide with its notes, for phones',
  switchToSlides: 'Switch to the slides',
  switchLabel: 'Switch',
  darkScheme: 'Dark',
  contents: 'Contents',
  slideNo: 'Slide {no}',
  openInSlides: 'Open in the slides',
  /** The reading edition's foot: the credit in full, then what the talk did with its source. */
  sourceLine: 'Source: {credit}.',
  pageAddress: 'This page: ',
  seeSlides: 'See the slides',
  downloadPdf: 'Download the PDF',
  /** The handout (the reading edition printed on A4). */
  handout: 'Handout',
  handoutKind: 'Handout · slides and notes',
  handoutCredit: 'Source: {credit}.',
  handoutOnline: 'Online: ',
  handoutCount: '{count} slides, one a page, with the speaker notes beneath.',
  /** PDF titles: the slide PDF has the talk's title as it is. */
  stepsPdfTitle: '{title} (step by step)',
  handoutPdfTitle: '{title} (handout: slides and notes)',
  /** Addresses that name no slide (client/slide-url.ts). */
  pastTheEnd: 'There is no slide {no}: this talk has {total} slides, so here is the last one.',
  noSuchSlide: 'There is no slide {no}: this talk has {total} slides, so here is the first one.',
  notASlideNumber: '“{address}” is not a slide number: this talk has {total} slides, so here is the first one.',
  notFound: 'Nothing at “{address}”: this talk has {total} slides, so here is the first one.',
  close: 'Close',
  /** The offline state in the navigation bar (client/offline.ts). */
  offlineCaching: 'Caching for offline use…',
  offlineReady: 'Ready to present offline',
  /** The QR code's accessible name, and the link preview picture's. */
  qrLabel: 'QR code: reading edition {url}',
  ogImageAlt: '{title}: title slide',
  /** A stage direction in the notes, as the presenter view marks it. */
  cue: 'Cue',
  /** The time plan in the presenter's navigation bar (client/presenter/): ahead, behind, on time. */
  paceAhead: 'Ahead {time}',
  paceBehind: 'Behind {time}',
  paceOnTime: 'On time',
  /** No clock runs: neither Slidev's timer nor a rehearsal. */
  paceIdle: 'Clock not started',
  /** Where the plan expects the talk now. */
  paceExpected: 'Plan: slide {no}',
  paceQuestions: 'Plan: questions',
  /** The slide on screen: time on it, and its planned time. */
  paceSlide: 'This slide {spent} / {planned}',
  paceSlideIdle: 'This slide: {planned} planned',
  /** The whole readout, for a screen reader and the tooltip. */
  paceLabel: 'Time plan',
  /** Rehearsals (a button in the presenter's navigation bar, and the results). */
  rehearse: 'Start a rehearsal',
  rehearsing: 'Rehearsing {time}',
  rehearsePause: 'Pause the rehearsal',
  rehearseResume: 'Resume the rehearsal',
  rehearseStop: 'End the rehearsal',
  rehearsalResults: 'Rehearsal and plan',
  rehearsalNone: 'No rehearsal yet: press “Start a rehearsal”, give the talk, and the time on each slide is recorded here.',
  rehearsalDate: 'Rehearsed {date}',
  rehearsalSlide: 'Slide',
  rehearsalTitle: 'Title',
  rehearsalPlanned: 'Planned',
  rehearsalSource: 'From',
  rehearsalTime: 'Rehearsed',
  rehearsalDiff: 'Difference',
  rehearsalMark: 'Mark',
  /** The column of bars: planned above, rehearsed below. */
  rehearsalBars: 'Planned and rehearsed',
  rehearsalLong: 'long',
  rehearsalShort: 'short',
  rehearsalSum: 'Total',
  /** Totals under the table: the plan, the questions, the talk's duration. */
  planTotals: 'Planned {planned}, with {questions} for questions: {duration} in all. The notes take about {spoken} at {rate} words a minute.',
  planFromRehearsal: 'The plan follows the rehearsed times (a slide’s own planned time stays).',
  planFromNotes: 'The plan follows the length of the notes.',
  rehearsalUseAsPlan: 'Use as the plan',
  rehearsalResetPlan: 'Back to the plan from the notes',
  rehearsalClear: 'Clear the rehearsal',
  rehearsalCsv: 'Save as CSV',
  rehearsalJson: 'Save as JSON',
  /** Where a planned time came from. */
  planSourceFrontmatter: 'the slide',
  planSourceNotes: 'notes',
  planSourceRehearsal: 'rehearsal',
  planSourceFloor: 'floor',
  /** The handout: each slide's planned time. */
  handoutPlanned: '{time} planned',
  /** Following the talk live (the present server; client/live/, shared/live-follow.ts). */
  liveNow: 'Now',
  liveFollow: 'Back to the talk: slide {no}',
  livePair: 'Use your phone as the remote',
  livePairHelp: 'Scan with your phone to open the remote (for you only: keep it off the projector)',
  liveRemote: 'Remote',
  liveNext: 'Next',
  livePrev: 'Back',
  liveNowTitle: 'Now: slide {no}',
  liveNextTitle: 'Next: {title}',
  liveLast: 'This is the last slide',
  liveNoSecret: 'This page needs the pairing code from the presenter view: on the laptop, press "Use your phone as the remote" and scan it.',
  liveNoServer: 'The remote works only on the server the present command starts.',
  liveOffline: 'Connection lost, reconnecting…',
  liveRefused: 'Did not move: {reason}',
}
