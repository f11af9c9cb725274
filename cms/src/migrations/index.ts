import * as migration_20261201_222823_initial from './20261201_222823_initial'
import * as migration_20261202_013955_preview_cms from './20261202_013955_preview_cms'

export const migrations = [
  {
    up: migration_20261201_222823_initial.up,
    down: migration_20261201_222823_initial.down,
    name: '20261201_222823_initial',
  },
  {
    up: migration_20261202_013955_preview_cms.up,
    down: migration_20261202_013955_preview_cms.down,
    name: '20261202_013955_preview_cms',
  },
]
