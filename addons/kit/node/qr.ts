import { encode } from 'uqr'

/**
 * The QR code as an SVG string, drawn here by a library rather than a web service, so it works
 * offline and stays vector in the PDF: one path, dark modules on a white square with a 4-module
 * quiet zone, so it scans in either colour scheme. Error correction M survives a projector's glare.
 */
export function qrSvg(text: string, label = text): string {
  const { data, size } = encode(text, { ecc: 'M', border: 4 })
  let d = ''
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x])
        continue
      let run = 1
      while (x + run < size && row[x + run])
        run++
      d += `M${x} ${y}h${run}v1h-${run}z`
      x += run - 1
    }
  })
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-label="${esc(label)}">`
    + `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
}
