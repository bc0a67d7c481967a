import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveWebApp } from '../../node.js'
import { EXIT_OK, type Io } from '../io.js'

export interface WebCommandOptions {
  port?: string
}

/** The built app beside the bundled CLI: dist/cli.js → dist/web/. */
export const APP_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'web')

/**
 * `avtaleverk web [mappe]`: serves the web app on this machine, opened on the folder given (or
 * the bundled agreement), until Ctrl-C.
 */
export async function webCommand(target: string | undefined, options: WebCommandOptions, io: Io, until: Promise<void> = interrupted()): Promise<number> {
  const app = await serveWebApp({ appDir: APP_DIR, ...(target !== undefined ? { folder: path.resolve(io.cwd, target) } : {}), ...(options.port !== undefined ? { port: Number(options.port) } : {}) })
  io.stdout(`avtaleverk i nettleseren: ${app.url}\n${target !== undefined ? `Åpner mappen ${target}` : 'Åpner den medfølgende avtalen'}; ingenting sendes fra maskinen. Stopp med Ctrl-C.\n`)
  await until
  await app.close()
  return EXIT_OK
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
