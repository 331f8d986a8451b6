// `Storage` on one SQLite file (better-sqlite3). Models are stored in wire form (`serializeX`) in
// a `body` column, with the columns the queries need beside it. WAL with `synchronous = FULL`:
// a transaction is on disk (the WAL synced) before `submitPetition` returns, so a petition
// answered 201 survives a crash of the process or of the machine.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { parseMeeting, serializeMeeting, type Meeting } from '@lienthong/core/meeting'
import {
  parseOrganization,
  parsePerson,
  parseVenue,
  serializeOrganization,
  serializePerson,
  serializeVenue,
} from '@lienthong/core/office'
import {
  parsePetition,
  petitionStage,
  serializePetition,
  type Petition,
} from '@lienthong/core/petition'
import type { PetitionReceipt } from '../contract.js'
import { seriesEnd } from './seriesEnd.js'
import type { Directory, NewPetition, Storage, SubmitResult, Tallies, Tally } from './types.js'

/** What a new database is filled with, e.g. `generateSampleData()`. */
export interface SeedData extends Directory {
  readonly meetings: readonly Meeting[]
  readonly petitions: readonly Petition[]
}

export interface SqliteStorageOptions {
  /** The database file (created with its folder when missing), or `:memory:`. */
  readonly path: string
  /** Called once, when the file is new, to fill it; in the same transaction as the tables. */
  readonly seed?: () => SeedData
}

const SCHEMA_VERSION = 1

const SCHEMA = `
CREATE TABLE organizations (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE people (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE venues (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  start_ms INTEGER NOT NULL,
  series_end_ms INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX meetings_by_start ON meetings (start_ms);
CREATE TABLE petitions (
  id TEXT PRIMARY KEY,
  tracking_code TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  stage TEXT NOT NULL,
  received_at_ms INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE TABLE petition_kinds (
  petition_id TEXT NOT NULL REFERENCES petitions (id),
  kind TEXT NOT NULL,
  PRIMARY KEY (petition_id, kind)
);
CREATE TABLE idempotency_keys (
  key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  petition_id TEXT NOT NULL REFERENCES petitions (id),
  receipt TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL
);
`

interface BodyRow {
  body: string
}
interface KeyRow {
  fingerprint: string
  receipt: string
}
interface CountRow {
  value: string
  n: number
}

/** Opens (creating and seeding on first use) the SQLite storage. */
export function openSqliteStorage(options: SqliteStorageOptions): Storage {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true })
  const db = new Database(options.path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, options.seed)
  // Reports read petitions by receipt time; added here so databases made before it get it too.
  db.exec('CREATE INDEX IF NOT EXISTS petitions_by_receipt ON petitions (received_at_ms)')

  const storePetition = petitionWriter(db)
  const insertKey = db.prepare(
    'INSERT INTO idempotency_keys (key, fingerprint, petition_id, receipt, created_at_ms) VALUES (?, ?, ?, ?, ?)',
  )
  const selectKey = db.prepare<[string], KeyRow>(
    'SELECT fingerprint, receipt FROM idempotency_keys WHERE key = ?',
  )
  const selectCode = db.prepare<[string], BodyRow>(
    'SELECT body FROM petitions WHERE tracking_code = ?',
  )
  const selectMeetings = db.prepare<[number, number], BodyRow>(
    'SELECT body FROM meetings WHERE start_ms < ? AND series_end_ms > ? ORDER BY start_ms, id',
  )
  const selectReceived = db.prepare<[number, number], BodyRow>(
    'SELECT body FROM petitions WHERE received_at_ms >= ? AND received_at_ms < ? ORDER BY received_at_ms, id',
  )
  const selectOrganization = db.prepare('SELECT 1 FROM organizations WHERE id = ?')
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  const tally = (sql: string): Tally =>
    Object.fromEntries(
      db
        .prepare<[], CountRow>(sql)
        .all()
        .map((row) => [row.value, row.n]),
    )
  const bodies = (table: 'organizations' | 'people' | 'venues') =>
    db.prepare<[], BodyRow>(`SELECT body FROM ${table} ORDER BY id`)

  const submit = db.transaction((submission: NewPetition): SubmitResult => {
    const { petition, receipt, idempotencyKey, fingerprint } = submission
    const previous = selectKey.get(idempotencyKey)
    if (previous !== undefined) {
      return previous.fingerprint === fingerprint
        ? { outcome: 'replayed', receipt: JSON.parse(previous.receipt) as PetitionReceipt }
        : { outcome: 'key-reused' }
    }
    if (selectCode.get(petition.trackingCode) !== undefined)
      return { outcome: 'tracking-code-taken' }
    storePetition(petition)
    insertKey.run(idempotencyKey, fingerprint, petition.id, JSON.stringify(receipt), Date.now())
    return { outcome: 'created', receipt }
  })

  return {
    meetingsBetween(from, to) {
      const rows = selectMeetings.all(to.getTime(), from.getTime())
      return Promise.resolve(rows.map((row) => parseMeeting(JSON.parse(row.body))))
    },
    directory() {
      return Promise.resolve({
        organizations: bodies('organizations')
          .all()
          .map((row) => parseOrganization(JSON.parse(row.body))),
        people: bodies('people')
          .all()
          .map((row) => parsePerson(JSON.parse(row.body))),
        venues: bodies('venues')
          .all()
          .map((row) => parseVenue(JSON.parse(row.body))),
      })
    },
    hasOrganization(id) {
      return Promise.resolve(selectOrganization.get(id) !== undefined)
    },
    submitPetition(submission) {
      // `.immediate` takes the write lock at BEGIN, so the key check and the insert cannot
      // interleave with another connection's.
      return Promise.resolve(submit.immediate(submission))
    },
    petitionsReceivedBetween(from, to) {
      const rows = selectReceived.all(from.getTime(), to.getTime())
      return Promise.resolve(rows.map((row) => parsePetition(JSON.parse(row.body))))
    },
    petitionByTrackingCode(trackingCode) {
      const row = selectCode.get(trackingCode)
      return Promise.resolve(row === undefined ? undefined : parsePetition(JSON.parse(row.body)))
    },
    tallies() {
      const result: Tallies = {
        petitions: {
          total: count('SELECT count(*) AS n FROM petitions'),
          byKind: tally('SELECT kind AS value, count(*) AS n FROM petition_kinds GROUP BY kind'),
          byChannel: tally(
            'SELECT channel AS value, count(*) AS n FROM petitions GROUP BY channel',
          ),
          byStage: tally('SELECT stage AS value, count(*) AS n FROM petitions GROUP BY stage'),
        },
        meetings: {
          total: count('SELECT count(*) AS n FROM meetings'),
          byKind: tally('SELECT kind AS value, count(*) AS n FROM meetings GROUP BY kind'),
          byStatus: tally('SELECT status AS value, count(*) AS n FROM meetings GROUP BY status'),
        },
      }
      return Promise.resolve(result)
    },
    close() {
      db.close()
      return Promise.resolve()
    },
  }
}

/** Writes a petition's row and its kinds (inside the caller's transaction). */
function petitionWriter(db: Database.Database): (petition: Petition) => void {
  const insertPetition = db.prepare(
    'INSERT INTO petitions (id, tracking_code, channel, stage, received_at_ms, body) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const insertKind = db.prepare('INSERT INTO petition_kinds (petition_id, kind) VALUES (?, ?)')
  return (petition) => {
    insertPetition.run(
      petition.id,
      petition.trackingCode,
      petition.channel,
      petitionStage(petition),
      petition.receivedAt.getTime(),
      JSON.stringify(serializePetition(petition)),
    )
    for (const kind of petition.kinds) insertKind.run(petition.id, kind)
  }
}

/** Creates the tables (and seeds them) in one transaction when the file is new. */
function migrate(db: Database.Database, seed: SqliteStorageOptions['seed']): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version === SCHEMA_VERSION) return
  if (version !== 0) {
    throw new Error(
      `The database has schema version ${version}; this server knows ${SCHEMA_VERSION}. Delete the file to start again.`,
    )
  }
  db.transaction(() => {
    db.exec(SCHEMA)
    if (seed !== undefined) fill(db, seed())
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  }).immediate()
}

function fill(db: Database.Database, data: SeedData): void {
  const insertBody = (table: string) => db.prepare(`INSERT INTO ${table} (id, body) VALUES (?, ?)`)
  const organizations = insertBody('organizations')
  for (const item of data.organizations)
    organizations.run(item.id, JSON.stringify(serializeOrganization(item)))
  const people = insertBody('people')
  for (const item of data.people) people.run(item.id, JSON.stringify(serializePerson(item)))
  const venues = insertBody('venues')
  for (const item of data.venues) venues.run(item.id, JSON.stringify(serializeVenue(item)))
  const meetings = db.prepare(
    'INSERT INTO meetings (id, kind, status, start_ms, series_end_ms, body) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const meeting of data.meetings) {
    meetings.run(
      meeting.id,
      meeting.kind,
      meeting.status,
      meeting.start.getTime(),
      seriesEnd(meeting),
      JSON.stringify(serializeMeeting(meeting)),
    )
  }
  const storePetition = petitionWriter(db)
  for (const petition of data.petitions) storePetition(petition)
}
