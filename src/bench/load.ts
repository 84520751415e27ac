import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { LoadJob, LoadResult } from './load-generator.js'

export interface LoadGenerator {
  run(job: LoadJob): Promise<LoadResult>
  stop(): void
}

/** Starts the load generator in a child process (under tsx when running from source). */
export function startLoadGenerator(): LoadGenerator {
  const fromSource = import.meta.url.endsWith('.ts')
  const child = fork(fileURLToPath(new URL(`./load-generator.${fromSource ? 'ts' : 'js'}`, import.meta.url)), [], {
    execArgv: fromSource ? ['--import', import.meta.resolve('tsx')] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let nextId = 0
  const pending = new Map<number, { resolve: (result: LoadResult) => void; reject: (error: Error) => void }>()
  child.on('message', (message: { id: number; result?: LoadResult; error?: string }) => {
    const waiter = pending.get(message.id)
    pending.delete(message.id)
    if (message.result) waiter?.resolve(message.result)
    else waiter?.reject(new Error(`load generator: ${message.error}`))
  })
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`load generator exited (${code})`))
    pending.clear()
  })
  return {
    run(job) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        child.send({ id, job })
      })
    },
    stop() {
      if (child.connected) child.disconnect()
    },
  }
}
