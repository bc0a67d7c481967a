/**
 * `avtaleverk web`'s server (src/web/serve.ts) without a browser: the app and the preloaded
 * folder under the strict CSP, nothing else — no other method, no other host, no path out of
 * the app's folder — and a clear Norwegian error for an app that is not built or a folder
 * that is not there. The app itself is driven in tests/browser/web.browser.test.ts.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAvtaleverkError, PRELOAD_PATH, readPreloadFolder, serveWebApp, WEB_CSP, type RunningWebApp } from '../../src/index.js'
import { ROOT } from '../helpers.js'

/** A raw request, so the Host header can be anything (fetch sets it from the URL). */
function get(url: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url)
    const req = request({ hostname: u.hostname, port: u.port, path: u.pathname, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('avtaleverk web: the local server', () => {
  let appDir: string
  let app: RunningWebApp
  beforeAll(async () => {
    // A stand-in for dist/web: the server's behaviour does not depend on what the app is.
    appDir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-webapp-'))
    await mkdir(path.join(appDir, 'assets'))
    await writeFile(path.join(appDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>')
    await writeFile(path.join(appDir, 'assets', 'app.js'), 'export {}')
    await writeFile(path.join(path.dirname(appDir), 'hemmelig.txt'), 'ikke for nettleseren')
    app = await serveWebApp({ appDir, folder: path.join(ROOT, 'examples/revisjon-2024') })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('serves the page on 127.0.0.1 with the strict CSP, naming the preloaded folder', async () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await get(app.url)
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(WEB_CSP)
    expect(WEB_CSP).toContain("script-src 'self'")
    expect(WEB_CSP).not.toContain('unsafe')
    expect(page.body).toContain(`<meta name="avtaleverk-mappe" content="${PRELOAD_PATH.slice(1)}">`)
    const js = await get(`${app.url}assets/app.js`)
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
  })

  it('gives the folder’s own files, as loadAgreementSet reads them (not its subfolders)', async () => {
    const preload = JSON.parse((await get(`${app.url}${PRELOAD_PATH.slice(1)}`)).body) as { name: string; files: Array<{ path: string; base64: string }> }
    expect(preload.files.map((f) => f.path)).toContain('00-samarbeidsavtale.md')
    expect(preload.files.every((f) => !f.path.includes('/'))).toBe(true)
    const first = preload.files.find((f) => f.path === '00-samarbeidsavtale.md')!
    expect(Buffer.from(first.base64, 'base64').toString('utf8')).toMatch(/^---\nid: samarbeidsavtale/)
  })

  it('answers nothing else: other methods, other hosts, paths out of the app', async () => {
    expect((await get(app.url, { method: 'POST' })).status).toBe(405)
    expect((await get(app.url, { host: 'angriper.example' })).status).toBe(403)
    expect((await get(`${app.url}../hemmelig.txt`)).status).toBe(404)
    expect((await get(`${app.url}%2e%2e/hemmelig.txt`)).status).toBe(404)
    expect((await get(`${app.url}assets/finnes-ikke.js`)).status).toBe(404)
    // A broken percent-escape is a bad address, not a crash of the server.
    expect((await get(`${app.url}assets/%E0%A4%A.js`)).status).toBe(400)
    expect((await get(app.url)).status).toBe(200)
  })

  it('answers HEAD with the headers only, and a file of an unknown kind as bytes', async () => {
    await writeFile(path.join(appDir, 'assets', 'data.bin'), 'abc')
    const head = await get(app.url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength((await get(app.url)).body))
    const bin = await get(`${app.url}assets/data.bin`)
    expect([bin.headers['content-type'], bin.body]).toEqual(['application/octet-stream', 'abc'])
    expect((await get(`${app.url}assets/data.bin`, { method: 'HEAD' })).body).toBe('')
  })

  it('preloads only the folder’s own agreement files: no dotfiles, other kinds or files over 2 MB', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'avtaleverk-webmappe-'))
    await writeFile(path.join(folder, 'a.md'), '# A\n')
    await writeFile(path.join(folder, '.skjult.md'), '# skjult\n')
    await writeFile(path.join(folder, 'notater.txt'), 'ikke en avtale')
    await writeFile(path.join(folder, 'stor.md'), 'x'.repeat(2 * 1024 * 1024 + 1))
    expect((await readPreloadFolder(folder)).files.map((f) => f.path)).toEqual(['a.md'])
    const notAFolder = await readPreloadFolder(path.join(folder, 'a.md')).catch((e: unknown) => e)
    expect(isAvtaleverkError(notAFolder) && notAFolder.message).toBe('Er en fil, ikke en mappe')
    // A server started without a folder has no preload address.
    const bare = await serveWebApp({ appDir })
    try {
      expect((await get(`${bare.url}${PRELOAD_PATH.slice(1)}`)).status).toBe(404)
      expect((await get(bare.url)).body).not.toContain('avtaleverk-mappe')
    } finally {
      await bare.close()
    }
  })

  it('refuses a port in use and an app folder without index.html, in Norwegian', async () => {
    const port = Number(new URL(app.url).port)
    const taken = await serveWebApp({ appDir, port }).catch((e: unknown) => e)
    expect(isAvtaleverkError(taken) && taken.message).toBe(`Porten ${port} er opptatt; velg en annen med --port`)
    const empty = await mkdtemp(path.join(tmpdir(), 'avtaleverk-webapp-tom-'))
    const noIndex = await serveWebApp({ appDir: empty }).catch((e: unknown) => e)
    expect(isAvtaleverkError(noIndex) && noIndex.message).toMatch(/index\.html mangler/)
  })

  it('refuses an app that is not built and a folder that is not there, in Norwegian', async () => {
    const notBuilt = await serveWebApp({ appDir: path.join(appDir, 'finnes-ikke') }).catch((e: unknown) => e)
    expect(isAvtaleverkError(notBuilt) && notBuilt.message).toMatch(/Nettappen er ikke bygd/)
    const noFolder = await readPreloadFolder(path.join(ROOT, 'finnes-ikke')).catch((e: unknown) => e)
    expect(isAvtaleverkError(noFolder) && noFolder.message).toBe('Finner ikke mappen')
  })
})

describe('avtaleverk web: the command', () => {
  it('serves the built app on the folder given until SIGTERM, then exits 0', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'web', 'examples/revisjon-2024'], { cwd: ROOT })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)
        if (m) resolve((clearInterval(timer), m[0]))
      }, 50)
      child.on('exit', () => reject(new Error(`avtaleverk web stoppet: ${out}`)))
    })
    expect(out).toContain('Åpner mappen examples/revisjon-2024')
    const page = await get(url)
    expect(page.body).toContain('<meta name="avtaleverk-mappe"')
    expect(page.body).toMatch(/<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/)
    // No script in the page itself: all of it comes from files, as script-src 'self' demands.
    expect(page.body.match(/<script\b[^>]*>/g)?.every((tag) => tag.includes('src='))).toBe(true)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'web', '--port', 'åtti'], { cwd: ROOT })
    let err = ''
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c))
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2)
    expect(err).toContain('må være et portnummer')
  })
})
