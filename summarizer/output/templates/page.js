
(function () {
  "use strict";
  function keys(el) { return (el.getAttribute("data-ev") || "").split(" "); }
  function marksOf(key) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.hl"), function (m) {
      return keys(m).indexOf(key) >= 0;
    });
  }
  function go(key) {
    var marks = marksOf(key);
    if (!marks.length) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("mark.hl.active"), function (m) {
      m.classList.remove("active", "flash");
    });
    marks[0].scrollIntoView({block: "center", inline: "nearest", behavior: "auto"});
    marks.forEach(function (m) {
      m.classList.remove("flash");
      void m.offsetWidth;
      m.classList.add("active", "flash");
    });
    window.setTimeout(function () {
      marks.forEach(function (m) { m.classList.remove("flash"); });
    }, 2000);
  }
  function target(event) {
    return event.target && event.target.closest ? event.target.closest("[data-goto]") : null;
  }
  document.addEventListener("click", function (event) {
    var el = target(event);
    if (el) { event.stopPropagation(); go(el.getAttribute("data-goto")); }
  });
  document.addEventListener("keydown", function (event) {
    var el = target(event);
    if (el && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      go(el.getAttribute("data-goto"));
    }
  });
  var tip = document.getElementById("tip");
  document.addEventListener("mouseover", function (event) {
    var m = event.target && event.target.closest ? event.target.closest("mark.hl") : null;
    if (!m) { tip.style.display = "none"; return; }
    tip.textContent = m.getAttribute("data-tip") || "";
    tip.style.display = "block";
  });
  document.addEventListener("mousemove", function (event) {
    tip.style.left = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = (event.clientY + 16) + "px";
  });
})();
