import * as migration_20261201_222823_initial from './20261201_222823_initial'
import * as migration_20261202_014500_articles_status_id_index from './20261202_014500_articles_status_id_index'
import * as migration_20261202_024122_journalists_loop from './20261202_024122_journalists_loop'
import * as migration_20261202_060818_events_registrations_feedback from './20261202_060818_events_registrations_feedback'
import * as migration_20261202_123719_writer_mail from './20261202_123719_writer_mail'
import * as migration_20261202_132904_comments_reply_box from './20261202_132904_comments_reply_box'
import * as migration_20261202_133448_debate_chain from './20261202_133448_debate_chain'

export const migrations = [
  {
    up: migration_20261201_222823_initial.up,
    down: migration_20261201_222823_initial.down,
    name: '20261201_222823_initial',
  },
  {
    up: migration_20261202_014500_articles_status_id_index.up,
    down: migration_20261202_014500_articles_status_id_index.down,
    name: '20261202_014500_articles_status_id_index',
  },
  {
    up: migration_20261202_024122_journalists_loop.up,
    down: migration_20261202_024122_journalists_loop.down,
    name: '20261202_024122_journalists_loop',
  },
  {
    up: migration_20261202_060818_events_registrations_feedback.up,
    down: migration_20261202_060818_events_registrations_feedback.down,
    name: '20261202_060818_events_registrations_feedback',
  },
  {
    up: migration_20261202_123719_writer_mail.up,
    down: migration_20261202_123719_writer_mail.down,
    name: '20261202_123719_writer_mail',
  },
  {
    up: migration_20261202_132904_comments_reply_box.up,
    down: migration_20261202_132904_comments_reply_box.down,
    name: '20261202_132904_comments_reply_box',
  },
  {
    up: migration_20261202_133448_debate_chain.up,
    down: migration_20261202_133448_debate_chain.down,
    name: '20261202_133448_debate_chain',
  },
]
