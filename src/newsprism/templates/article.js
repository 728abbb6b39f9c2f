(function () {
  "use strict";
  var reader = document.querySelector(".reader");
  var toggle = document.getElementById("toggle-important");
  if (toggle && reader) {
    var key = "newsprism.important";
    var set = function (on) {
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      reader.classList.toggle("show-important", on);
      try { localStorage.setItem(key, on ? "1" : "0"); } catch (e) { /* file:// without storage */ }
    };
    var saved = null;
    try { saved = localStorage.getItem(key); } catch (e) { saved = null; }
    set(saved === "1");
    toggle.addEventListener("click", function () { set(toggle.getAttribute("aria-pressed") !== "true"); });
  }
})();
// translation: remember side by side / interleaved, and mark a sentence's counterpart on hover
(function () {
  "use strict";
  var section = document.getElementById("translation");
  var box = document.getElementById("tr-interleaved");
  if (!section || !box) { return; }
  var key = "newsprism.translation.interleaved";
  try { box.checked = localStorage.getItem(key) === "1"; } catch (e) { /* file:// without storage */ }
  box.addEventListener("change", function () {
    try { localStorage.setItem(key, box.checked ? "1" : "0"); } catch (e) { /* no storage */ }
  });
  var mark = function (event, on) {
    var el = event.target.closest ? event.target.closest(".s-src, .s-tr") : null;
    if (!el) { return; }
    var id = el.getAttribute("data-s") || el.getAttribute("data-source");
    var pair = section.querySelectorAll('[data-s="' + id + '"], [data-source="' + id + '"]');
    Array.prototype.forEach.call(pair, function (p) { p.classList.toggle("tr-pair", on); });
  };
  section.addEventListener("mouseover", function (e) { mark(e, true); });
  section.addEventListener("mouseout", function (e) { mark(e, false); });
})();
