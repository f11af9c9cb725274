// The helper of commandRunner.ts: runs each command the build server sends and answers when it
// exited (a detached one: once started). It stays small, so its children start fast, and ends
// when the build server's channel closes.
import { spawn } from 'node:child_process'

process.on('message', ({ id, command, args, isDetached }) => {
  const answer = (fields) => process.connected && process.send({ id, signal: null, ...fields })
  const child = spawn(command, args, {
    stdio: isDetached ? 'ignore' : 'inherit',
    detached: isDetached,
  })
  child.on('error', (error) => answer({ code: null, error: error.message }))
  if (isDetached) {
    child.unref()
    answer({ code: 0 })
  } else child.on('exit', (code, signal) => answer({ code, signal }))
})
process.on('disconnect', () => process.exit(0))
