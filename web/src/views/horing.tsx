/**
 * Høring and signing status: the høringsoppsummering from a folder of innspill and the two
 * versions, and who has signed which version; each downloadable in the CLI's formats.
 */
import { useState } from 'preact/hooks'
import { download, TYPES } from '../download.js'
import { errorText } from '../engine.js'
import { horing, type HoringReport, horingFile, status, type StatusReport, statusFile } from '../engine-horing.js'
import { useApp } from '../state.js'


export function HoringView() {
  return (
    <div class="two-parts">
      <HoringPart />
      <StatusPart />
    </div>
  )
}

function HoringPart() {
  const app = useApp()
  const all = app.state.entries
  const sets = all.filter((e) => e.opened)
  const innspillFolders = all.filter((e) => [...e.folder.files.keys()].some((p) => /\.ya?ml$/i.test(p) && !p.includes('/')) && !e.opened)
  const [innspill, setInnspill] = useState(innspillFolders[0]?.folder.key ?? '')
  const [fra, setFra] = useState(sets[0]?.folder.key ?? '')
  const [til, setTil] = useState(sets[1]?.folder.key ?? sets[0]?.folder.key ?? '')
  const [frist, setFrist] = useState('')
  const [report, setReport] = useState<HoringReport | null>(null)
  const [error, setError] = useState('')

  function run(e: Event) {
    e.preventDefault()
    setError('')
    setReport(null)
    const i = all.find((x) => x.folder.key === innspill)?.folder
    const f = sets.find((x) => x.folder.key === fra)?.opened
    const t = sets.find((x) => x.folder.key === til)?.opened
    if (!i || !f || !t) return setError('Velg mappen med innspill og de to versjonene')
    try {
      const r = horing({ innspill: i, fra: f, til: t, ...(frist ? { frist } : {}) })
      setReport(r)
      app.say(`Høringsoppsummering: ${r.totals.innspill} innspill fra ${r.totals.respondenter} respondenter`)
    } catch (err) {
      setError(errorText(err))
    }
  }

  async function save(format: 'md' | 'html' | 'docx' | 'json') {
    if (!report) return
    try {
      const file = await horingFile(report, format)
      download(`horingsoppsummering.${format}`, file, TYPES[format])
    } catch (err) {
      setError(errorText(err))
    }
  }

  const options = (list: typeof all) =>
    list.map((s) => (
      <option key={s.folder.key} value={s.folder.key}>
        {s.folder.name}
      </option>
    ))

  return (
    <section aria-labelledby="horing-tittel">
      <h2 id="horing-tittel">Høringsoppsummering</h2>
      {innspillFolders.length === 0 || sets.length === 0 ? (
        <p>Åpne mappen med høringsinnspill (én YAML-fil per respondent) og de to versjonene under «Mapper». En undermappe (innspill/) åpnes med knappen ved mappen.</p>
      ) : (
        <form class="inline-form" onSubmit={run}>
          <div class="field">
            <label for="h-innspill">Innspill</label>
            <select id="h-innspill" value={innspill} onChange={(e) => setInnspill(e.currentTarget.value)}>
              {options(innspillFolders)}
            </select>
          </div>
          <div class="field">
            <label for="h-fra">Utkastet på høring</label>
            <select id="h-fra" value={fra} onChange={(e) => setFra(e.currentTarget.value)}>
              {options(sets)}
            </select>
          </div>
          <div class="field">
            <label for="h-til">Endelig forslag</label>
            <select id="h-til" value={til} onChange={(e) => setTil(e.currentTarget.value)}>
              {options(sets)}
            </select>
          </div>
          <div class="field">
            <label for="h-frist">Høringsfrist (valgfri)</label>
            <input id="h-frist" type="date" value={frist} onInput={(e) => setFrist(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary">
            Lag oppsummeringen
          </button>
        </form>
      )}
      {error && <pre class="error" role="alert">{error}</pre>}
      {report && (
        <div data-testid="horing-result">
          <p class="summary" data-innspill={report.totals.innspill} data-respondenter={report.totals.respondenter} data-for-sent={report.totals.forSent}>
            {report.totals.innspill} innspill fra {report.totals.respondenter} respondenter{report.frist ? `, ${report.totals.forSent} etter fristen ${report.frist}` : ''}.
          </p>
          <div class="toolbar">
            <span>Last ned:</span>
            <button type="button" onClick={() => save('docx')}>Word</button>
            <button type="button" onClick={() => save('html')}>HTML</button>
            <button type="button" onClick={() => save('md')}>Markdown</button>
            <button type="button" onClick={() => save('json')}>JSON</button>
          </div>
          <table>
            <caption>Respondenter</caption>
            <thead>
              <tr>
                <th scope="col">Respondent</th>
                <th scope="col">Mottatt</th>
                <th scope="col">Innspill</th>
              </tr>
            </thead>
            <tbody>
              {report.respondents.map((r) => (
                <tr key={r.file} class={r.forSent ? 'late' : ''}>
                  <th scope="row">{r.navn}</th>
                  <td>
                    {r.mottatt}
                    {r.forSent ? ' (etter fristen)' : ''}
                  </td>
                  <td>{r.antall}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.documents.filter((d) => d.innspill.length > 0 || d.sections.some((s) => s.innspill.length > 0)).map((d) => (
            <article key={d.id} class="doc-change">
              <h3>{d.title}</h3>
              {[{ id: '', number: null, title: 'Dokumentet som helhet', status: d.status, innspill: d.innspill, newNumber: null, newTitle: null }, ...d.sections]
                .filter((s) => s.innspill.length > 0)
                .map((s) => (
                  <section key={s.id} class="section-change">
                    <h4>
                      {s.number ? `${s.number} ` : ''}
                      {s.title} <span class="tag">{s.status}</span>
                    </h4>
                    <ul class="innspill-list">
                      {s.innspill.map((i, n) => (
                        <li key={n} class={`innspill${i.forSent ? ' late' : ''}`}>
                          <strong>{i.respondent}:</strong> {i.tekst} <em>({i.vurdering}{i.begrunnelse ? `: ${i.begrunnelse}` : ''})</em>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
            </article>
          ))}
          {report.merknader.length > 0 && (
            <>
              <h3>Merknader</h3>
              <ul>
                {report.merknader.map((m, n) => (
                  <li key={n}>{m.tekst}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  )
}

const STATE_CLASS: Record<string, string> = { signert: 'signert', 'delvis signert': 'delvis', 'signert eldre versjon': 'eldre', 'ikke signert': 'ikke-signert' }

function StatusPart() {
  const app = useApp()
  const lists = app.state.entries.filter((e) => e.folder.files.has('versjoner.yaml'))
  const [list, setList] = useState(lists[lists.length - 1]?.folder.key ?? '')
  const [report, setReport] = useState<StatusReport | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function run(e: Event) {
    e.preventDefault()
    setError('')
    setReport(null)
    const entry = lists.find((x) => x.folder.key === list)
    if (!entry) return
    setBusy(true)
    app.say('Sjekker signaturene …')
    try {
      const r = await status(entry.folder, entry.opened, (name) => app.byName(name)?.opened)
      setReport(r)
      app.say(`Signeringsstatus: ${r.totals.signert} av ${r.kommuner.length} kommuner har signert versjon ${r.current.id}`)
    } catch (err) {
      setError(errorText(err))
      app.say('Kunne ikke lage signeringsstatusen')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="status-tittel">
      <h2 id="status-tittel">Signeringsstatus</h2>
      {lists.length === 0 ? (
        <p>Åpne mappen med versjonslisten (versjoner.yaml og signaturer.yaml) under «Mapper».</p>
      ) : (
        <form class="inline-form" onSubmit={run}>
          <div class="field">
            <label for="s-liste">Versjonsliste fra</label>
            <select id="s-liste" value={list} onChange={(e) => setList(e.currentTarget.value)}>
              {lists.map((s) => (
                <option key={s.folder.key} value={s.folder.key}>
                  {s.folder.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Sjekker …' : 'Vis status'}
          </button>
        </form>
      )}
      {error && <pre class="error" role="alert">{error}</pre>}
      {report && (
        <div data-testid="status-result">
          <p>
            Gjeldende versjon: <strong>{report.current.id}</strong> ({report.current.dato}).{' '}
            {Object.entries(report.totals)
              .map(([k, v]) => `${v} ${k}`)
              .join(', ')}
            .
          </p>
          <div class="toolbar">
            <span>Last ned:</span>
            <button type="button" onClick={() => download('signeringsstatus.html', statusFile(report, 'html'), TYPES.html)}>HTML</button>
            <button type="button" onClick={() => download('signeringsstatus.txt', statusFile(report, 'text'), TYPES.txt)}>Tekst</button>
            <button type="button" onClick={() => download('signeringsstatus.json', statusFile(report, 'json'), TYPES.json)}>JSON</button>
          </div>
          {report.hashProblems.length > 0 && (
            <ul class="error">
              {report.hashProblems.map((p, n) => (
                <li key={n}>
                  {p.file}:{p.line}: {p.message}
                </li>
              ))}
            </ul>
          )}
          <table class="status-table">
            <caption>Kommunene mot versjon {report.current.id}</caption>
            <thead>
              <tr>
                <th scope="col">Kommune</th>
                <th scope="col">Status</th>
                <th scope="col">Kommunen signerte</th>
                <th scope="col">UNN signerte</th>
                <th scope="col">Endret siden</th>
              </tr>
            </thead>
            <tbody>
              {report.kommuner.map((k) => (
                <tr key={k.nummer} class={STATE_CLASS[k.state]}>
                  <th scope="row">
                    {k.navn} <span class="muted">{k.nummer}</span>
                  </th>
                  <td>{k.state}</td>
                  <td>{k.kommune ? `versjon ${k.kommune.versjon}, ${k.kommune.dato}` : '–'}</td>
                  <td>{k.unn ? `versjon ${k.unn.versjon}, ${k.unn.dato}` : '–'}</td>
                  <td>{k.sinceSigned ? `${k.sinceSigned.sectionsChanged} avsnitt, +${k.sinceSigned.wordsAdded}/−${k.sinceSigned.wordsRemoved} ord` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
