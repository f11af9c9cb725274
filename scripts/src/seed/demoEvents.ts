import { arbetsmiljoDagen } from './events/arbetsmiljoDagen'
import { distansSamtal } from './events/distansSamtal'
import { frukostLokalisering } from './events/frukostLokalisering'
import { lonebildning } from './events/lonebildning'
import { lunchAi } from './events/lunchAi'
import { medlemskvall } from './events/medlemskvall'
import { tillitA1 } from './events/tillitA1'
import { tillitA2 } from './events/tillitA2'
import { tillitA3 } from './events/tillitA3'
import { tillitA4 } from './events/tillitA4'
import type { DemoEvent } from './demoTypes'

/** The demo's events, one file each in events/; their dates count from the seed's "now". */
export const demoEvents: DemoEvent[] = [
  tillitA1,
  tillitA2,
  tillitA3,
  tillitA4,
  lunchAi,
  medlemskvall,
  frukostLokalisering,
  lonebildning,
  arbetsmiljoDagen,
  distansSamtal,
]
