// The map of claims' places (issue 11): Leaflet over Natural Earth country outlines served by this
// server (no tile server). Places come from the page's data-api URL (/api/places with its filters);
// clicking a place (or Enter on it) lists its claims in #place-claims. Trackers (the same URL's
// "trackers") are drawn at their places' points as wide orange rings in a pane under the places, so a
// place on the same point stays clickable; clicking a ring (or Enter on it) shows the tracker and its
// place's containment path. Built with textContent only.
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

  function showTracker(t) {
    if (!panel) return;
    panel.textContent = '';
    var h = document.createElement('h3');
    var a = document.createElement('a');
    a.href = t.link;
    a.textContent = t.what;
    h.appendChild(a);
    panel.appendChild(h);
    var sub = document.createElement('p');
    sub.className = 'sub tracker-path';
    sub.textContent = 'Tracker · ' + t.path + ' · ' + t.kind.toLowerCase() + (t.admin1 ? ' · ' + t.admin1 : '')
      + ' · ' + t.country + ' · ' + t.estimates + ' figure(s)';
    panel.appendChild(sub);
  }

  map.createPane('trackers');
  map.getPane('trackers').style.zIndex = 390;

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
      (data.trackers || []).forEach(function (t) {
        var m = L.circleMarker([t.lat, t.lon], {
          pane: 'trackers', radius: 16 + 2 * Math.sqrt(t.estimates), color: '#D55E00', weight: 3, dashArray: '5 3',
          fillColor: '#E69F00', fillOpacity: 0.15, className: 'tracker-marker'
        }).addTo(map);
        m.bindTooltip('Tracker: ' + t.what + ' (' + t.path + ')');
        m.on('click', function () { showTracker(t); });
        var path = m.getElement();
        path.setAttribute('data-tracker', t.id);
        path.setAttribute('data-path', t.path);
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        path.setAttribute('aria-label', 'Tracker ' + t.what + ': ' + t.path);
        path.addEventListener('keydown', function (e) {
          if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showTracker(t); }
        });
        pts.push([t.lat, t.lon]);
      });
      if (pts.length > 0) map.fitBounds(pts, { padding: [30, 30], maxZoom: 5 });
      el.setAttribute('data-trackers', String((data.trackers || []).length));
      el.setAttribute('data-places', String(data.places.length));
    });
})();
