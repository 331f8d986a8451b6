/**
 * The astronomy behind the lunar calendar, written from Jean Meeus, "Astronomical Algorithms"
 * (2nd ed., 1998): the true new moons of chapter 49, the Sun's apparent longitude of chapter 25
 * (VSOP87 with the FK5 correction, nutation of chapter 22 and aberration) and ΔT from the
 * Espenak–Meeus polynomials. Times are Julian Ephemeris Days (TT) unless a name says UT.
 * Internal to the calendar area: never exported from the package.
 */
import { EARTH_L, EARTH_R, type Series } from './vsop87Earth.js'

const DEG = Math.PI / 180
/** Julian Ephemeris Day of J2000.0 (2000-01-01T12:00 TT). */
const J2000 = 2451545

function sinDeg(degrees: number): number {
  return Math.sin(degrees * DEG)
}

/** Reduces an angle in degrees to [0, 360). */
export function normalizeDegrees(degrees: number): number {
  const reduced = degrees % 360
  return reduced < 0 ? reduced + 360 : reduced
}

/**
 * ΔT = TT − UT in seconds for a decimal year, from the polynomials of Espenak and Meeus (NASA's
 * "Five Millennium Canon of Solar Eclipses", 2006) for 1860–2150. Outside that span it extends the
 * nearest polynomial, which is only meant for the small margins around the supported range.
 */
export function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const t = year - 1860
    return (
      7.62 +
      0.5737 * t -
      0.251754 * t ** 2 +
      0.01680668 * t ** 3 -
      0.0004473624 * t ** 4 +
      t ** 5 / 233174
    )
  }
  if (year < 1920) {
    const t = year - 1900
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4
  }
  if (year < 1941) {
    const t = year - 1920
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3
  }
  if (year < 1961) {
    const t = year - 1950
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547
  }
  if (year < 1986) {
    const t = year - 1975
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718
  }
  if (year < 2005) {
    const t = year - 2000
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    )
  }
  if (year < 2050) {
    const t = year - 2000
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2
  }
  const u = (year - 1820) / 100
  return -20 + 32 * u ** 2 - 0.5628 * (2150 - year)
}

/** Converts a Julian Day in UT to a Julian Ephemeris Day (TT). */
export function utToTt(jdUt: number): number {
  const year = 2000 + (jdUt - J2000) / 365.25
  return jdUt + deltaTSeconds(year) / 86400
}

/** Converts a Julian Ephemeris Day (TT) to a Julian Day in UT. */
export function ttToUt(jde: number): number {
  const year = 2000 + (jde - J2000) / 365.25
  return jde - deltaTSeconds(year) / 86400
}

// Periodic terms of the true new moon (Meeus table 49.A): [coefficient, power of E, M, M′, F, Ω].
type NewMoonTerm = readonly [number, number, number, number, number, number]
const NEW_MOON_TERMS: readonly NewMoonTerm[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
]

// Planetary arguments of the new moon (Meeus ch. 49):
// [coefficient, A at k = 0, A per lunation, A per T²].
type PlanetaryTerm = readonly [number, number, number, number]
const PLANETARY_TERMS: readonly PlanetaryTerm[] = [
  [0.000325, 299.77, 0.107408, -0.009173],
  [0.000165, 251.88, 0.016321, 0],
  [0.000164, 251.83, 26.651886, 0],
  [0.000126, 349.42, 36.412478, 0],
  [0.00011, 84.66, 18.206239, 0],
  [0.000062, 141.74, 53.303771, 0],
  [0.00006, 207.14, 2.453732, 0],
  [0.000056, 154.84, 7.30686, 0],
  [0.000047, 34.52, 27.261239, 0],
  [0.000042, 207.19, 0.121824, 0],
  [0.00004, 291.34, 1.844379, 0],
  [0.000037, 161.72, 24.198154, 0],
  [0.000035, 239.56, 25.513099, 0],
  [0.000023, 331.55, 3.592518, 0],
]

/**
 * The instant (JDE, TT) of the true new moon of lunation `k` (Meeus ch. 49); `k = 0` is the new
 * moon of 2000-01-06 and each unit is one synodic month. Accurate to well under a minute over the
 * supported range.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const t3 = t2 * t
  const t4 = t3 * t
  const mean =
    2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4
  const e = 1 - 0.002516 * t - 0.0000074 * t2
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3
  let correction = 0
  for (const [coefficient, ePower, cm, cmp, cf, co] of NEW_MOON_TERMS) {
    correction += coefficient * e ** ePower * sinDeg(cm * m + cmp * mp + cf * f + co * omega)
  }
  for (const [coefficient, base, rate, quadratic] of PLANETARY_TERMS) {
    correction += coefficient * sinDeg(base + rate * k + quadratic * t2)
  }
  return mean + correction
}

/** Evaluates a VSOP87 variable: Σ τ^i Σ A·cos(B + C·τ). */
function sumSeries(series: readonly Series[], tau: number): number {
  let total = 0
  let power = 1
  for (const terms of series) {
    let sum = 0
    for (const [a, b, c] of terms) sum += a * Math.cos(b + c * tau)
    total += sum * power
    power *= tau
  }
  return total
}

// Nutation in longitude (the 21 largest terms of Meeus table 22.A, good to about 0.01″):
// [D, M, M′, F, Ω, coefficient in 0.0001″, its change per Julian century].
type NutationTerm = readonly [number, number, number, number, number, number, number]
const NUTATION_TERMS: readonly NutationTerm[] = [
  [0, 0, 0, 0, 1, -171996, -174.2],
  [-2, 0, 0, 2, 2, -13187, -1.6],
  [0, 0, 0, 2, 2, -2274, -0.2],
  [0, 0, 0, 0, 2, 2062, 0.2],
  [0, 1, 0, 0, 0, 1426, -3.4],
  [0, 0, 1, 0, 0, 712, 0.1],
  [-2, 1, 0, 2, 2, -517, 1.2],
  [0, 0, 0, 2, 1, -386, -0.4],
  [0, 0, 1, 2, 2, -301, 0],
  [-2, -1, 0, 2, 2, 217, -0.5],
  [-2, 0, 1, 0, 0, -158, 0],
  [-2, 0, 0, 2, 1, 129, 0.1],
  [0, 0, -1, 2, 2, 123, 0],
  [2, 0, 0, 0, 0, 63, 0],
  [0, 0, 1, 0, 1, 63, 0.1],
  [2, 0, -1, 2, 2, -59, 0],
  [0, 0, -1, 0, 1, -58, -0.1],
  [0, 0, 1, 2, 1, -51, 0],
  [-2, 0, 2, 0, 0, 48, 0],
  [0, 0, -2, 2, 1, 46, 0],
  [2, 0, 0, 2, 2, -38, 0],
]

/** Nutation in longitude Δψ in degrees at `jde` (Meeus ch. 22, IAU 1980 theory). */
export function nutationInLongitude(jde: number): number {
  const t = (jde - J2000) / 36525
  const t2 = t * t
  const t3 = t2 * t
  const d = 297.85036 + 445267.11148 * t - 0.0019142 * t2 + t3 / 189474
  const m = 357.52772 + 35999.05034 * t - 0.0001603 * t2 - t3 / 300000
  const mp = 134.96298 + 477198.867398 * t + 0.0086972 * t2 + t3 / 56250
  const f = 93.27191 + 483202.017538 * t - 0.0036825 * t2 + t3 / 327270
  const omega = 125.04452 - 1934.136261 * t + 0.0020708 * t2 + t3 / 450000
  let sum = 0
  for (const [cd, cm, cmp, cf, co, coefficient, rate] of NUTATION_TERMS) {
    sum += (coefficient + rate * t) * sinDeg(cd * d + cm * m + cmp * mp + cf * f + co * omega)
  }
  return sum / 36_000_000
}

/**
 * The Sun's apparent geocentric longitude in degrees [0, 360) at `jde` (Meeus ch. 25, "higher
 * accuracy"): VSOP87 Earth turned around, the FK5 correction, nutation and aberration. Accurate to
 * about a second of arc, i.e. about half a minute in the time of a solar term.
 */
export function sunApparentLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250
  const earthLongitude = sumSeries(EARTH_L, tau) / DEG
  const radius = sumSeries(EARTH_R, tau)
  const geometric = earthLongitude + 180
  const fk5 = -0.09033 / 3600
  const aberration = -20.4898 / 3600 / radius
  return normalizeDegrees(geometric + fk5 + nutationInLongitude(jde) + aberration)
}
