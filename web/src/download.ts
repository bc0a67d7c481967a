/** Giving the user a file: a download link made from bytes in memory (blob:, never a server). */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([data as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // The download has its own copy once started; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const TYPES = {
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
} as const

/**
 * Saves one file back into the folder it came from, where the browser gave a folder handle
 * (File System Access API); otherwise downloads it. Returns how it went, for the status line.
 */
export async function saveBack(handle: FileSystemDirectoryHandle | undefined, name: string, text: string): Promise<'lagret' | 'lastet ned'> {
  if (handle && 'requestPermission' in handle) {
    const h = handle as FileSystemDirectoryHandle & { requestPermission: (o: { mode: string }) => Promise<PermissionState> }
    if ((await h.requestPermission({ mode: 'readwrite' })) === 'granted') {
      const file = await handle.getFileHandle(name)
      const writable = await file.createWritable()
      await writable.write(text)
      await writable.close()
      return 'lagret'
    }
  }
  download(name, text, TYPES.md)
  return 'lastet ned'
}
