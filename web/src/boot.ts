/**
 * The page's one script: loads the app and, if it cannot start (an old browser, a policy that
 * blocks it), says so in the page instead of leaving «Laster …» forever.
 */
const app = document.getElementById('app')!
import('./main.js').then(({ start }) => start(app)).catch((e: unknown) => {
  const p = document.createElement('p')
  p.className = 'error'
  p.setAttribute('role', 'alert')
  p.textContent = `avtaleverk kunne ikke starte i denne nettleseren: ${e instanceof Error ? e.message : String(e)}`
  app.replaceChildren(p)
})
