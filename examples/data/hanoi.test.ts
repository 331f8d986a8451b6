import { describe, expect, it } from 'vitest'
import { buildHanoiDataset, hanoiChecksums } from './hanoi.mjs'

// The dataset is generated at run time; its checksum is committed, so any change in the
// generator or the calibration that alters it is seen (and the checksum updated on purpose).
describe('the Hanoi dataset', () => {
  const dataset = buildHanoiDataset()

  it('is the committed one', () => {
    const { actual, committed } = hanoiChecksums(dataset)
    expect(actual).toBe(committed)
  })

  it('holds public petitions only: no petitioner, subject, content or tracking code', () => {
    expect(dataset.petitions.length).toBeGreaterThan(3000)
    const keys = new Set(dataset.petitions.flatMap((p) => Object.keys(p)))
    for (const personal of ['petitioner', 'coSigners', 'subject', 'content', 'trackingCode']) {
      expect(keys.has(personal)).toBe(false)
    }
    // Representatives are a count, never their names.
    expect(dataset.petitions.every((p) => typeof p.representatives === 'number')).toBe(true)
  })

  it('keeps every id unique across the three generated years', () => {
    for (const list of [dataset.meetings, dataset.petitions, dataset.tasks]) {
      const ids = list.map((item) => item.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })
})
