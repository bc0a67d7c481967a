/**
 * Making the kommune copies: the date, the kommuner (all by default) and the formats; one zip
 * with the copies and manifest.json, the same bytes `avtaleverk generate` writes.
 */
import { useState } from 'preact/hooks'
import { download, TYPES } from '../download.js'
import { errorText } from '../engine.js'
import { defaultDate, generate, kommuneChoices, type OutputFormat } from '../engine-generate.js'
import { currentEntry, useApp } from '../state.js'
import { zipFiles } from '../zip.js'

const FORMATS: Array<{ id: OutputFormat; label: string }> = [
  { id: 'md', label: 'Markdown (.md)' },
  { id: 'html', label: 'Nettside (.html)' },
  { id: 'docx', label: 'Word (.docx)' },
]

export function GenerateView() {
  const app = useApp()
  const opened = currentEntry(app.state)!.opened!
  const [date, setDate] = useState(defaultDate(opened))
  const kommuner = kommuneChoices(opened, date)
  // By place in the registry: a kommune's number and name can change with the date.
  const [chosen, setChosen] = useState<Set<number>>(new Set(kommuner.map((k) => k.index)))
  const [formats, setFormats] = useState<Set<OutputFormat>>(new Set(['md', 'html', 'docx']))
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ name: string; zip: Uint8Array; files: number; kommuner: number } | null>(null)
  const [error, setError] = useState('')

  if (!opened.registry) {
    return (
      <section>
        <h2>Kommuneutgaver</h2>
        <p class="error">{opened.registryError ?? `Mappen ${opened.folder.name} har ikke noe kommuneregister (kommuner.yaml).`}</p>
      </section>
    )
  }

  async function make(e: Event) {
    e.preventDefault()
    setBusy(true)
    setError('')
    setResult(null)
    app.say('Lager kommuneutgavene …')
    try {
      const generation = await generate(opened, { date, kommuner: chosen.size === kommuner.length ? [] : kommuner.filter((k) => chosen.has(k.index)).map((k) => k.number), formats: FORMATS.map((f) => f.id).filter((f) => formats.has(f)) })
      const zip = zipFiles([...generation.files.map((f) => [f.path, f.data] as const), ['manifest.json', generation.manifestData] as const])
      const name = `kommuneutgaver-${date}.zip`
      setResult({ name, zip, files: generation.files.length, kommuner: generation.manifest.kommuner.length })
      app.say(`Laget ${generation.files.length} filer for ${generation.manifest.kommuner.length} kommuner`)
    } catch (err) {
      setError(errorText(err))
      app.say('Kunne ikke lage kommuneutgavene')
    } finally {
      setBusy(false)
    }
  }

  const toggle = <T,>(set: Set<T>, value: T, on: boolean) => {
    const next = new Set(set)
    if (on) next.add(value)
    else next.delete(value)
    return next
  }

  return (
    <section aria-labelledby="gen-tittel">
      <h2 id="gen-tittel">Kommuneutgaver av {opened.folder.name}</h2>
      <form class="generate" onSubmit={make}>
        <div class="field">
          <label for="gen-dato">Avtalens dato</label>
          <input id="gen-dato" type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <fieldset>
          <legend>Formater</legend>
          {FORMATS.map((f) => (
            <label key={f.id} class="check">
              <input type="checkbox" name="format" value={f.id} checked={formats.has(f.id)} onChange={(e) => setFormats(toggle(formats, f.id, e.currentTarget.checked))} /> {f.label}
            </label>
          ))}
        </fieldset>
        <fieldset class="kommuner">
          <legend>
            Kommuner ({chosen.size} av {kommuner.length})
          </legend>
          <div class="row-actions">
            <button type="button" onClick={() => setChosen(new Set(kommuner.map((k) => k.index)))}>
              Velg alle
            </button>
            <button type="button" onClick={() => setChosen(new Set())}>
              Velg ingen
            </button>
          </div>
          <div class="grid">
            {kommuner.map((k) => (
              <label key={k.index} class="check">
                <input type="checkbox" name="kommune" value={k.number} checked={chosen.has(k.index)} onChange={(e) => setChosen(toggle(chosen, k.index, e.currentTarget.checked))} /> {k.name} <span class="muted">{k.number}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="primary" disabled={busy || chosen.size === 0 || formats.size === 0}>
          {busy ? 'Lager …' : 'Lag kommuneutgavene'}
        </button>
      </form>
      {error && <pre class="error" role="alert">{error}</pre>}
      {result && (
        <div class="result" data-testid="generate-result">
          <p>
            {result.files} filer for {result.kommuner} kommuner, med manifest.json ({(result.zip.length / 1024 / 1024).toFixed(1)} MB).
          </p>
          <button type="button" class="primary" onClick={() => download(result.name, result.zip, TYPES.zip)}>
            Last ned {result.name}
          </button>
        </div>
      )}
    </section>
  )
}
