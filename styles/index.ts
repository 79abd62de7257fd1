// The talk's look, made for a room reading from the back row (Slidev loads styles/index.ts on
// every page): its tokens, what every slide shares, each piece a slide uses and each layout, every
// file with its own phone reflow for the kit's reading edition at its end. Layouts come last: a
// layout's rule for a piece (the cover's credit, the closing slide's kicker) is the one that holds.
import './tokens.css'
import './base.css'
import './pieces/cards.css'
import './pieces/numbers.css'
import './pieces/steps.css'
import './pieces/lists.css'
import './pieces/milestones.css'
import './pieces/quote.css'
import './pieces/timeline.css'
import './layouts/cover.css'
import './layouts/statement.css'
import './layouts/section.css'
import './layouts/chart.css'
import './layouts/closing.css'
