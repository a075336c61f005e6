// Offline support, an enhancement over the plain pages: registers the service worker
// (/sw.js) and wires the "Save for offline" section that the disaster pages carry hidden.
// Without JavaScript or without service workers, nothing here runs and nothing is missing.
'use strict';

(function () {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* the pages work without it */ });

  var section = document.querySelector('.offline-pack');
  if (!section) return;
  var lang = section.getAttribute('data-lang');
  var status = section.querySelector('.offline-status');
  var save = section.querySelector('.offline-save');
  var remove = section.querySelector('.offline-remove');

  function ask(type) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) { resolve(event.data || { ok: false }); };
        registration.active.postMessage({ type: type, lang: lang }, [channel.port2]);
      });
    });
  }

  function show(result) {
    if (!result.ok) {
      status.textContent = status.getAttribute('data-failed');
    } else if (result.saved) {
      var when = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(result.saved));
      status.textContent = status.getAttribute('data-saved').replace('{0}', when);
    } else {
      status.textContent = status.getAttribute('data-none');
    }
    save.textContent = result.saved ? save.getAttribute('data-again') : save.getAttribute('data-first');
    remove.hidden = !result.saved;
    save.disabled = false;
  }

  save.addEventListener('click', function () {
    save.disabled = true;
    status.textContent = status.getAttribute('data-saving');
    ask('save').then(show);
  });
  remove.addEventListener('click', function () { ask('remove').then(show); });

  section.hidden = false;
  ask('status').then(show);
})();
