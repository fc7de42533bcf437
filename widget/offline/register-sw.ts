/**
 * Registers the assistant's service worker (`/sw.js`, made at build time by
 * `build/service-worker.ts`) on its own pages only: a worker can control pages of its own
 * origin, never a host page that embeds the widget, so this is imported by `app.js`, not `widget.js`.
 *
 * A new version never takes over silently: it waits, and the page offers "New version available —
 * reload"; the reload happens once the new worker is in control, so page and worker always match.
 */
import { Workbox } from 'workbox-window';

const PROMPT: Record<'id' | 'en', { text: string; reload: string }> = {
  id: { text: 'Versi baru tersedia', reload: 'Muat ulang' },
  en: { text: 'New version available', reload: 'Reload' },
};

/** A small bar at the bottom of the page; plain DOM, styled through CSSOM (allowed under the page's CSP). */
function showPrompt(onReload: () => void): void {
  if (document.getElementById('tanya-update')) return;
  const t = PROMPT[document.documentElement.lang === 'en' ? 'en' : 'id'];
  const bar = document.createElement('div');
  bar.id = 'tanya-update';
  bar.setAttribute('role', 'status');
  Object.assign(bar.style, {
    position: 'fixed',
    insetInline: '0',
    bottom: '0',
    display: 'flex',
    gap: '1em',
    justifyContent: 'center',
    alignItems: 'center',
    padding: '0.75em 1em',
    background: '#1b1f24',
    color: '#fff',
    font: '16px system-ui, sans-serif',
    zIndex: '2147483001',
  });
  const text = document.createElement('span');
  text.textContent = `${t.text} —`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t.reload;
  button.addEventListener('click', () => {
    button.disabled = true;
    onReload();
  });
  bar.append(text, button);
  document.body.append(bar);
}

/** Registers `/sw.js` with scope `/`; resolves once registration was attempted (never rejects). */
export async function registerServiceWorker(url = '/sw.js'): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const wb = new Workbox(url, { scope: '/' });
  wb.addEventListener('waiting', () => {
    showPrompt(() => {
      // Reload only when the new worker controls the page, so the new page gets the new files.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  try {
    await wb.register();
  } catch (err) {
    // The page works without it, only not offline; a warning, not an error the citizen sees.
    console.warn('[faq-assistant] service worker registration failed', err);
  }
}
