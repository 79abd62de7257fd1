/**
 * The present server as `deck-kit bench-live` (node/commands/bench-live.ts) runs it: in a child
 * process of its own, so that the memory it reports is the server's alone, over a one-page deck in
 * a temporary folder, with room for BENCH_PHONES phones. It answers the bench's messages by IPC
 * and stops, removing the folder, when the bench disconnects.
 */
import type { LiveServer } from './server.ts'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLive } from './server.ts'

export interface Memory { rss: number, heapUsed: number }
export interface ToChild { type: 'memory' }
export type FromChild = { type: 'ready', port: number, secret: string } | { type: 'memory', memory: Memory }

async function child(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'live-bench-'))
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>bench</title>')
  const phones = Number(process.env.BENCH_PHONES)
  const server: LiveServer = await startLive({
    root,
    port: 0,
    limits: { maxClients: phones + 50, maxPerAddress: phones + 50, movesPerSecond: 100 },
  })
  process.on('message', (m: ToChild) => {
    if (m.type === 'memory') {
      globalThis.gc?.()
      const { rss, heapUsed } = process.memoryUsage()
      process.send!({
        type: 'memory',
        memory: { rss, heapUsed },
      } satisfies FromChild)
    }
  })
  process.on('disconnect', () => {
    void server.close().finally(() => {
      rmSync(root, { recursive: true, force: true })
      process.exit(0)
    })
  })
  process.send!({ type: 'ready', port: server.port, secret: server.secret } satisfies FromChild)
}

if (import.meta.main)
  void child()
