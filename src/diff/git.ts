/**
 * An agreement set as it was at a git revision, read from the object store with `git ls-tree`
 * and `git cat-file`: nothing is checked out, the working tree and the index are not touched,
 * and it works the same in a bare CI clone. git runs through execFile, never a shell, and a
 * revision is refused if it could be taken for an option.
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError, combineErrors, tooLargeError } from '../errors.js'
import type { AgreementDocument, AgreementSet } from '../model.js'
import { decodeText } from '../parse/decode.js'
import { DEFAULT_MAX_BYTES, parseDocument, type ParseOptions } from '../parse/document.js'
import { isAgreementFileName, withoutDuplicateIds } from '../parse/set.js'
import { append } from '../arrays.js'

interface TreeEntry {
  mode: string
  type: string
  object: string
  size: number
  name: string
}

/**
 * Reads the agreement files of `target` (a folder, or one file) at `revision` (a commit, branch
 * or tag; anything `git rev-parse` takes). Document paths read `REV:path`, so diagnostics say
 * which version they are about.
 */
export async function readSetAtRevision(target: string, revision: string, options: ParseOptions = {}): Promise<AgreementSet> {
  if (revision === '' || revision.startsWith('-') || /[\s\0]/u.test(revision)) {
    throw new AvtaleverkError('git-feil', `Ugyldig git-revisjon «${revision}»`)
  }
  const isDir = await stat(target).then((s) => s.isDirectory(), () => false)
  // The folder must exist in the working tree: it is where git finds the repository.
  const anchor = isDir ? target : path.dirname(target)
  if (!(await stat(anchor).then((s) => s.isDirectory(), () => false))) throw new AvtaleverkError('lesefeil', 'Finner ikke mappen', { file: anchor })
  const prefix = (await git(['rev-parse', '--show-prefix'], anchor, target)).trim()
  const top = (await git(['rev-parse', '--show-toplevel'], anchor, target)).trim()
  const commit = (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], top, target).catch(() => '')).trim()
  if (!commit) throw new AvtaleverkError('git-feil', `Fant ikke revisjonen «${revision}» i git`, { file: target })

  const listing = await git(['ls-tree', '-z', '-l', `${commit}:${prefix}`], top, target).catch(() => {
    throw new AvtaleverkError('git-feil', `Mappen finnes ikke i revisjon «${revision}»`, { file: target })
  })
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const entries = parseTree(listing)
    .filter((e) => (isDir ? isAgreementFileName(e.name) : e.name === path.basename(target)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  if (entries.length === 0) {
    throw new AvtaleverkError(isDir ? 'ingen-dokumenter' : 'git-feil', isDir ? `Fant ingen Markdown-filer (.md) med avtaletekst i revisjon «${revision}»` : `Filen finnes ikke i revisjon «${revision}»`, {
      file: target,
    })
  }

  const documents: AgreementDocument[] = []
  const errors: AvtaleverkError[] = []
  for (const entry of entries) {
    const file = `${revision}:${isDir ? path.join(target, entry.name) : target}`
    try {
      if (entry.mode === '120000') throw new AvtaleverkError('lesefeil', 'Er en symbolsk lenke i git; kopier filen inn i mappen i stedet', { file })
      if (entry.type !== 'blob') continue
      if (entry.size > maxBytes) {
        throw tooLargeError(file, entry.size, maxBytes)
      }
      const bytes = await git(['cat-file', 'blob', entry.object], top, file, entry.size + 1024, 'buffer')
      documents.push(parseDocument(decodeText(bytes, file), { ...options, path: file }))
    } catch (e) {
      if (!(e instanceof AvtaleverkError)) throw e
      append(errors, [e, ...e.details])
    }
  }
  withoutDuplicateIds(documents, errors)
  if (errors.length > 0) throw combineErrors(errors)
  return { root: `${revision}:${isDir ? target : path.dirname(target)}`, documents }
}


/** `git ls-tree -z -l` output: "<mode> <type> <object> <size>\t<name>" records ended by NUL. */
function parseTree(listing: string): TreeEntry[] {
  return listing
    .split('\0')
    .filter((record) => record.includes('\t'))
    .map((record) => {
      const tab = record.indexOf('\t')
      const [mode = '', type = '', object = '', size = '0'] = record.slice(0, tab).split(/\s+/u)
      return { mode, type, object, size: Number(size) || 0, name: record.slice(tab + 1) }
    })
}

function git(args: string[], cwd: string, file: string, maxBuffer?: number): Promise<string>
/** Raw bytes, for blobs: decoded strictly as UTF-8 by the caller, not with silent U+FFFD. */
function git(args: string[], cwd: string, file: string, maxBuffer: number, encoding: 'buffer'): Promise<Buffer>
function git(args: string[], cwd: string, file: string, maxBuffer = 16 * 1024 * 1024, encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding, maxBuffer, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout)
      const code = (error as NodeJS.ErrnoException).code
      const err = String(stderr)
      const message =
        code === 'ENOENT' ? 'Fant ikke programmet git (er git installert?)'
        : /not a git repository/iu.test(err) ? 'Mappen ligger ikke i et git-depot'
        : `git ${args[0]} feilet: ${err.trim().split('\n')[0] || error.message}`
      reject(new AvtaleverkError('git-feil', message, { file }))
    })
  })
}
