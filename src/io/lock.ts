/**
 * One writer per output folder: `.avtaleverk.lock` in the folder, created exclusively, holding
 * the process id and host name. A second run into the same folder is refused while the first
 * lives; a lock left by a process that is gone (killed with -9, a crash) is taken over. The check
 * is by process id, on the same host only: a lock from another machine (a shared disk) is never
 * taken over, the message says how to remove it.
 *
 * Hand-written rather than proper-lockfile: that package judges a lock stale by its age (it
 * rewrites the lock's mtime on a timer), not by whether its process still runs.
 */
import { lstat, mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'
import { fileInTheWay, writeFailure } from './write-file.js'

export const LOCK_FILE = '.avtaleverk.lock'

export interface FolderLock {
  file: string
  /** Removes the lock, and the folder too when locking created it and it is still empty. */
  release: () => Promise<void>
}

interface Holder {
  pid: number
  host: string
}

async function holderOf(file: string): Promise<Holder | null> {
  // Not followed if it is a link, not read if it is not a small file: it was not written by us.
  const info = await lstat(file).catch(() => null)
  if (!info?.isFile() || info.size > 1024) return null
  const [pid, host] = (await readFile(file, 'utf8').catch(() => '')).split('\n')
  return /^\d+$/.test(pid ?? '') && host ? { pid: Number(pid), host } : null
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock of `dir` (created if missing), or refuses with the holder's process id. */
export async function lockFolder(dir: string): Promise<FolderLock> {
  const blocker = await fileInTheWay(path.join(dir, LOCK_FILE))
  if (blocker) {
    const what = path.resolve(blocker) === path.resolve(dir) ? 'en fil står der det skal være en mappe' : `«${blocker}» er en fil, ikke en mappe`
    throw new AvtaleverkError('skrivefeil', `Kunne ikke skrive: ${what}; ingen filer er skrevet`, { file: dir })
  }
  let made: string | undefined
  try {
    made = await mkdir(dir, { recursive: true })
  } catch (e) {
    throw new AvtaleverkError('skrivefeil', `Kunne ikke lage mappen: ${writeFailure(e)}`, { file: dir })
  }
  const file = path.join(dir, LOCK_FILE)
  const release = async () => {
    await rm(file, { force: true }).catch(() => undefined)
    if (made) for (let d = path.resolve(dir); d.startsWith(made) && d !== path.dirname(d); d = path.dirname(d)) if (!(await rmdir(d).then(() => true, () => false))) break
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n${hostname()}\n`, { flag: 'wx' })
      return { file, release }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        await release()
        throw new AvtaleverkError('skrivefeil', `Kunne ikke skrive: ${writeFailure(e)}`, { file: dir })
      }
    }
    const holder = await holderOf(file)
    if (holder && holder.host === hostname() && !running(holder.pid) && attempt === 0) {
      await rm(file, { force: true })
      continue
    }
    const who = holder ? `prosess ${holder.pid}${holder.host === hostname() ? '' : ` på ${holder.host}`}` : 'ukjent prosess'
    throw new AvtaleverkError('låst', `En annen avtaleverk-kjøring (${who}) skriver i denne mappen; vent til den er ferdig. Kjører den ikke lenger, slett ${file}`, { file: dir })
  }
}
