// Suggestions while typing in a search box: an optional extra. Search itself is a plain
// GET form and works without this script. Titles and keywords come from /api/suggest,
// debounced, and fill a <datalist> the browser shows under the box.
(function () {
  "use strict";
  var boxes = document.querySelectorAll("form.search-box input[name=q][data-suggest]");
  Array.prototype.forEach.call(boxes, function (input) {
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    input.parentNode.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = 0, last = "", controller = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === last) { return; }
        last = q;
        if (controller) { controller.abort(); }
        controller = typeof AbortController === "function" ? new AbortController() : null;
        fetch(input.getAttribute("data-suggest") + "&q=" + encodeURIComponent(q), controller ? { signal: controller.signal } : {})
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.suggestions.forEach(function (text) {
              var option = document.createElement("option");
              option.value = text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* offline or aborted: no suggestions, search still works */ });
      }, 250);
    });
  });
})();
