/**
 * What the user opens, as one shape: a folder of files in memory (relative path → bytes). A
 * folder from the directory picker or a drop, a zip, single files and the folder the local
 * server preloads all become a Folder; nothing is read from or sent to anywhere else.
 */
import { unzipSync } from 'fflate'

export interface Folder {
  /** Unique in the session. */
  key: string
  /** The folder's name as the user knows it (agreements, revisjon-2024, innspill). */
  name: string
  /** Relative paths with `/`, top level first. */
  files: Map<string, Uint8Array>
  /** Where edits can be saved back (the directory picker's handle), when the browser gave one. */
  handle?: FileSystemDirectoryHandle
}

let counter = 0
export const folderKey = (): string => `f${++counter}`

/** Files larger than this are not read (the library's own limit for one agreement file is 2 MB). */
const MAX_FILE = 8 * 1024 * 1024
/** A zip that claims more than this unpacked is refused before unpacking. */
const MAX_UNZIPPED = 200 * 1024 * 1024

/** A zip's or a drop's single top folder is the folder itself (agreements.zip holds agreements/…). */
function withoutCommonTop(files: Map<string, Uint8Array>): { top: string | null; files: Map<string, Uint8Array> } {
  const paths = [...files.keys()]
  const first = paths[0]?.split('/')[0]
  if (!first || paths.some((p) => !p.startsWith(`${first}/`))) return { top: null, files }
  return { top: first, files: new Map([...files].map(([p, d]) => [p.slice(first.length + 1), d])) }
}

const ignored = (p: string) => p.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')

/** A zip's files; refused with a Norwegian message when it is not a zip or too large. */
export function unzipFolder(name: string, bytes: Uint8Array): Folder {
  let claimed = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        claimed += f.originalSize
        if (claimed > MAX_UNZIPPED) throw new Error('for stor')
        return !f.name.endsWith('/') && !ignored(f.name)
      },
    })
  } catch (e) {
    throw new Error(claimed > MAX_UNZIPPED ? `${name}: zip-filen er over ${MAX_UNZIPPED / 1024 / 1024} MB utpakket; pakk ut selv og åpne mappen` : `${name}: kan ikke lese zip-filen (${(e as Error).message})`)
  }
  const { top, files: inner } = withoutCommonTop(new Map(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
  return { key: folderKey(), name: top ?? name.replace(/\.zip$/i, ''), files: inner }
}

async function readFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_FILE) throw new Error(`${file.name}: filen er over ${MAX_FILE / 1024 / 1024} MB`)
  return new Uint8Array(await file.arrayBuffer())
}

/**
 * Files chosen with a file input or dropped: one zip is a folder; files with relative paths
 * (a folder chosen with webkitdirectory) keep their paths; loose files make a folder of their own.
 */
export async function folderFromFiles(list: readonly File[], fallbackName = 'filer'): Promise<Folder> {
  if (list.length === 1 && /\.zip$/i.test(list[0]!.name)) return unzipFolder(list[0]!.name, await readFile(list[0]!))
  const files = new Map<string, Uint8Array>()
  for (const file of list) {
    const rel = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name
    if (ignored(rel)) continue
    files.set(rel, await readFile(file))
  }
  const { top, files: inner } = withoutCommonTop(new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
  return { key: folderKey(), name: top ?? fallbackName, files: inner }
}

/** A folder from the directory picker (File System Access API), its subfolders one level down. */
export async function folderFromHandle(handle: FileSystemDirectoryHandle): Promise<Folder> {
  const files = new Map<string, Uint8Array>()
  async function walk(dir: FileSystemDirectoryHandle, prefix: string, depth: number): Promise<void> {
    for await (const [name, entry] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
      if (name.startsWith('.')) continue
      if (entry.kind === 'file') files.set(prefix + name, await readFile(await (entry as FileSystemFileHandle).getFile()))
      else if (depth < 2) await walk(entry as FileSystemDirectoryHandle, `${prefix}${name}/`, depth + 1)
    }
  }
  await walk(handle, '', 0)
  return { key: folderKey(), name: handle.name, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), handle }
}

/** Dropped items: folders are walked (webkitGetAsEntry), files read as they are. */
export async function folderFromDrop(items: DataTransferItemList): Promise<Folder> {
  const entries = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null)
  const out: File[] = []
  const paths = new Map<File, string>()
  const fileOf = (e: FileSystemFileEntry) => new Promise<File>((resolve, reject) => e.file(resolve, reject))
  const children = (d: FileSystemDirectoryEntry) =>
    new Promise<FileSystemEntry[]>((resolve, reject) => {
      const reader = d.createReader()
      const all: FileSystemEntry[] = []
      const next = () => reader.readEntries((batch) => (batch.length === 0 ? resolve(all) : (all.push(...batch), next())), reject)
      next()
    })
  async function walk(entry: FileSystemEntry, prefix: string, depth: number): Promise<void> {
    if (entry.isFile) {
      const file = await fileOf(entry as FileSystemFileEntry)
      out.push(file)
      paths.set(file, prefix + entry.name)
    } else if (depth < 3) for (const child of await children(entry as FileSystemDirectoryEntry)) await walk(child, `${prefix}${entry.name}/`, depth + 1)
  }
  for (const entry of entries) await walk(entry, '', 0)
  if (out.length === 1 && /\.zip$/i.test(out[0]!.name)) return unzipFolder(out[0]!.name, await readFile(out[0]!))
  const files = new Map<string, Uint8Array>()
  for (const file of out) if (!ignored(paths.get(file)!)) files.set(paths.get(file)!, await readFile(file))
  const { top, files: inner } = withoutCommonTop(new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
  return { key: folderKey(), name: top ?? 'filer', files: inner }
}

/** The folder the local server preloaded (`avtaleverk web MAPPE`), when index.html names one. */
export async function preloadedFolder(): Promise<Folder | null> {
  const address = document.querySelector('meta[name="avtaleverk-mappe"]')?.getAttribute('content')
  if (!address) return null
  const response = await fetch(address, { cache: 'no-store' })
  if (!response.ok) throw new Error(`Fikk ikke mappen fra avtaleverk web (${response.status})`)
  const data = (await response.json()) as { name: string; files: Array<{ path: string; base64: string }> }
  const files = new Map(data.files.map((f) => [f.path, Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))]))
  return { key: folderKey(), name: data.name.split(/[\\/]/).filter(Boolean).pop() ?? data.name, files }
}

/** A subfolder (innspill/) as a folder of its own. */
export function subfolder(folder: Folder, prefix: string): Folder {
  const files = new Map([...folder.files].filter(([p]) => p.startsWith(`${prefix}/`)).map(([p, d]) => [p.slice(prefix.length + 1), d]))
  return { key: folderKey(), name: prefix.split('/').pop()!, files }
}

/** The subfolders one level down that hold files. */
export function subfolders(folder: Folder): string[] {
  return [...new Set([...folder.files.keys()].filter((p) => p.includes('/')).map((p) => p.split('/')[0]!))]
}

export const utf8 = new TextEncoder()
