// subset-font ships no types; this is the part of its API fonts/subset.ts uses.
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  export interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2'
    preserveNameIds?: number[]
    keepFeatures?: readonly string[]
    noLayoutClosure?: boolean
    noHinting?: boolean
    dropTables?: string[]
  }

  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>
}
