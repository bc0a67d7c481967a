/**
 * Path helpers for the core, which must run where there is no `node:path` (a browser, a
 * worker). File names in the core are only labels and keys, written with `/`; a `\` from a
 * Windows caller is read as `/`. `resolve` is absolute only where there is a working folder
 * (Node); elsewhere it normalises, so a relative name stays relative.
 */

const slashes = (p: string) => p.replace(/\\/g, '/')

/** `a/./b/../c` → `a/c`; keeps a leading `/` and leading `..` of a relative path. */
export function normalize(p: string): string {
  const s = slashes(p)
  const absolute = s.startsWith('/')
  const out: string[] = []
  for (const part of s.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop()
    else if (part !== '..' || !absolute) out.push(part)
  }
  const joined = out.join('/')
  return absolute ? `/${joined}` : joined || '.'
}

export const isAbsolute = (p: string): boolean => /^(?:\/|\\|[A-Za-z]:[\\/])/.test(p)

export const join = (...parts: string[]): string => normalize(parts.filter((p) => p !== '').join('/'))

export function basename(p: string): string {
  const s = slashes(p).replace(/\/+$/, '')
  return s.slice(s.lastIndexOf('/') + 1)
}

export function dirname(p: string): string {
  const s = slashes(p).replace(/\/+$/, '')
  const i = s.lastIndexOf('/')
  return i < 0 ? '.' : i === 0 ? '/' : s.slice(0, i)
}

/** The working folder where there is one (Node), else undefined. */
function cwd(): string | undefined {
  const proc = (globalThis as { process?: { cwd?: () => string } }).process
  return typeof proc?.cwd === 'function' ? slashes(proc.cwd()) : undefined
}

/** Like path.resolve: the last absolute part and what follows, against the working folder when there is one. */
export function resolve(...parts: string[]): string {
  let start = parts.length
  while (start > 0 && !isAbsolute(parts[start - 1]!)) start--
  const tail = parts.slice(Math.max(0, start - 1))
  if (start === 0) {
    const here = cwd()
    if (here !== undefined) tail.unshift(here)
  }
  return join(...tail)
}

/** The path from `from` to `to`, with `/`. */
export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean)
  const b = resolve(to).split('/').filter(Boolean)
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/')
}
