/**
 * `avtaleverk web`: a small static server on localhost for the built web app (dist/web/). It
 * serves the app's files under a strict Content-Security-Policy and, at one address, the
 * agreement folder to open first (its files as JSON), so the app starts on it. Nothing is
 * written, nothing is sent anywhere else; only GET and HEAD, only from this machine.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'

/** Where the app finds the preloaded folder (named in index.html by the server, never guessed). */
export const PRELOAD_PATH = '/avtaleverk-mappe.json'

/**
 * The policy every response carries: scripts, styles and data only from the page's own origin;
 * images also as data:/blob: (coats of arms, previews); no plugins, frames, forms or base.
 */
export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** The files of a folder the app is given: agreement text, YAML data, images beside them. */
const PRELOAD_EXTENSIONS = new Set(['.md', '.yaml', '.yml', '.json', '.png', '.jpg', '.jpeg', '.svg'])
const PRELOAD_MAX_FILE = 2 * 1024 * 1024
const PRELOAD_MAX_TOTAL = 32 * 1024 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

export interface PreloadedFile {
  /** Relative to the folder, with `/`. */
  path: string
  /** The bytes, base64. */
  base64: string
}

export interface PreloadedFolder {
  /** The folder's name as the user gave it (shown in the app). */
  name: string
  files: PreloadedFile[]
}

/**
 * The files of one folder (not its subfolders, as loadAgreementSet reads it), for the app.
 *
 * @throws {@link AvtaleverkError} `lesefeil` when the folder cannot be read or is too large.
 */
export async function readPreloadFolder(folder: string, name = folder): Promise<PreloadedFolder> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new AvtaleverkError('lesefeil', code === 'ENOENT' ? 'Finner ikke mappen' : code === 'ENOTDIR' ? 'Er en fil, ikke en mappe' : `Kunne ikke lese mappen: ${(e as Error).message}`, { file: name })
  }
  const files: PreloadedFile[] = []
  let total = 0
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // Only regular files: a named pipe would block the read, a link may lead out of the folder.
    if (!entry.isFile() || entry.name.startsWith('.') || !PRELOAD_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue
    const file = path.join(folder, entry.name)
    const size = (await stat(file)).size
    if (size > PRELOAD_MAX_FILE) continue
    total += size
    if (total > PRELOAD_MAX_TOTAL) throw new AvtaleverkError('lesefeil', `Mappen er for stor for nettappen (over ${PRELOAD_MAX_TOTAL / 1024 / 1024} MB)`, { file: name })
    files.push({ path: entry.name, base64: (await readFile(file)).toString('base64') })
  }
  return { name, files }
}

export interface ServeWebAppOptions {
  /** The built app (dist/web). */
  appDir: string
  /** The folder to open first; without it the app opens the agreement bundled in it. */
  folder?: string
  /** Default 0: a free port. */
  port?: number
  /** Default 127.0.0.1: only this machine. */
  host?: string
}

export interface RunningWebApp {
  url: string
  close: () => Promise<void>
}

/**
 * Serves the app until closed.
 *
 * @throws {@link AvtaleverkError} `lesefeil` when the app is not built or the folder cannot be read; `bruksfeil` when the port is taken.
 */
export async function serveWebApp(options: ServeWebAppOptions): Promise<RunningWebApp> {
  const appDir = await realpath(options.appDir).catch(() => {
    throw new AvtaleverkError('lesefeil', 'Nettappen er ikke bygd (kjør npm run build)', { file: options.appDir })
  })
  const index = await readFile(path.join(appDir, 'index.html'), 'utf8').catch(() => {
    throw new AvtaleverkError('lesefeil', 'Nettappen er ikke bygd: index.html mangler (kjør npm run build)', { file: path.join(options.appDir, 'index.html') })
  })
  // Read once at start: an unreadable folder is an error on the command line, not in the page.
  const preload = options.folder !== undefined ? JSON.stringify(await readPreloadFolder(options.folder)) : undefined
  // The app learns of the preloaded folder from a meta element, so the plain files on an intranet
  // (no such address) make no request that fails.
  const page = preload ? index.replace('<head>', `<head>\n<meta name="avtaleverk-mappe" content="${PRELOAD_PATH.slice(1)}">`) : index

  const server = createServer((req, res) => {
    handle(req, res, appDir, page, preload).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Intern feil'))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new AvtaleverkError('bruksfeil', `Porten ${options.port} er opptatt; velg en annen med --port`) : e),
    )
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return { url: `http://${options.host ?? '127.0.0.1'}:${port}/`, close: () => closeServer(server) }
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head = false): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': WEB_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  })
  res.end(head ? undefined : body)
}

/** Only a request naming this machine: a page elsewhere cannot reach the server by a DNS trick. */
function fromHere(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '')
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]'
}

async function handle(req: IncomingMessage, res: ServerResponse, appDir: string, page: string, preload: string | undefined): Promise<void> {
  const text = 'text/plain; charset=utf-8'
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, text, 'Bare GET')
  if (!fromHere(req)) return send(res, 403, text, 'Bare fra denne maskinen')
  const head = req.method === 'HEAD'
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
  } catch {
    return send(res, 400, text, 'Ugyldig adresse')
  }
  if (pathname === '/' || pathname === '/index.html') return send(res, 200, TYPES['.html']!, page, head)
  if (pathname === PRELOAD_PATH && preload) return send(res, 200, TYPES['.json']!, preload, head)
  const file = path.resolve(appDir, `.${pathname}`)
  if (!file.startsWith(appDir + path.sep)) return send(res, 404, text, 'Finnes ikke')
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return send(res, 404, text, 'Finnes ikke')
  send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(file), head)
}
