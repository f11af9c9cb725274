import * as migration_20261201_222823_initial from './20261201_222823_initial'

export const migrations = [
  {
    up: migration_20261201_222823_initial.up,
    down: migration_20261201_222823_initial.down,
    name: '20261201_222823_initial',
  },
]
