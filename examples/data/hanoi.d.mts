// Types of the Hanoi dataset module, for TypeScript users of this example.
import type { Organization } from '@lienthong/core/office'
import type { Meeting } from '@lienthong/core/meeting'
import type { PublicPetition } from '@lienthong/core/petition'
import type { Task } from '@lienthong/core/directive'
import type { CoordinationReportOptions } from '@lienthong/core/report'

export interface HanoiDataset {
  organizations: Organization[]
  meetings: Meeting[]
  petitions: PublicPetition[]
  tasks: Task[]
}

export declare function buildHanoiDataset(): HanoiDataset
export declare function hanoiChecksums(dataset: HanoiDataset): { actual: string; committed: string }
export declare const hanoiReportOptions: CoordinationReportOptions
export declare const FIGURES: {
  meetings: { hostId: string; kind: string; count: number }[]
  onlineConferences: { conferences: number; bridgePoints: number; delegates: number }
  petitions: Record<
    string,
    { received: number; handled?: number; forwarded?: number; documents?: number }
  >
}
export declare const GENERATOR: {
  seed: number
  years: { year: number; asOf: string }[]
  meetingScale: number
  petitionScale: number
}
export declare const SPANS: Record<
  'report' | 'meetings' | 'onlineConferences' | 'petitions',
  { from: string; to: string }
>
export declare const REPORT_SCOPE: { offices: string[]; bodies: string[] }
