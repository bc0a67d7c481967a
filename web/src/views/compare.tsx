/**
 * Comparing two versions section by section, as `avtaleverk diff` does: the summary tiles,
 * each changed section side by side or as an inline redline, and the Word redline with
 * tracked changes to download.
 */
import { useMemo, useState } from 'preact/hooks'
import { download, TYPES } from '../download.js'
import { errorText } from '../engine.js'
import { type ChangeSet, changeSetJson, compare, diffReportHtml, type Hunk, redlineDocx } from '../engine-compare.js'
import { useApp } from '../state.js'

/** Unchanged text longer than this is shortened to its ends: the change is what one reads. */
const CONTEXT = 160

function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2) return text
  const head = first ? '' : text.slice(0, CONTEXT)
  const tail = last ? '' : text.slice(-CONTEXT)
  return `${head}${head ? ' … ' : '… '}${tail}`
}

function Hunks({ hunks, side }: { hunks: Hunk[]; side: 'gammel' | 'ny' | 'begge' }) {
  return (
    <p class="hunks">
      {hunks.map((h, i) => {
        if (h.kind === 'lik') return <span key={i}>{shorten(h.text, i === 0, i === hunks.length - 1)}</span>
        if (h.kind === 'fjernet') return side === 'ny' ? null : <del key={i}>{h.text}</del>
        return side === 'gammel' ? null : <ins key={i}>{h.text}</ins>
      })}
    </p>
  )
}

const hasChange = (hunks: Hunk[]) => hunks.some((h) => h.kind !== 'lik')

export function CompareView() {
  const app = useApp()
  const sets = app.state.entries.filter((e) => e.opened)
  const [oldKey, setOldKey] = useState(sets[0]?.folder.key ?? '')
  const [newKey, setNewKey] = useState(sets[1]?.folder.key ?? sets[0]?.folder.key ?? '')
  const [layout, setLayout] = useState<'side' | 'inline'>('side')
  const [result, setResult] = useState<{ changes: ChangeSet; shown: ChangeSet<Hunk> } | null>(null)
  const changes = result?.shown ?? null
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const oldOne = sets.find((e) => e.folder.key === oldKey)?.opened
  const newOne = sets.find((e) => e.folder.key === newKey)?.opened

  function run(e: Event) {
    e.preventDefault()
    setError('')
    if (!oldOne || !newOne) return
    try {
      const r = compare(oldOne, newOne)
      setResult(r)
      app.say(`Sammenlignet ${oldOne.folder.name} med ${newOne.folder.name}: ${r.changes.summary.sectionsChanged} avsnitt endret`)
    } catch (err) {
      setError(errorText(err))
    }
  }

  async function word() {
    if (!result || !oldOne || !newOne) return
    setBusy(true)
    app.say('Lager Word-dokumentet med sporede endringer …')
    try {
      download(`endringer-${oldOne.folder.name}-${newOne.folder.name}.docx`, await redlineDocx(result.changes, oldOne, newOne), TYPES.docx)
      app.say('Word-dokumentet med sporede endringer er lastet ned')
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  const changed = useMemo(() => changes?.documents.filter((d) => d.status !== 'uendret') ?? [], [changes])

  if (sets.length < 2) {
    return (
      <section>
        <h2>Sammenlign</h2>
        <p>Åpne to versjoner av avtalen (to mapper eller zip-filer) under «Mapper» for å sammenligne dem.</p>
        <button type="button" onClick={() => app.go('mapper')}>
          Gå til Mapper
        </button>
      </section>
    )
  }

  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {sets.map((s) => (
          <option key={s.folder.key} value={s.folder.key}>
            {s.folder.name}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <section aria-labelledby="diff-tittel">
      <h2 id="diff-tittel">Sammenlign to versjoner</h2>
      <form class="inline-form" onSubmit={run}>
        {select('diff-gammel', 'Gammel versjon', oldKey, setOldKey)}
        {select('diff-ny', 'Ny versjon', newKey, setNewKey)}
        <button type="submit" class="primary">
          Sammenlign
        </button>
      </form>
      {error && <pre class="error" role="alert">{error}</pre>}
      {changes && (
        <>
          <dl class="tiles" aria-label="Sammendrag">
            <div>
              <dt>Avsnitt endret</dt>
              <dd data-count="sections-changed">{changes.summary.sectionsChanged}</dd>
            </div>
            <div>
              <dt>Ord lagt til</dt>
              <dd data-count="words-added">{changes.summary.wordsAdded}</dd>
            </div>
            <div>
              <dt>Ord fjernet</dt>
              <dd data-count="words-removed">{changes.summary.wordsRemoved}</dd>
            </div>
            <div>
              <dt>Dokumenter revidert</dt>
              <dd data-count="documents-revised">{changes.summary.documents.revidert}</dd>
            </div>
            <div>
              <dt>Nye / fjernede dokumenter</dt>
              <dd data-count="documents-new-removed">
                {changes.summary.documents.ny} / {changes.summary.documents.fjernet}
              </dd>
            </div>
          </dl>
          <div class="toolbar">
            <div role="group" aria-label="Visning av endringene">
              <button type="button" aria-pressed={layout === 'side'} onClick={() => setLayout('side')}>
                Side om side
              </button>
              <button type="button" aria-pressed={layout === 'inline'} onClick={() => setLayout('inline')}>
                Innfelt
              </button>
            </div>
            <button type="button" class="primary" disabled={busy} onClick={word}>
              {busy ? 'Lager Word …' : 'Last ned Word med sporede endringer'}
            </button>
            <button type="button" onClick={async () => download('endringer.html', await diffReportHtml(result!.changes, oldOne!), TYPES.html)}>
              Last ned rapporten (HTML)
            </button>
            <button type="button" onClick={() => download('endringer.json', changeSetJson(result!.changes), TYPES.json)}>
              Last ned som JSON
            </button>
          </div>
          {changed.length === 0 && <p>Ingen endringer i teksten.</p>}
          {changed.map((doc) => (
            <article key={doc.id} class="doc-change">
              <h3>
                {doc.new?.title ?? doc.old?.title ?? doc.id} <span class={`tag ${doc.status}`}>{doc.status}</span>
              </h3>
              {doc.frontMatter.length > 0 && <p class="muted">Endret i front matter: {doc.frontMatter.map((f) => f.key).join(', ')}</p>}
              {hasChange(doc.preamble.hunks as Hunk[]) && <Change layout={layout} heading="Innledning" hunks={doc.preamble.hunks as Hunk[]} tags={[]} />}
              {doc.sections
                .filter((s) => s.status !== 'uendret')
                .map((s, i) => (
                  <Change key={i} layout={layout} heading={s.new?.heading ?? s.old?.heading ?? ''} oldHeading={s.old && s.new && s.old.heading !== s.new.heading ? s.old.heading : undefined} hunks={s.hunks as Hunk[]} tags={s.tags} />
                ))}
            </article>
          ))}
        </>
      )}
    </section>
  )
}

function Change(props: { layout: 'side' | 'inline'; heading: string; oldHeading?: string | undefined; hunks: Hunk[]; tags: string[] }) {
  return (
    <section class="section-change">
      <h4>
        {props.oldHeading && (
          <>
            <del>{props.oldHeading}</del> →{' '}
          </>
        )}
        {props.heading} {props.tags.map((t) => <span key={t} class="tag">{t}</span>)}
      </h4>
      {props.layout === 'side' ? (
        <div class="side-by-side">
          <div>
            <p class="col-head">Gammel</p>
            <Hunks hunks={props.hunks} side="gammel" />
          </div>
          <div>
            <p class="col-head">Ny</p>
            <Hunks hunks={props.hunks} side="ny" />
          </div>
        </div>
      ) : (
        <Hunks hunks={props.hunks} side="begge" />
      )}
    </section>
  )
}
