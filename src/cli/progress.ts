import cliProgress from 'cli-progress'

/** A progress bar on stderr; quiet when stderr is not a terminal except for a final line. */
export function progressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    { format: `  ${label.padEnd(10)} [{bar}] {percentage}% · {value}/{total} · {eta_formatted} left`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update: (done: number, total: number) => {
      if (!started) {
        bar.start(total, 0)
        started = true
      }
      bar.setTotal(total)
      bar.update(done)
    },
    stop: () => {
      if (started) bar.stop()
    },
  }
}
