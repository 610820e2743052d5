/** The light/dark theme: the saved choice, else the system's. Tiny, so the boot script can apply it first. */

export type Theme = 'light' | 'dark';

export function preferredTheme(): Theme {
  try {
    const saved = localStorage.getItem('junction-theme');
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // No localStorage (privacy settings): follow the system.
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem('junction-theme', theme);
  } catch {
    // Not remembered across visits; the choice still applies now.
  }
  applyTheme(theme);
}
