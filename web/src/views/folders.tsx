/** Opening folders: the directory picker, a drop, a zip or single files, or the bundled agreement. */
import { useState } from 'preact/hooks'
import { summarise } from '../engine.js'
import { type Folder, folderFromDrop, folderFromFiles, folderFromHandle, subfolder, subfolders } from '../folders.js'
import { useApp } from '../state.js'

export function FoldersView() {
  const app = useApp()
  const [over, setOver] = useState(false)
  const [busy, setBusy] = useState(false)

  async function open(make: () => Promise<Folder | null>) {
    setBusy(true)
    try {
      const folder = await make()
      if (!folder) return
      const entry = app.add(folder)
      app.say(entry.opened ? `Åpnet ${folder.name}: ${entry.opened.set.documents.length} dokumenter` : `Åpnet ${folder.name} (${folder.files.size} filer, ikke et avtalesett)`)
    } catch (e) {
      if ((e as Error).name !== 'AbortError') app.say(`Kunne ikke åpne: ${(e as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  /** Files chosen in a file input: read, and the input emptied so the same choice can be made again. */
  function chosen(e: Event) {
    const input = e.currentTarget as HTMLInputElement
    const files = [...(input.files ?? [])]
    input.value = ''
    if (files.length) void open(() => folderFromFiles(files))
  }

  const picker = 'showDirectoryPicker' in window
  const pickFolder = () =>
    open(async () => folderFromHandle(await (window as unknown as { showDirectoryPicker: (o: object) => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker({ mode: 'readwrite' })))

  return (
    <section aria-labelledby="mapper-tittel">
      <h2 id="mapper-tittel">Mapper</h2>
      <p>Åpne en avtalemappe (Markdown-filene med kommuner.yaml, versjoner.yaml og signaturer.yaml), en zip-fil med en slik mappe, eller enkeltfiler. Filene leses bare i nettleseren.</p>
      <div
        class={`drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          if (e.dataTransfer) void open(() => folderFromDrop(e.dataTransfer!.items))
        }}
      >
        <p>Slipp en mappe, en zip-fil eller filer her, eller:</p>
        <div class="actions">
          {picker && (
            <button type="button" onClick={pickFolder} disabled={busy}>
              Velg mappe …
            </button>
          )}
          <label class="button">
            {picker ? 'Last opp mappe …' : 'Velg mappe …'}
            <input
              type="file"
              class="visually-hidden"
              data-testid="open-folder"
              {...{ webkitdirectory: true }}
              multiple
              onChange={chosen}
            />
          </label>
          <label class="button">
            Velg zip eller filer …
            <input
              type="file"
              class="visually-hidden"
              data-testid="open-files"
              multiple
              accept=".zip,.md,.yaml,.yml"
              onChange={chosen}
            />
          </label>
          <button type="button" disabled={busy} onClick={() => open(async () => (await import('../bundled.js')).bundledFolder())}>
            Åpne den medfølgende 2023-avtalen
          </button>
        </div>
      </div>

      <h3>Åpne mapper</h3>
      {app.state.entries.length === 0 ? (
        <p>Ingen ennå.</p>
      ) : (
        <table class="folders">
          <caption class="visually-hidden">Mappene som er åpne i denne økten</caption>
          <thead>
            <tr>
              <th scope="col">Mappe</th>
              <th scope="col">Innhold</th>
              <th scope="col">Funn</th>
              <th scope="col">
                <span class="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {app.state.entries.map((entry) => {
              const s = entry.opened ? summarise(entry.opened.diagnostics) : null
              const subs = subfolders(entry.folder)
              return (
                <tr key={entry.folder.key} data-folder={entry.folder.name}>
                  <th scope="row">
                    {entry.folder.name}
                    {app.state.current === entry.folder.key && <span class="tag">gjeldende</span>}
                  </th>
                  <td>
                    {entry.opened ? `${entry.opened.set.documents.length} dokumenter` : `${entry.folder.files.size} filer`}
                    {entry.error && !entry.error.includes('Fant ingen') && <pre class="error">{entry.error}</pre>}
                  </td>
                  <td>{s ? `${s.errors} feil, ${s.warnings} advarsler, ${s.infos} info` : '–'}</td>
                  <td class="row-actions">
                    {entry.opened && app.state.current !== entry.folder.key && (
                      <button type="button" onClick={() => app.setCurrent(entry.folder.key)}>
                        Arbeid med {entry.folder.name}
                      </button>
                    )}
                    {subs.map((sub) => (
                      <button key={sub} type="button" onClick={() => app.add(subfolder(entry.folder, sub), false)}>
                        Åpne undermappen {sub}
                      </button>
                    ))}
                    <button type="button" onClick={() => app.remove(entry.folder.key)}>
                      Lukk {entry.folder.name}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
