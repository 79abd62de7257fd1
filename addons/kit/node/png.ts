/**
 * The two things the kit reads or writes in a PNG by hand, too small for a library: its size
 * (IHDR) and a text entry (iTXt, UTF-8, so a Chinese title survives) that records which talk a
 * link-preview picture shows, so a build can say when it shows another.
 */
import { readFileSync } from 'node:fs'
import { crc32 } from 'node:zlib'

const SIGNATURE = 0x89504E47

function isPng(b: Buffer): boolean {
  return b.length >= 24 && b.readUInt32BE(0) === SIGNATURE && b.toString('latin1', 12, 16) === 'IHDR'
}

/** Width and height of a PNG, from its IHDR chunk; undefined when the file is not a PNG. */
export function pngSize(file: string): { width: number, height: number } | undefined {
  const b = readFileSync(file)
  if (!isPng(b))
    return undefined
  return {
    width: b.readUInt32BE(16),
    height: b.readUInt32BE(20),
  }
}

/** The iTXt entry `key` of a PNG (uncompressed), or undefined. */
export function pngText(bytes: Buffer, key: string): string | undefined {
  if (!isPng(bytes))
    return undefined
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = bytes.readUInt32BE(at)
    const type = bytes.toString('latin1', at + 4, at + 8)
    const data = bytes.subarray(at + 8, at + 8 + length)
    if (type === 'iTXt') {
      const nul = data.indexOf(0)
      // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
      if (data.toString('latin1', 0, nul) === key && data[nul + 1] === 0) {
        const language = data.indexOf(0, nul + 3)
        const translated = data.indexOf(0, language + 1)
        return data.subarray(translated + 1).toString('utf8')
      }
    }
    if (type === 'IEND')
      break
    at += 12 + length
  }
  return undefined
}

/** The PNG with an iTXt entry `key` = `value` right after its header. */
export function withPngText(bytes: Buffer, key: string, value: string): Buffer {
  if (!isPng(bytes))
    throw new Error('not a PNG: cannot record its text')
  const data = Buffer.concat([
    Buffer.from(key, 'latin1'),
    Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(value, 'utf8'),
  ])
  const chunk = Buffer.alloc(12 + data.length)
  chunk.writeUInt32BE(data.length, 0)
  chunk.write('iTXt', 4, 'latin1')
  data.copy(chunk, 8)
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length)
  // After IHDR (8 bytes of signature, 25 of IHDR chunk), where readers look first.
  return Buffer.concat([
    bytes.subarray(0, 33),
    chunk,
    bytes.subarray(33),
  ])
}

/** The key under which the link-preview picture records the title it shows. */
export const TITLE_KEY = 'Title'
