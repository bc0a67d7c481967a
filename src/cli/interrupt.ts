/**
 * Ctrl-C (SIGINT) or SIGTERM while a command writes: the library is told through an
 * AbortSignal, stops at its next step and removes what it had written; the command then ends
 * with exit code 130. A second signal ends the process at once, as it would have without us.
 * Installed only around writing, so a long read-only command still stops at the first Ctrl-C.
 */
export async function whileWriting<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const off = () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
  function handler(signal: NodeJS.Signals) {
    if (!controller.signal.aborted) return controller.abort(signal)
    off()
    process.kill(process.pid, signal)
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  try {
    return await fn(controller.signal)
  } finally {
    off()
  }
}
