/**
 * Interleaved measurement (ABAB…): every round runs each task once, in an order that rotates
 * from round to round, so a task and its baselines see the same machine — on a shared machine
 * the load moves by the second, and tasks measured one after the other would each get a
 * different share of it. Reports median and minimum per task and the ratios of both to the
 * baseline named by each task; with the load average at the start and the end, since only the
 * ratios survive a busy machine.
 */
import { loadavg } from 'node:os'

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ')

/**
 * tasks: [{ name, fn (sync or async), baseline?: name }]
 * Runs `warmup` untimed rounds, then timed rounds until there are at least `rounds` samples per
 * task and `minTime` ms have passed (or `maxRounds`).
 */
export async function interleaved(tasks, { rounds = 15, warmup = 2, minTime = 0, maxRounds = 200, title } = {}) {
  const samples = new Map(tasks.map((t) => [t.name, []]))
  const startLoad = load()
  for (let w = 0; w < warmup; w++) for (const t of tasks) await t.fn()
  const start = performance.now()
  for (let r = 0; (r < rounds || performance.now() - start < minTime) && r < maxRounds; r++) {
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[(i + r) % tasks.length]
      const t0 = performance.now()
      await t.fn()
      samples.get(t.name).push(performance.now() - t0)
    }
  }
  const stats = Object.fromEntries(
    tasks.map((t) => {
      const s = samples.get(t.name).slice().sort((a, b) => a - b)
      return [t.name, { median: s[Math.floor(s.length / 2)], min: s[0], samples: s.length }]
    }),
  )
  if (title) console.log(`\n${title}`)
  console.table(
    tasks.map((t) => {
      const { median, min, samples: n } = stats[t.name]
      const base = t.baseline ? stats[t.baseline] : null
      return {
        task: t.name,
        'median (ms)': median.toFixed(2),
        'min (ms)': min.toFixed(2),
        samples: n,
        'median / baseline': base ? `${(median / base.median).toFixed(2)}× ${t.baseline}` : '',
        'min / baseline': base ? `${(min / base.min).toFixed(2)}×` : '',
      }
    }),
  )
  console.log(`load average (1, 5, 15 min): ${startLoad} at the start, ${load()} at the end`)
  return stats
}
