/**
 * avtaleverk in the browser: the shell (header, the views as a tab row, the status line) and
 * the state of the folders opened. Everything runs on this machine: the library's core works
 * on files in memory, and the page asks nothing of any other origin.
 */
import { render } from 'preact'
import { Component, type ComponentChildren } from 'preact'
import { lazy, Suspense } from 'preact/compat'
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import './style.css'
import { errorText } from './engine.js'
import { preloadedFolder } from './folders.js'
import { AppContext, type AppApi, type AppState, currentEntry, entryOf, useApp, type View, VIEWS } from './state.js'
import { FoldersView } from './views/folders.js'

const DocumentView = lazy(() => import('./views/document.js').then((m) => m.DocumentView))
const GenerateView = lazy(() => import('./views/generate.js').then((m) => m.GenerateView))
const CompareView = lazy(() => import('./views/compare.js').then((m) => m.CompareView))
const HoringView = lazy(() => import('./views/horing.js').then((m) => m.HoringView))

function App() {
  const [state, setState] = useState<AppState>({ entries: [], current: null, view: 'dokument', message: '' })
  const main = useRef<HTMLElement>(null)

  const api: AppApi = useMemo(
    () => ({
      state,
      add: (folder, makeCurrent = true) => {
        const entry = entryOf(folder)
        // A folder opened again under the same name replaces the one open (and its unsaved edits):
        // the names are how the views and versjoner.yaml tell folders apart.
        setState((s) => {
          const others = s.entries.filter((e) => e.folder.name !== folder.name)
          const current = makeCurrent && entry.opened ? folder.key : others.some((e) => e.folder.key === s.current) ? s.current : entry.opened ? folder.key : (others.find((e) => e.opened)?.folder.key ?? null)
          return { ...s, entries: [...others, entry], current }
        })
        return entry
      },
      replace: (entry) => setState((s) => ({ ...s, entries: s.entries.map((e) => (e.folder.key === entry.folder.key ? entry : e)) })),
      remove: (key) => setState((s) => ({ ...s, entries: s.entries.filter((e) => e.folder.key !== key), current: s.current === key ? (s.entries.find((e) => e.folder.key !== key && e.opened)?.folder.key ?? null) : s.current })),
      setCurrent: (key) => setState((s) => ({ ...s, current: key })),
      go: (view) => setState((s) => ({ ...s, view })),
      say: (message) => setState((s) => ({ ...s, message })),
      byName: (name) => state.entries.find((e) => e.folder.name === name),
    }),
    [state],
  )

  const start = useCallback(async () => {
    try {
      const preloaded = await preloadedFolder()
      const folder = preloaded ?? (await import('./bundled.js')).bundledFolder()
      const entry = entryOf(folder)
      setState((s) => ({ ...s, entries: [entry], current: entry.opened ? folder.key : null, view: entry.opened ? 'dokument' : 'mapper', message: `Åpnet ${preloaded ? 'mappen' : 'den medfølgende avtalen'} ${folder.name}` }))
    } catch (e) {
      setState((s) => ({ ...s, view: 'mapper', message: `Kunne ikke åpne mappen: ${(e as Error).message}` }))
    }
  }, [])
  useEffect(() => {
    void start()
  }, [start])

  const go = (view: View) => {
    setState((s) => ({ ...s, view }))
    main.current?.focus()
  }
  const current = currentEntry(state)

  return (
    <AppContext.Provider value={api}>
      <a class="skip" href="#innhold">Hopp til innholdet</a>
      <header class="top">
        <h1>avtaleverk</h1>
        <p class="where">{current ? <>Åpen mappe: <strong data-testid="current-folder">{current.folder.name}</strong></> : 'Ingen avtalemappe åpen'}</p>
        <nav aria-label="Visninger">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.id}>
                <button type="button" class="tab" aria-current={state.view === v.id ? 'page' : undefined} onClick={() => go(v.id)}>
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {state.message}
      </p>
      <main id="innhold" ref={main} tabIndex={-1}>
        <ViewErrors key={state.view}>
        <Suspense fallback={<p>Laster …</p>}>
          {state.view === 'mapper' && <FoldersView />}
          {state.view === 'dokument' && (current?.opened ? <DocumentView key={current.folder.key} /> : <NoFolder />)}
          {state.view === 'generer' && (current?.opened ? <GenerateView key={current.folder.key} /> : <NoFolder />)}
          {state.view === 'sammenlign' && <CompareView />}
          {state.view === 'horing' && <HoringView />}
        </Suspense>
        </ViewErrors>
      </main>
      <footer class="foot">
        <p>Alt skjer på denne maskinen: avtalene lastes ikke opp og sendes ingen steder.</p>
      </footer>
    </AppContext.Provider>
  )
}

/** A view that fails shows why, in Norwegian, instead of an empty page; the other views still work. */
class ViewErrors extends Component<{ children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null }
  override componentDidCatch(e: unknown) {
    this.setState({ error: errorText(e) })
  }
  override render() {
    return this.state.error ? (
      <section role="alert">
        <h2>Noe gikk galt i denne visningen</h2>
        <pre class="error">{this.state.error}</pre>
      </section>
    ) : (
      this.props.children
    )
  }
}

function NoFolder() {
  const app = useApp()
  return (
    <section>
      <h2>Ingen avtalemappe er åpen</h2>
      <p>
        <button type="button" onClick={() => app.go('mapper')}>Åpne en mappe</button>
      </p>
    </section>
  )
}

/** Called by boot.ts once this module has loaded. */
export function start(root: HTMLElement): void {
  render(<App />, root)
}
