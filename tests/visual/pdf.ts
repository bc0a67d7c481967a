/**
 * The documents as readers get them: Word files converted to PDF by LibreOffice (Debian's
 * libreoffice-writer-nogui, installed by .ci/run), HTML printed by Chromium, then read back
 * with poppler's pdftotext and drawn with pdftoppm. The page images are kept in
 * .vitest-artifacts/pages/ for a person to look at.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { ROOT } from '../helpers.js'

const run = promisify(execFile)

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, command)
    if (dir && existsSync(file)) return file
  }
  return null
}

export const SOFFICE = process.env.SOFFICE_PATH ?? onPath('soffice')
export const HAVE_POPPLER = onPath('pdftotext') !== null && onPath('pdftoppm') !== null
/**
 * In CI the tools must be there (.ci/run installs them): a missing one fails the tests there.
 * On a developer machine without them the tests are skipped.
 */
export const SKIP_SOFFICE = !(SOFFICE && HAVE_POPPLER) && !process.env.CI
export const SKIP_POPPLER = !HAVE_POPPLER && !process.env.CI

export function requireTools(needSoffice: boolean): void {
  if (needSoffice && !SOFFICE) throw new Error('soffice (LibreOffice) mangler; .ci/run skal installere libreoffice-writer-nogui')
  if (!HAVE_POPPLER) throw new Error('pdftotext/pdftoppm mangler; .ci/run skal installere poppler-utils')
}

/**
 * Converts Word files to PDF in one LibreOffice run (starting soffice is most of the cost), with
 * a profile of its own so it neither waits for nor disturbs another soffice. Returns the PDFs in
 * the order given.
 */
export async function sofficeToPdf(files: string[]): Promise<string[]> {
  const out = await mkdtemp(path.join(tmpdir(), 'avtaleverk-pdf-'))
  const profile = pathToFileURL(path.join(out, 'profil')).href
  await run(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], { timeout: 300_000 })
  const made = new Set(await readdir(out))
  return files.map((f) => {
    const pdf = `${path.basename(f, path.extname(f))}.pdf`
    if (!made.has(pdf)) throw new Error(`soffice laget ikke ${pdf} (laget: ${[...made].join(', ')})`)
    return path.join(out, pdf)
  })
}

/** The text of each page, in order (pdftotext separates pages with a form feed). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const pages = stdout.split('\f')
  if (pages[pages.length - 1]!.trim() === '') pages.pop()
  return pages
}

/** Draws page `page` of a PDF as a PNG in .vitest-artifacts/pages/<name>.png; returns its path. */
export async function keepPageImage(pdf: string, name: string, page = 1): Promise<string> {
  const dir = path.join(ROOT, '.vitest-artifacts', 'pages')
  await mkdir(dir, { recursive: true })
  const prefix = path.join(dir, name)
  await run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix])
  return `${prefix}.png`
}

/** Lines of a page's text, trimmed, without empty ones. */
export const lines = (page: string): string[] =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** Whether `wanted` occur in `text` in this order. */
export function inOrder(text: string, wanted: string[]): string[] {
  const missing: string[] = []
  let at = 0
  for (const w of wanted) {
    const i = text.indexOf(w, at)
    if (i < 0) missing.push(w)
    else at = i + w.length
  }
  return missing
}
