/**
 * Reading and editing one document with live validation: the findings of the whole set listed
 * (click one to go to its line) and underlined in the text, the § 6-2 coverage matrix beside,
 * a rendered preview, and saving back to the folder (or a download).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { type Diagnostic, errorText, previewHtml, summarise, textOf, withText, coverageRows, type Opened } from '../engine.js'
import type { TextEditor } from '../editor.js'
import { download, saveBack, TYPES } from '../download.js'
import { currentEntry, useApp } from '../state.js'
import { zipFolder } from '../zip.js'

const SEVERITY: Record<Diagnostic['severity'], string> = { error: 'feil', warning: 'advarsel', info: 'info' }

export function DocumentView() {
  const app = useApp()
  const entry = currentEntry(app.state)!
  const opened = entry.opened!
  const paths = useMemo(() => [...opened.folder.files.keys()].filter((p) => !p.includes('/') && p.toLowerCase().endsWith('.md')), [opened.folder.files])
  const [file, setFile] = useState(paths[0] ?? '')
  // The rendered text first: the editor (CodeMirror) is loaded when the user edits or goes to a finding.
  const [mode, setMode] = useState<'tekst' | 'visning'>('visning')
  const [edited, setEdited] = useState<Set<string>>(new Set())
  const editorHost = useRef<HTMLDivElement>(null)
  const editor = useRef<TextEditor | null>(null)
  const pendingLine = useRef<[number, number] | null>(null)
  // The latest set, for the linter that runs outside Preact's render.
  const latest = useRef<Opened>(opened)
  latest.current = opened

  useEffect(() => {
    if (!editorHost.current || !file || mode !== 'tekst') return
    let gone = false
    void import('../editor.js').then(({ createEditor }) => {
      if (gone || !editorHost.current) return
      editor.current = createEditor(editorHost.current, {
        text: textOf(latest.current.folder, file) ?? '',
        label: `Teksten i ${file}`,
        check: (next) => {
          const before = latest.current
          if (textOf(before.folder, file) === next) return before.diagnostics.filter((d) => d.file === file)
          const after = withText(before, file, next)
          latest.current = after
          app.replace({ folder: after.folder, opened: after })
          setEdited((s) => new Set(s).add(file))
          return after.diagnostics.filter((d) => d.file === file)
        },
      })
      if (pendingLine.current !== null) {
        editor.current.goToLine(...pendingLine.current)
        pendingLine.current = null
      }
    })
    return () => {
      gone = true
      editor.current?.destroy()
      editor.current = null
    }
  }, [file, mode])

  function jump(d: Diagnostic) {
    if (!paths.includes(d.file)) return
    if (d.file === file && mode === 'tekst' && editor.current) return editor.current.goToLine(d.line, d.column)
    // The editor is made anew (another file, or from the preview): it goes to the line once ready.
    pendingLine.current = [d.line, d.column]
    setMode('tekst')
    setFile(d.file)
  }

  async function save() {
    const text = textOf(opened.folder, file) ?? ''
    try {
      const how = await saveBack(opened.folder.handle, file, text)
      app.say(`${file} ${how === 'lagret' ? 'er lagret i mappen' : 'er lastet ned (nettleseren lar ikke siden skrive i mappen)'}`)
      if (how === 'lagret') setEdited((s) => new Set([...s].filter((p) => p !== file)))
    } catch (e) {
      app.say(`Kunne ikke lagre ${file}: ${errorText(e)}`)
    }
  }

  const s = summarise(opened.diagnostics)
  const coverage = coverageRows(opened.matrix)

  return (
    <div class="document-view">
      <aside class="side" aria-labelledby="funn-tittel">
        <label for="velg-fil">Dokument</label>
        <select id="velg-fil" value={file} onChange={(e) => setFile(e.currentTarget.value)}>
          {paths.map((p) => (
            <option key={p} value={p}>
              {p}
              {edited.has(p) ? ' (endret)' : ''}
            </option>
          ))}
        </select>
        <h2 id="funn-tittel">
          <span data-testid="findings-count" data-count={opened.diagnostics.length}>
            {opened.diagnostics.length}
          </span>{' '}
          funn
        </h2>
        <p class="counts">
          <span class="sev-error">{s.errors} feil</span>, <span class="sev-warning">{s.warnings} advarsler</span>, <span class="sev-info">{s.infos} info</span>
        </p>
        <ol class="findings" aria-label="Funn i settet">
          {opened.diagnostics.map((d, i) => (
            <li key={`${d.file}:${d.line}:${d.column}:${d.ruleId}:${i}`} class={`sev-${d.severity}${d.file === file ? ' here' : ''}`}>
              <button type="button" onClick={() => jump(d)} data-rule={d.ruleId} data-file={d.file} data-line={d.line} data-column={d.column}>
                <span class="where">
                  {d.file}:{d.line}
                </span>{' '}
                <span class="sev">{SEVERITY[d.severity]}</span> <span class="rule">{d.ruleId}</span>
                <span class="msg">{d.message}</span>
              </button>
            </li>
          ))}
        </ol>
      </aside>

      <section class="center" aria-labelledby="dok-tittel">
        <div class="toolbar">
          <h2 id="dok-tittel">{file}</h2>
          <div role="group" aria-label="Visning av dokumentet">
            <button type="button" aria-pressed={mode === 'visning'} onClick={() => setMode('visning')}>
              Lesevisning
            </button>
            <button type="button" aria-pressed={mode === 'tekst'} onClick={() => setMode('tekst')}>
              Rediger
            </button>
          </div>
          <button type="button" onClick={save}>
            {opened.folder.handle ? 'Lagre i mappen' : 'Last ned filen'}
          </button>
          <button type="button" onClick={() => download(`${opened.folder.name}.zip`, zipFolder(opened.folder), TYPES.zip)}>
            Last ned mappen (zip)
          </button>
        </div>
        {mode === 'tekst' ? <div class="editor" ref={editorHost} /> : <article class="preview" tabIndex={0} aria-label={`Lesevisning av ${file}`} dangerouslySetInnerHTML={{ __html: previewHtml(opened, file) }} />}
      </section>

      <aside class="coverage" aria-labelledby="dekning-tittel" tabIndex={0}>
        <h2 id="dekning-tittel">Dekning av § 6-2</h2>
        <p data-testid="coverage-summary" data-covered={coverage.covered} data-total={coverage.total}>
          <strong>
            {coverage.covered} av {coverage.total}
          </strong>{' '}
          krav dekket
        </p>
        <table class="matrix">
          <caption class="visually-hidden">Punktene i § 6-2 mot dokumentene: ● krevd i front matter, ○ sitert i teksten</caption>
          <thead>
            <tr>
              <th scope="col">Punkt</th>
              {coverage.documents.map((d) => (
                <th scope="col" key={d.id} title={d.title}>
                  <abbr title={d.title}>{d.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((r) => (
              <tr key={r.key} class={r.covered ? 'covered' : 'missing'}>
                <th scope="row" title={r.title}>
                  {r.label}
                  {!r.covered && <span class="visually-hidden"> (ikke dekket)</span>}
                </th>
                {r.cells.map((c, i) => (
                  <td key={i}>
                    <span aria-hidden="true">{c === 'krevd' ? '●' : c === 'sitert' ? '○' : ''}</span>
                    {c && <span class="visually-hidden">{c}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p class="law">{coverage.law}</p>
      </aside>
    </div>
  )
}
