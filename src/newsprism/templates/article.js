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
