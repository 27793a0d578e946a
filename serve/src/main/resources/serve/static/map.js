// The map of claims' places (issue 11): Leaflet over Natural Earth country outlines served by this
// server (no tile server). Places come from the page's data-api URL (/api/places with its filters);
// clicking a place (or Enter on it) lists its claims in #place-claims. Built with textContent only.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || !window.L) return;
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([35, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth · places: GeoNames');
  var panel = document.getElementById('place-claims');

  function show(p) {
    if (!panel) return;
    panel.textContent = '';
    var h = document.createElement('h3');
    h.textContent = p.name + ': ' + p.claims + ' claim(s)';
    panel.appendChild(h);
    var sub = document.createElement('p');
    sub.className = 'sub';
    sub.textContent = p.kind.toLowerCase() + (p.admin1 ? ' · ' + p.admin1 : '') + (p.country ? ' · ' + p.country : '')
      + ' · written as ' + p.names.join(', ');
    panel.appendChild(sub);
    var ul = document.createElement('ul');
    ul.className = 'claims';
    p.items.forEach(function (c) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = c.link;
      a.textContent = c.text;
      li.appendChild(a);
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ' ' + c.source + (c.reportedOn ? ' · ' + c.reportedOn : '')
        + ' · ' + (c.role === 'event' ? 'where it happened' : 'where the source is');
      li.appendChild(meta);
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  fetch('/map/countries.geojson').then(function (r) { return r.json(); }).then(function (g) {
    var outlines = L.geoJSON(g, {
      interactive: false,
      style: { color: '#8a8a8a', weight: 0.6, fillColor: '#f1efe9', fillOpacity: 1, className: 'country' }
    }).addTo(map);
    outlines.bringToBack();
    el.setAttribute('data-outlines', String(g.features.length));
  });

  fetch(el.getAttribute('data-api'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var pts = [];
      data.places.forEach(function (p) {
        var m = L.circleMarker([p.lat, p.lon], {
          radius: 5 + 3 * Math.sqrt(p.claims), color: '#0072B2', weight: 1.5, fillColor: '#56B4E9', fillOpacity: 0.7,
          className: 'place-marker'
        }).addTo(map);
        m.bindTooltip(p.name + ' (' + p.claims + ')');
        m.on('click', function () { show(p); });
        var path = m.getElement();
        path.setAttribute('data-key', p.key);
        path.setAttribute('data-name', p.name);
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        path.setAttribute('aria-label', p.name + ': ' + p.claims + ' claim(s)');
        path.addEventListener('keydown', function (e) {
          if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(p); }
        });
        pts.push([p.lat, p.lon]);
      });
      if (pts.length > 0) map.fitBounds(pts, { padding: [30, 30], maxZoom: 5 });
      el.setAttribute('data-places', String(data.places.length));
    });
})();
