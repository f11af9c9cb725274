import * as migration_20261201_222823_initial from './20261201_222823_initial'
import * as migration_20261202_014048_workflow from './20261202_014048_workflow'

export const migrations = [
  {
    up: migration_20261201_222823_initial.up,
    down: migration_20261201_222823_initial.down,
    name: '20261201_222823_initial',
  },
  {
    up: migration_20261202_014048_workflow.up,
    down: migration_20261202_014048_workflow.down,
    name: '20261202_014048_workflow',
  },
]
