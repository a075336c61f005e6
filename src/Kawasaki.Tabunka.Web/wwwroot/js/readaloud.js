// "Listen" on guide pages: the browser's own speech synthesis reads the guide section by
// section, with pause, resume and stop, and says which section it is reading. The control
// stays hidden unless the browser has a voice for the page's language. Easy Japanese is read
// from its furigana readings (so names of places and offices are said right), even when the
// reader has turned furigana off; other text is read as written.
'use strict';

(function () {
  var control = document.querySelector('.read-aloud');
  var body = document.querySelector('.guide-body');
  if (!control || !body || !('speechSynthesis' in window) || !('SpeechSynthesisUtterance' in window)) return;

  var synth = window.speechSynthesis;
  var lang = body.getAttribute('lang') || document.documentElement.lang || 'en';
  var toggle = control.querySelector('.read-aloud-toggle');
  var stop = control.querySelector('.read-aloud-stop');
  var now = control.querySelector('.read-aloud-now');
  var sections = [];
  var index = 0;
  var state = 'idle';
  var voice = null;

  // Tagalog pages say tl; phones name their Filipino voices fil-PH.
  var ALIASES = { tl: ['tl', 'fil'], fil: ['fil', 'tl'] };

  function findVoice() {
    var wanted = lang.toLowerCase();
    var primary = wanted.split('-')[0];
    var primaries = ALIASES[primary] || [primary];
    var voices = synth.getVoices();
    return voices.filter(function (v) { return v.lang.toLowerCase() === wanted; })[0]
      || voices.filter(function (v) { return primaries.indexOf(v.lang.toLowerCase().split(/[-_]/)[0]) >= 0; })[0]
      || null;
  }

  // The text to speak: ruby read by its reading, the rest as written.
  function spoken(node) {
    var copy = node.cloneNode(true);
    copy.querySelectorAll('ruby').forEach(function (ruby) {
      var readings = Array.prototype.map.call(ruby.querySelectorAll('rt'), function (rt) { return rt.textContent; }).join('');
      ruby.replaceWith(document.createTextNode(readings || ruby.textContent));
    });
    copy.querySelectorAll('rp').forEach(function (rp) { rp.remove(); });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  // The document to read: this page, or, on an easy-Japanese page whose reader has turned
  // furigana off, the same page as it is by default (a request without cookies gets the
  // readings), so that names are still said right. Offline, this page as it is.
  function readable() {
    var easy = location.pathname.indexOf('/ja-easy/') === 0;
    if (!easy || body.querySelector('ruby') || !('fetch' in window) || !('DOMParser' in window)) return Promise.resolve(document);
    return fetch(location.pathname, { credentials: 'omit', headers: { accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(new Error(String(response.status))); })
      .then(function (html) { return new DOMParser().parseFromString(html, 'text/html'); })
      .then(function (doc) { return doc.querySelector('.guide-body') ? doc : document; })
      .catch(function () { return document; });
  }

  // Sections of the title and lead, then one per h2; the headings marked while read are this
  // page's, matched by position (the readings document has the same sections).
  function collect(doc) {
    var title = doc.querySelector('article h1');
    var headings = body.querySelectorAll(':scope > h2');
    var current = { heading: document.querySelector('article h1'), label: title ? spoken(title) : '', parts: title ? [spoken(title)] : [] };
    var list = [current];
    var h = 0;
    Array.prototype.forEach.call(doc.querySelector('.guide-body').children, function (child) {
      if (child.tagName === 'H2') {
        current = { heading: headings[h++] || null, label: spoken(child), parts: [spoken(child)] };
        list.push(current);
      } else {
        current.parts.push(spoken(child));
      }
    });
    return list.filter(function (s) { return s.parts.join('').length > 0; });
  }

  function mark(i) {
    sections.forEach(function (s, j) { if (s.heading) s.heading.classList.toggle('reading', i === j); });
    now.textContent = i >= 0 ? now.getAttribute('data-reading').replace('{0}', sections[i].label) : '';
  }

  function speak(i) {
    if (i >= sections.length) { finish(); return; }
    index = i;
    mark(i);
    var utterance = new SpeechSynthesisUtterance(sections[i].parts.join('\n'));
    // The voice's own tag: the page may say ja-x-easy, which no synthesizer knows.
    utterance.lang = voice ? voice.lang : lang;
    if (voice) utterance.voice = voice;
    utterance.onend = function () { if (state === 'playing') speak(index + 1); };
    synth.speak(utterance);
  }

  function finish() {
    state = 'idle';
    synth.cancel();
    mark(-1);
    toggle.textContent = toggle.getAttribute('data-listen');
    stop.hidden = true;
  }

  toggle.addEventListener('click', function () {
    if (state === 'idle') {
      state = 'loading';
      readable().then(function (doc) {
        if (state !== 'loading') return;
        sections = collect(doc);
        state = 'playing';
        toggle.textContent = toggle.getAttribute('data-pause');
        stop.hidden = false;
        speak(0);
      });
    } else if (state === 'loading') {
      return;
    } else if (state === 'playing') {
      state = 'paused';
      synth.pause();
      toggle.textContent = toggle.getAttribute('data-resume');
    } else {
      state = 'playing';
      synth.resume();
      toggle.textContent = toggle.getAttribute('data-pause');
    }
  });
  stop.addEventListener('click', finish);

  function offer() {
    voice = findVoice();
    control.hidden = !voice;
  }

  offer();
  if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', offer);
})();
