/**
 * Shared by the bench scripts: run tinybench tasks and print medians with the ratio to a
 * baseline measured in the same run.
 */
import { Bench } from 'tinybench'

/** tasks: [{ name, fn, baseline?: name of the task it is compared with }] */
export async function runTable(tasks, { time = 1500, iterations = 5 } = {}) {
  const bench = new Bench({ time, iterations, warmupIterations: 2 })
  for (const t of tasks) bench.add(t.name, t.fn)
  await bench.run()
  const median = (name) => {
    const task = bench.tasks.find((x) => x.name === name)
    const r = task?.result
    return r?.latency?.p50 ?? r?.latency?.mean ?? r?.mean ?? NaN
  }
  const rows = tasks.map((t) => {
    const m = median(t.name)
    const base = t.baseline ? median(t.baseline) : NaN
    return {
      task: t.name,
      'median (ms)': m.toFixed(2),
      samples: bench.tasks.find((x) => x.name === t.name)?.result?.latency?.samplesCount ?? '',
      'vs baseline': t.baseline ? `${(m / base).toFixed(2)}× ${t.baseline}` : '',
    }
  })
  console.table(rows)
  return Object.fromEntries(tasks.map((t) => [t.name, median(t.name)]))
}
