// GET /api/stats/summary
import { meetingKinds, meetingStatuses } from '@lienthong/core/meeting'
import { petitionChannels, petitionKinds, petitionStages } from '@lienthong/core/petition'
import { Hono } from 'hono'
import { endpoints, routePath, type StatsSummary } from '../contract.js'
import type { Storage, Tally } from '../storage/types.js'

/** Every value of `keys` with its count, 0 when the storage counted none. */
function complete<K extends string>(keys: readonly K[], tally: Tally): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, tally[key] ?? 0])) as Record<K, number>
}

/** The statistics endpoint. Counted here from the storage's tallies until core's stats land. */
export function statsRoutes(storage: Storage): Hono {
  const routes = new Hono()
  routes.get(routePath(endpoints.statsSummary), async (c) => {
    const { petitions, meetings } = await storage.tallies()
    const body: StatsSummary = {
      petitions: {
        total: petitions.total,
        byKind: complete(petitionKinds, petitions.byKind),
        byChannel: complete(petitionChannels, petitions.byChannel),
        byStage: complete(petitionStages, petitions.byStage),
      },
      meetings: {
        total: meetings.total,
        byKind: complete(meetingKinds, meetings.byKind),
        byStatus: complete(meetingStatuses, meetings.byStatus),
      },
    }
    return c.json(body)
  })
  return routes
}
