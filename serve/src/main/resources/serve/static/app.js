// claimtrack: small enhancements; every page reads and works without this file.
(function () {
  'use strict';
  // tracker chart: hovering or focusing a figure shows its sentence under the chart
  var panel = document.getElementById('hover-panel');
  function show(el) {
    if (!panel) return;
    panel.textContent = '';
    var strong = document.createElement('strong');
    strong.textContent = el.getAttribute('data-label');
    var p = document.createElement('p');
    p.textContent = '\u201c' + el.getAttribute('data-sentence') + '\u201d';
    panel.appendChild(strong);
    panel.appendChild(p);
    panel.hidden = false;
  }
  document.querySelectorAll('.chart .est').forEach(function (el) {
    el.addEventListener('mouseenter', function () { show(el); });
    el.addEventListener('focus', function () { show(el); });
  });
  // article: the claim named in the address (#claim-ID) is marked in the text and scrolled to
  function mark() {
    var m = /^#claim-(.+)$/.exec(window.location.hash);
    document.querySelectorAll('.hl.target').forEach(function (el) { el.classList.remove('target'); });
    if (!m) return;
    var id = decodeURIComponent(m[1]);
    var first = null;
    document.querySelectorAll('.article-text .hl').forEach(function (el) {
      var ids = (el.getAttribute('data-claims') || '').split(' ');
      if (ids.indexOf(id) >= 0) {
        el.classList.add('target');
        if (!first) first = el;
      }
    });
    var card = document.getElementById('claim-' + id);
    if (card) {
      card.classList.add('target');
      card.scrollIntoView({ block: 'nearest' });
    }
    var num = document.querySelector('.article-text .hl-number.target');
    if (num || first) (num || first).scrollIntoView({ block: 'center' });
  }
  if (document.querySelector('.article-text')) {
    window.addEventListener('hashchange', mark);
    mark();
    // after the browser's own jump to the card: the marked words are what should be in view
    window.addEventListener('load', function () { setTimeout(mark, 0); });
  }
})();
