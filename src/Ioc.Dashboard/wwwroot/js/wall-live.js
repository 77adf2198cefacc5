// The wall's "always on" side in the browser (docs/wall.md "Always on").
// 1. Watchdog: the circuit sends beat() every second. Three seconds without one and the header says "stale since
//    hh:mm:ss" (the last beat), offline after `offlineAfter` seconds: within 5 s of a cut, whatever the cause (network,
//    server gone, a circuit that hangs), even while Blazor itself still waits for its own timeouts.
// 2. Reconnect: Blazor retries for ever (blazor-start.js). When the server answers but no longer knows the circuit (a
//    restart: "rejected" / "resume-failed", or retries given up: "failed"), the page reloads itself as soon as the
//    server serves /wall again, and rebuilds from a fresh snapshot. Nobody has to click.

const staleAfterMs = 3000;
let lastBeat = Date.now();
let offlineAfterMs = 60_000;
let timer = 0;
let reloading = false;
const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });

export function start(offlineAfterSeconds) {
  offlineAfterMs = (offlineAfterSeconds || 60) * 1000;
  lastBeat = Date.now();
  clearInterval(timer);
  timer = setInterval(check, 500);
  const modal = document.getElementById('components-reconnect-modal');
  modal?.addEventListener('components-reconnect-state-changed', e => onReconnectState(e.detail?.state));
}

export function beat() {
  lastBeat = Date.now();
  if (document.body.dataset.watchdog) {
    delete document.body.dataset.watchdog;
    const box = document.querySelector('.wall-watchdog');
    if (box) box.textContent = '';
  }
}

function check() {
  const silent = Date.now() - lastBeat;
  if (silent < staleAfterMs) return;
  const state = silent >= offlineAfterMs ? 'offline' : 'stale';
  if (document.body.dataset.watchdog === state) return;
  document.body.dataset.watchdog = state;
  const box = document.querySelector('.wall-watchdog');
  if (!box) return;
  const since = time.format(new Date(lastBeat));
  box.dataset.state = state;
  box.textContent = (state === 'offline' ? box.dataset.offline : box.dataset.stale).replace('{0}', since);
}

function onReconnectState(state) {
  document.body.dataset.reconnect = state ?? '';
  if (state === 'rejected' || state === 'failed' || state === 'resume-failed') reloadWhenServerAnswers();
}

// Reload only once the server serves the wall again: reloading into a dead server would show the browser's error page.
async function reloadWhenServerAnswers() {
  if (reloading) return;
  reloading = true;
  for (;;) {
    try {
      const response = await fetch(location.href, { cache: 'no-store', credentials: 'same-origin' });
      if (response.ok) {
        location.reload();
        return;
      }
    } catch {
      // Not up yet.
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}
