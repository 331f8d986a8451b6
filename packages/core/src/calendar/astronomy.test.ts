import { describe, expect, it } from 'vitest'
import {
  deltaTSeconds,
  newMoonJde,
  normalizeDegrees,
  nutationInLongitude,
  sunApparentLongitude,
  ttToUt,
  utToTt,
} from './astronomy.js'

// Worked examples from Jean Meeus, "Astronomical Algorithms" (2nd ed.).
describe('astronomy (Meeus)', () => {
  it('finds the new moon of 1977 February (example 49.a): JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5)
  })

  it('gives the nutation in longitude of 1987 April 10 (example 22.a): −3.788″', () => {
    expect(nutationInLongitude(2446895.5) * 3600).toBeCloseTo(-3.788, 1)
  })

  it('gives the Sun’s apparent longitude of 1992 October 13.0 TD (example 25.b) within 0.5″', () => {
    const expected = 199 + 54 / 60 + 21.818 / 3600
    expect(Math.abs(sunApparentLongitude(2448908.5) - expected) * 3600).toBeLessThan(0.5)
  })

  it('puts the winter solstice of 2024 at 2024-12-21 09:20 UTC', () => {
    // Published instant: 2024-12-21T09:20Z (±1 min). The longitude crosses 270° there.
    const jdUt = Date.UTC(2024, 11, 21, 9, 20) / 86_400_000 + 2_440_587.5
    const before = sunApparentLongitude(utToTt(jdUt - 2 / 1440))
    const after = sunApparentLongitude(utToTt(jdUt + 2 / 1440))
    expect(before).toBeLessThan(270)
    expect(after).toBeGreaterThan(270)
  })

  it('uses ΔT close to the observed values (63.8 s in 2000, 69 s in 2025)', () => {
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 1)
    expect(Math.abs(deltaTSeconds(2025) - 69.2)).toBeLessThan(6)
    expect(ttToUt(utToTt(2460000.25))).toBeCloseTo(2460000.25, 9)
  })

  it('reduces angles to [0, 360)', () => {
    expect(normalizeDegrees(-30)).toBe(330)
    expect(normalizeDegrees(725)).toBe(5)
  })
})
