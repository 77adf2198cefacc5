// Starts Blazor with reconnection that never gives up on its own: a wall runs unattended for months, and the server
// may be down for minutes (restart, network cut). Retries every second at first, then every 3 s. What happens when
// the server no longer knows the circuit is the page's business (the wall reloads itself: wall-live.js).
Blazor.start({
  circuit: {
    reconnectionOptions: {
      maxRetries: 1_000_000,
      retryIntervalMilliseconds: attempt => (attempt < 10 ? 1000 : 3000),
    },
  },
});
