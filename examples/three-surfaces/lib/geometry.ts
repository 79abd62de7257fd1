/**
 * Where the example's figure draws its frames: every surface at one scale (the largest that fits
 * them side by side, with the gap between and the room for labels below), on one baseline.
 */
export interface Sized { id: string, label: string, size: string, width: number, height: number }
export interface Frame extends Sized { x: number, y: number, w: number, h: number }

export function layoutFrames(items: readonly Sized[], box: { width: number, height: number, gap: number, labels: number }): Frame[] {
  if (!items.length)
    return []
  for (const s of items) {
    if (!(s.width > 0 && s.height > 0))
      throw new Error(`surface "${s.id}": width and height must be positive numbers, got ${s.width} × ${s.height}`)
  }
  const room = { w: box.width - box.gap * (items.length - 1), h: box.height - box.labels }
  const scale = Math.min(room.w / items.reduce((a, s) => a + s.width, 0), room.h / Math.max(...items.map(s => s.height)))
  const used = items.reduce((a, s) => a + s.width * scale, 0) + box.gap * (items.length - 1)
  let x = (box.width - used) / 2
  return items.map((s) => {
    const w = s.width * scale
    const h = s.height * scale
    const frame = { ...s, x, y: room.h - h, w, h }
    x += w + box.gap
    return frame
  })
}
