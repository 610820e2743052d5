/**
 * Offline after the first visit: registers the Workbox service worker the build writes (sw.js, see
 * vite.config.ts). Its install precaches the whole built app — every lesson, SQLite's wasm — so it
 * is registered only once the first lesson is open, SQLite has answered and the browser is idle
 * (`whenIdle`): on classroom Wi-Fi that download would otherwise compete with the first visit's own.
 */
import { whenIdle } from '../ui/heavy-parts.js';

export function registerOfflineWhenIdle(): void {
  // `npm run dev` builds no service worker; nor do browsers without them.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  whenIdle(() => {
    // A refusal (private browsing, a host that forbids it) only means no offline copy.
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  });
}
