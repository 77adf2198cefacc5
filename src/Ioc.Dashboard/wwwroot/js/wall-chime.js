// The emergency chime of the wall, synthesized with WebAudio: no sound file is downloaded or shipped.
// Browsers start audio only after a user gesture unless the kiosk allows autoplay
// (Chromium: --autoplay-policy=no-user-gesture-required, docs/wall.md); the sound toggle is such a gesture.
const mutedKey = 'ioc.wall.muted';
let context;

export function isMuted() {
  return localStorage.getItem(mutedKey) === 'true';
}

export async function setMuted(muted) {
  localStorage.setItem(mutedKey, muted ? 'true' : 'false');
  return muted ? false : await play();
}

// Two bell-like tones ("ding-dong"); resolves to false when the browser keeps audio blocked.
export async function play() {
  context ??= new AudioContext();
  if (context.state !== 'running') {
    // resume() may wait for a gesture that never comes on a wall: give up after a moment.
    await Promise.race([context.resume().catch(() => {}), new Promise(resolve => setTimeout(resolve, 300))]);
  }
  if (context.state !== 'running') return false;
  const start = context.currentTime + 0.05;
  bell(880, start, 1.1);
  bell(659.25, start + 0.5, 1.6);
  return true;
}

function bell(frequency, at, length) {
  for (const [multiple, level] of [[1, 0.32], [2.01, 0.1], [3.02, 0.04]]) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency * multiple;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(level, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length / multiple);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + length + 0.05);
  }
}
