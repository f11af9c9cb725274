import * as migration_20261123_141718_initial from './20261123_141718_initial'
import * as migration_20261123_163041_submissions from './20261123_163041_submissions'

export const migrations = [
  {
    up: migration_20261123_141718_initial.up,
    down: migration_20261123_141718_initial.down,
    name: '20261123_141718_initial',
  },
  {
    up: migration_20261123_163041_submissions.up,
    down: migration_20261123_163041_submissions.down,
    name: '20261123_163041_submissions',
  },
]
