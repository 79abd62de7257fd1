/**
 * Computed CSS values as the walk needs them: colours as hex and alpha, lengths in px, the rings
 * of a `box-shadow`, the rotation of a `transform`. Chromium's computed values are regular
 * (`rgb(10, 88, 202)`, `rgba(0, 0, 0, 0)`, `12px`, `matrix(a, b, c, d, e, f)`), so these parse
 * those forms and treat anything else as absent.
 */

export interface Paint {
  /** 'RRGGBB', as PowerPoint writes it. */
  hex: string
  /** 0–1. */
  alpha: number
}

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0').toUpperCase()

/** `rgb(10, 88, 202)`, `rgba(0 0 0 / 0.5)`, `#0a58ca`, `#fff` → paint; transparent or unknown → undefined. */
export function parseColor(value: string | undefined): Paint | undefined {
  const v = (value ?? '').trim()
  const hex = v.match(/^#([0-9a-f]{3,8})$/i)?.[1]
  if (hex) {
    const full = hex.length <= 4
      ? [...hex].map(c => c + c).join('')
      : hex
    const alpha = full.length === 8
      ? Number.parseInt(full.slice(6, 8), 16) / 255
      : 1
    return alpha > 0
      ? {
          hex: full.slice(0, 6).toUpperCase(),
          alpha,
        }
      : undefined
  }
  const m = v.match(/^rgba?\(([^)]*)\)$/i)
  if (!m)
    return undefined
  const nums = m[1]!.split(/[\s,/]+/).filter(Boolean).map(s => s.endsWith('%')
    ? Number.parseFloat(s) / 100
    : Number.parseFloat(s))
  if (nums.length < 3 || nums.some(n => Number.isNaN(n)))
    return undefined
  const alpha = nums[3] ?? 1
  if (alpha <= 0)
    return undefined
  return { hex: hex2(nums[0]!) + hex2(nums[1]!) + hex2(nums[2]!), alpha }
}

/** `12.5px` → 12.5; anything else (auto, normal, %) → undefined. */
export function px(value: string | undefined): number | undefined {
  const m = (value ?? '').trim().match(/^(-?[\d.]+)px$/)
  return m
    ? Number.parseFloat(m[1]!)
    : undefined
}

/** `rgb(…) 0px 0px 0px 4px, …` → its rings (shadows with no offset and no blur, only spread), first on top. */
export function spreadRings(value: string | undefined): { paint: Paint, spread: number }[] {
  const v = (value ?? '').trim()
  if (!v || v === 'none')
    return []
  const out: { paint: Paint, spread: number }[] = []
  for (const shadow of v.split(/,(?![^(]*\))/)) {
    if (/\binset\b/.test(shadow))
      continue
    const color = shadow.match(/(?:rgba?|hsla?)\([^)]*\)|#[0-9a-f]{3,8}/i)?.[0]
    const lengths = shadow.replace(color ?? '', '').trim().split(/\s+/).map(px)
    const [dx = 0, dy = 0, blur = 0, spread = 0] = lengths.map(n => n ?? 0)
    const paint = parseColor(color)
    if (paint && dx === 0 && dy === 0 && blur === 0 && spread > 0)
      out.push({ paint, spread })
  }
  return out
}

/** The rotation in degrees (clockwise, as PowerPoint counts) and the scale of a `matrix(…)` transform. */
export function parseTransform(value: string | undefined): { rotate: number, scaleX: number, scaleY: number } {
  const m = (value ?? '').match(/^matrix\(([^)]*)\)$/)
  if (!m)
    return { rotate: 0, scaleX: 1, scaleY: 1 }
  const [a = 1, b = 0, c = 0, d = 1] = m[1]!.split(',').map(Number)
  return {
    rotate: Math.round(Math.atan2(b, a) * 180 / Math.PI * 100) / 100,
    scaleX: Math.round(Math.hypot(a, b) * 1e4) / 1e4,
    scaleY: Math.round(Math.hypot(c, d) * 1e4) / 1e4,
  }
}

/** A corner's radius in px (its first length: `8px`, `8px 4px`, or `50%` of `side`). */
export function radius(value: string | undefined, side: number): number {
  const first = (value ?? '').split(/\s+/)[0] ?? ''
  return first.endsWith('%')
    ? Number.parseFloat(first) / 100 * side
    : px(first) ?? 0
}

/** CSS font-weight → bold or not (PowerPoint has the two). */
export function isBold(weight: string | undefined): boolean {
  const n = Number(weight)
  return Number.isFinite(n)
    ? n >= 600
    : weight === 'bold' || weight === 'bolder'
}

/** `top` at its alpha over an opaque `under`: the colour the eye sees. */
export function blend(top: Paint, under: Paint): Paint {
  const mix = (i: number) => {
    const a = Number.parseInt(top.hex.slice(i, i + 2), 16)
    const b = Number.parseInt(under.hex.slice(i, i + 2), 16)
    return hex2(a * top.alpha + b * (1 - top.alpha))
  }
  return { hex: mix(0) + mix(2) + mix(4), alpha: 1 }
}
