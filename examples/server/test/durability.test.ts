// Nothing acknowledged is lost: the server is killed (SIGKILL) while submissions are in flight,
// restarted on the same database, and every petition it answered 201 must be there.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import type { PetitionReceipt, StatsSummary } from '../src/contract.js'
import { aSubmission, sample } from './helpers.js'

const serverDir = fileURLToPath(new URL('..', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'lienthong-durability-'))
const databasePath = join(folder, 'petitions.sqlite')
const running = new Set<ChildProcess>()

interface Server {
  readonly child: ChildProcess
  readonly url: string
}

/** Starts `src/main.ts` as a child process on a free port; resolves with its URL once listening. */
function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_PATH: databasePath,
      SEED: '7',
      SEED_SCALE: '0.1',
      SEED_YEAR: '2026',
      RATE_LIMIT_BURST: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  child.once('exit', () => {
    running.delete(child)
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const port = /http:\/\/\S+?:(\d+)/.exec(output)?.[1]
      if (port !== undefined) {
        child.stdout.off('data', onData)
        resolve({ child, url: `http://127.0.0.1:${port}` })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      reject(new Error(`server exited (${String(code)}) before listening:\n${output}`))
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve()
    })
  })
}

function post(url: string, key: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/petitions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  })
}

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL')
  await Promise.all([...running].map(exited))
  rmSync(folder, { recursive: true, force: true })
})

describe('durability', () => {
  it('keeps every petition answered 201 when the server is killed mid-flight', async () => {
    const first = await startServer()
    const total = 400
    const killAfter = 60
    const requests = Array.from({ length: total }, (_, index) => ({
      key: randomUUID(),
      body: aSubmission({ subject: `Kiến nghị số ${index + 1} về đèn đường` }),
    }))
    const acknowledged = new Map<string, PetitionReceipt>()
    let failed = 0

    // Fire everything at once; SIGKILL as soon as `killAfter` petitions are acknowledged.
    await Promise.all(
      requests.map(async ({ key, body }) => {
        try {
          const response = await post(first.url, key, body)
          if (response.status !== 201) throw new Error(`status ${response.status}`)
          acknowledged.set(key, (await response.json()) as PetitionReceipt)
          if (acknowledged.size === killAfter) first.child.kill('SIGKILL')
        } catch {
          failed += 1
        }
      }),
    )
    await exited(first.child)
    expect(first.child.signalCode).toBe('SIGKILL')
    expect(acknowledged.size).toBeGreaterThanOrEqual(killAfter)
    expect(failed, 'some submissions were still in flight when the server died').toBeGreaterThan(0)

    // Every acknowledged petition is in the database file.
    const db = new Database(databasePath, { readonly: true })
    const codes = new Set(
      db
        .prepare<[], { code: string }>('SELECT tracking_code AS code FROM petitions')
        .all()
        .map((row) => row.code),
    )
    db.close()
    const lost = [...acknowledged.values()]
      .map((receipt) => receipt.trackingCode)
      .filter((code) => !codes.has(code))
    expect(lost, 'answered 201 but not in the database').toEqual([])

    // After a restart, each key replays its receipt, and sending the unanswered ones again
    // creates each petition exactly once.
    const second = await startServer()
    const before = (await (await fetch(`${second.url}/api/stats/summary`)).json()) as StatsSummary
    for (const { key, body } of requests) {
      const response = await post(second.url, key, body)
      const receipt = acknowledged.get(key)
      if (receipt !== undefined) {
        expect(response.status).toBe(200)
        expect(await response.json()).toEqual(receipt)
      } else {
        expect([200, 201]).toContain(response.status)
      }
    }
    const after = (await (await fetch(`${second.url}/api/stats/summary`)).json()) as StatsSummary
    expect(before.petitions.total).toBe(codes.size)
    expect(after.petitions.total).toBe(sample.petitions.length + total)
    const status = await fetch(
      `${second.url}/api/petitions/${[...acknowledged.values()][0]?.trackingCode ?? ''}`,
    )
    expect(status.status).toBe(200)
    second.child.kill('SIGTERM')
    await exited(second.child)
    expect(second.child.exitCode).toBe(0)
  }, 90_000)
})
