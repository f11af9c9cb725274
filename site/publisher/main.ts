// The publisher as a process of its own (npm start runs and supervises it):
// `node --import tsx site/publisher/main.ts`, configured by the environment (config.ts).
import { createPublisher } from './createPublisher'
import { readPublisherConfig } from './config'

const log = (line: string) => process.stdout.write(`${line}\n`)

let config
try {
  config = readPublisherConfig()
} catch (error) {
  process.stderr.write(
    `✗ ${(error as Error).message}\n  → Fix the variable named above (see README.md, "Publishing").\n`,
  )
  process.exit(1)
}
const publisher = createPublisher(config, log)
const url = await publisher.listen()
log(
  `Publisher listening on ${url} (${config.secret ? 'signed deliveries only' : 'plain mode: unsigned POSTs accepted'})`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void publisher.close().then(() => process.exit(0))
  })
}
