// The parameters of the Hanoi dataset: what the generator is asked for, and the published figures
// of the three offices' coordination report (Oct 2022 – Jun 2024) the dataset is calibrated to.
// Dates are local dates in Asia/Ho_Chi_Minh; every span's `to` is the day after its last day.

/** The generator's runs: one per calendar year, everything as it stood on 1 July 2024. */
export const GENERATOR = {
  seed: 2024,
  years: [
    // 2022's histories and tasks are followed to the end of 2023: the generator knows the days
    // off of a year and the next one.
    { year: 2022, asOf: '2023-12-31' },
    { year: 2023, asOf: '2024-07-01' },
    { year: 2024, asOf: '2024-07-01' },
  ],
  /** A little more than a real year of meetings, so the published counts are a selection. */
  meetingScale: 1.3,
  /** Petitions enough for the three offices' counts to be a selection (about 4,000 a year). */
  petitionScale: 4,
}

/** The spans of the seed report's figures. */
export const SPANS = {
  report: { from: '2023-01-01', to: '2024-07-01' },
  meetings: { from: '2023-01-01', to: '2024-07-01' },
  onlineConferences: { from: '2022-10-03', to: '2024-07-01' },
  petitions: { from: '2022-10-01', to: '2024-07-01' },
}

/** The published figures, each with what it counts. */
export const FIGURES = {
  meetings: [
    { hostId: 'tt-tu', kind: 'standing-board-conference', count: 76 },
    { hostId: 'btv-tu', kind: 'standing-committee-conference', count: 36 },
    { hostId: 'tu', kind: 'executive-committee-conference', count: 8 },
    // "Quarterly periodic meetings" with the departments and districts: one a quarter.
    { hostId: 'tu', kind: 'joint-quarterly-meeting', count: 6 },
  ],
  onlineConferences: { conferences: 45, bridgePoints: 10_306, delegates: 419_949 },
  petitions: {
    /** The Party Committee's office received and advised on 979 petitions and forwarded 698. */
    'vp-tu': { received: 979, forwarded: 698 },
    /** The People's Council's Standing Committee (its office receives) handled 1,454 with 281 documents. */
    'vp-doan-dbqh-hdnd': { received: 1454, handled: 1454, documents: 281 },
    /** The National Assembly Delegation handled 831. */
    'doan-dbqh': { received: 831, handled: 831 },
  },
}

/** The offices and bodies the report shows, in the order the seed report names them. */
export const REPORT_SCOPE = {
  offices: ['vp-tu', 'vp-doan-dbqh-hdnd', 'doan-dbqh', 'ban-tcd'],
  bodies: ['tt-tu', 'btv-tu', 'tu', 'tt-hdnd', 'hdnd', 'ubnd', 'doan-dbqh'],
}
