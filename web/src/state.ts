/** The app's state: the folders opened in this session, each read by the library once. */
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { errorText, openFolder, type Opened } from './engine.js'
import type { Folder } from './folders.js'

export interface Entry {
  folder: Folder
  /** The folder read as an agreement set; undefined when it is not one (a folder of innspill). */
  opened?: Opened
  /** Why it could not be read as a set. */
  error?: string
}

export function entryOf(folder: Folder): Entry {
  try {
    return { folder, opened: openFolder(folder) }
  } catch (e) {
    return { folder, error: errorText(e) }
  }
}

export type View = 'mapper' | 'dokument' | 'generer' | 'sammenlign' | 'horing'

export const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'mapper', label: 'Mapper' },
  { id: 'dokument', label: 'Kontroll og redigering' },
  { id: 'generer', label: 'Kommuneutgaver' },
  { id: 'sammenlign', label: 'Sammenlign' },
  { id: 'horing', label: 'Høring og status' },
]

export interface AppState {
  entries: Entry[]
  /** The folder the document, generate views work on. */
  current: string | null
  view: View
  /** One line for the screen reader and the eye: what just happened. */
  message: string
}

export interface AppApi {
  state: AppState
  add: (folder: Folder, makeCurrent?: boolean) => Entry
  replace: (entry: Entry) => void
  remove: (key: string) => void
  setCurrent: (key: string) => void
  go: (view: View) => void
  say: (message: string) => void
  byName: (name: string) => Entry | undefined
}

export const AppContext = createContext<AppApi | null>(null)
export const useApp = (): AppApi => useContext(AppContext)!
export const currentEntry = (state: AppState): Entry | undefined => state.entries.find((e) => e.folder.key === state.current)
