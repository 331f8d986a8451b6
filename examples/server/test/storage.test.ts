// The SQLite storage held to the Storage contract, in memory and on a file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { openSqliteStorage } from '../src/storage/sqlite.js'
import { contractSeed, storageContract } from './storage-contract.js'

storageContract('SQLite in memory', () =>
  openSqliteStorage({ path: ':memory:', seed: () => contractSeed }),
)

const folder = mkdtempSync(join(tmpdir(), 'lienthong-storage-'))
let files = 0
storageContract('SQLite file (WAL)', () =>
  openSqliteStorage({ path: join(folder, `${++files}.sqlite`), seed: () => contractSeed }),
)
afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})
