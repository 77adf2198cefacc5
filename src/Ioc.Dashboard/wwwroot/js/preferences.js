// Writes a UI preference cookie (theme) for a year; the server reads it on the next first render.
window.iocPreferences = {
  set: function (name, value) {
    document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  }
};
