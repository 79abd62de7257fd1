/**
 * Child processes: timed runs of Slidev's CLI (logged to WORK), the static server each deck is
 * measured on, and a wait for a port to be released.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { KIT_CLI, WORK } from './constants.ts'

/** Run a command to completion in its own process group; resolve with its wall time in seconds. */
export function runTimed(label: string, args: string[], cwd: string, timeoutMs: number): Promise<number> {
  const logFile = join(WORK, `${label}.log`)
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, args, {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => out += d)
    child.stderr.on('data', (d: Buffer) => out += d)
    const timer = setTimeout(() => {
      out += `\n[bench] killed after ${timeoutMs} ms\n`
      try {
        process.kill(-child.pid!, 'SIGKILL')
      }
      catch {}
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      const seconds = (performance.now() - t0) / 1000
      writeFileSync(logFile, out)
      if (code === 0)
        resolvePromise(seconds)
      else
        reject(new Error(`${label} failed (exit ${code}); see ${logFile}`))
    })
  })
}

export function startServer(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [
      KIT_CLI,
      'serve',
      dir,
      '--port',
      String(port),
      '--base',
      '/',
      '--gzip',
    ], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => err += d)
    child.stdout.on('data', (d: Buffer) => {
      if (String(d).includes('Serving'))
        resolvePromise(child)
    })
    child.on('exit', code => reject(new Error(`server on port ${port} exited (${code}): ${err}`)))
  })
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null) {
      resolvePromise()
      return
    }
    child.removeAllListeners('exit')
    child.once('exit', () => resolvePromise())
    child.kill()
  })
}

/** Resolves once nothing listens on the port any more (a Chromium that was killed has exited). */
export async function waitForPortFree(port: number, ms = 15_000): Promise<void> {
  const deadline = performance.now() + ms
  while (performance.now() < deadline) {
    const inUse = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        done(true)
      })
      socket.once('error', () => done(false))
    })
    if (!inUse)
      return
    await new Promise(r => setTimeout(r, 250))
  }
  throw new Error(`port ${port} is still in use`)
}
