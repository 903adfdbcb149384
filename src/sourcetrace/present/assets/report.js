/* sourcetrace report: renders the embedded contract lazily, section by section.
   Untrusted text only ever reaches the page as text nodes (textContent); no
   innerHTML, no href, no event-handler attributes built from data. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('st-data').textContent);
  var PAGE = 50;
  var SVGNS = 'http://www.w3.org/2000/svg';

  function idx(list, key) {
    var m = Object.create(null);
    (list || []).forEach(function (x) { m[x[key || 'id']] = x; });
    return m;
  }
  var ARTS = idx(D.articles), CLAIMS = idx(D.claims), QUOTES = idx(D.quotes), ENTS = idx(D.entities);
  /* spans sent as offsets only: slice their text back out of the article */
  (D.claims || []).concat(D.quotes || []).forEach(function (r) {
    if (r.text === undefined) { var a = ARTS[r.article]; r.text = a ? (a.text || '').slice(r.start, r.end) : ''; }
  });

  function el(tag, cls, kids) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    (kids || []).forEach(function (k) {
      if (k === null || k === undefined) return;
      e.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k)));
    });
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function outletOf(aid) { var a = ARTS[aid]; return (a && a.outlet) || '(unknown outlet)'; }
  function artLabel(aid) {
    var a = ARTS[aid];
    if (!a) return String(aid);
    return (a.outlet || '(unknown outlet)') + (a.published ? ' · ' + a.published : '');
  }
  /* A clickable span link: opens the article panel with [start,end) marked. */
  function spanBtn(aid, start, end, label, title) {
    var b = el('button', 'span', [label]);
    b.type = 'button';
    b.dataset.art = aid;
    if (start !== null && start !== undefined) { b.dataset.start = start; b.dataset.end = end; }
    if (title) b.title = title;
    return b;
  }
  function findBtn(aid, needle, label) {
    var b = spanBtn(aid, null, null, label, 'show in ' + artLabel(aid));
    b.dataset.find = needle;
    return b;
  }
  function more(container, items, render, n) {
    var shown = 0, btn = null;
    function step() {
      var end = Math.min(items.length, shown + (n || PAGE));
      for (var i = shown; i < end; i++) container.appendChild(render(items[i], i));
      shown = end;
      if (btn) { btn.remove(); btn = null; }
      if (shown < items.length) {
        btn = el('button', 'more', ['Show more (' + (items.length - shown) + ' left)']);
        btn.type = 'button';
        btn.addEventListener('click', step);
        container.appendChild(btn);
      }
    }
    step();
  }

  /* ------------------------------------------------------------ article panel */
  var panel = document.getElementById('panel');
  var ptitle = panel.querySelector('.ptitle'), ptext = panel.querySelector('.pt');
  function openSpan(aid, start, end, find) {
    var a = ARTS[aid];
    if (!a) return;
    var text = a.text || '';
    if (find) {
      var i = text.toLowerCase().indexOf(String(find).toLowerCase());
      if (i >= 0) { start = i; end = i + String(find).length; }
    }
    ptitle.textContent = (a.title || a.id) + ' — ' + artLabel(aid) + (a.author ? ' — ' + a.author : '');
    ptext.textContent = '';
    var mark = null;
    if (start !== null && start !== undefined && !isNaN(start) && start >= 0 && end <= text.length && start < end) {
      ptext.appendChild(document.createTextNode(text.slice(0, start)));
      mark = el('mark', null, [text.slice(start, end)]);
      mark.id = 'hl';
      ptext.appendChild(mark);
      ptext.appendChild(document.createTextNode(text.slice(end)));
    } else {
      ptext.appendChild(document.createTextNode(text));
    }
    panel.dataset.art = aid;
    document.body.classList.add('panel-open');
    if (mark) mark.scrollIntoView({ block: 'center' }); else ptext.scrollTop = 0;
  }
  panel.querySelector('.close').addEventListener('click', function () {
    document.body.classList.remove('panel-open');
  });
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button[data-art]') : null;
    if (!b) return;
    var s = b.dataset.start, e = b.dataset.end;
    openSpan(b.dataset.art, s === undefined ? null : +s, e === undefined ? null : +e, b.dataset.find);
  });

  /* ------------------------------------------------------------ sections */
  var R = {};
  R.overview = function (sec) {
    var arts = D.articles || [];
    var nContra = (D.clusters || []).reduce(function (n, k) { return n + (k.contradictions || []).length; }, 0);
    var stats = el('div', 'stats');
    [['articles', arts.length], ['entities', (D.entities || []).length], ['quotes', (D.quotes || []).length],
     ['claims', (D.claims || []).length], ['clusters', (D.clusters || []).length], ['contradictions', nContra],
     ['citations', (D.citations || []).length], ['problems', (D.problems || []).length]].forEach(function (s) {
      stats.appendChild(el('div', 'stat', [el('b', null, [s[1]]), s[0]]));
    });
    sec.appendChild(stats);
    var dates = arts.map(function (a) { return a.published; }).filter(Boolean).sort();
    sec.appendChild(el('p', 'mut', [dates.length ? 'Published ' + dates[0] + ' to ' + dates[dates.length - 1] +
      ' (' + (arts.length - dates.length) + ' undated)' : 'No publication dates known.']));
    var outlets = {};
    arts.forEach(function (a) {
      var o = a.outlet || '(unknown outlet)';
      var r = outlets[o] || (outlets[o] = { n: 0, dates: [] });
      r.n++; if (a.published) r.dates.push(a.published);
    });
    sec.appendChild(el('h3', null, ['Outlets']));
    var t = el('table', null, [el('tr', null, [el('th', null, ['outlet']), el('th', null, ['articles']),
      el('th', null, ['first']), el('th', null, ['last'])])]);
    Object.keys(outlets).sort(function (a, b) { return outlets[b].n - outlets[a].n || (a < b ? -1 : 1); })
      .forEach(function (o) {
        var r = outlets[o], d = r.dates.sort();
        t.appendChild(el('tr', null, [el('td', null, [o]), el('td', null, [r.n]), el('td', null, [d[0] || '—']),
          el('td', null, [d[d.length - 1] || '—'])]));
      });
    sec.appendChild(el('div', 'wide', [t]));
    sec.appendChild(el('h3', null, ['Articles']));
    var at = el('table', 'articles', [el('tr', null, ['title', 'outlet', 'published', 'author', 'dateline']
      .map(function (h) { return el('th', null, [h]); }))]);
    sec.appendChild(at);
    more(at, arts, function (a) {
      return el('tr', null, [el('td', null, [spanBtn(a.id, null, null, a.title || a.id)]), el('td', null, [a.outlet || '—']),
        el('td', null, [a.published || '—']), el('td', null, [a.author || '—']), el('td', null, [a.dateline || '—'])]);
    }, 200);
    var probs = D.problems || [];
    if (probs.length) {
      sec.appendChild(el('h3', null, ['Problems (inputs not analysed)']));
      var ul = el('ul');
      probs.forEach(function (p) {
        ul.appendChild(el('li', null, [el('code', null, [p.source]), ': ' + p.reason + (p.severity ? ' [' + p.severity + ']' : '')]));
      });
      sec.appendChild(ul);
    }
  };

  function claimCard(c, clash) {
    var meta = [artLabel(c.article)];
    if (c.origin) meta.push('origin: ' + c.origin);
    if (c.speaker) meta.push('speaker: ' + c.speaker);
    var v = el('div', 'version' + (clash ? ' clash' : ''), [el('div', 'meta', [meta.join(' · ')]),
      spanBtn(c.article, c.start, c.end, c.text, 'show in the article')]);
    v.dataset.claim = c.id;
    var facts = [];
    (c.dates || []).forEach(function (d) { facts.push(d.value || d.text); });
    (c.quantities || []).forEach(function (q) { facts.push(q.text || String(q.value)); });
    if (c.negated) facts.push('negated');
    if (facts.length) v.appendChild(el('div', 'meta', [facts.join(' · ')]));
    return v;
  }
  R.claims = function (sec) {
    var clusters = (D.clusters || []).slice().sort(function (a, b) {
      return (b.contradictions || []).length - (a.contradictions || []).length || b.claims.length - a.claims.length;
    });
    var q = el('input'); q.type = 'search'; q.placeholder = 'filter claims…';
    var only = el('input'); only.type = 'checkbox';
    var list = el('div');
    sec.appendChild(el('div', 'controls', [q, el('label', null, [only, ' contradictions only']),
      el('span', 'mut', [clusters.length + ' clusters'])]));
    sec.appendChild(list);
    function card(k) {
      var claims = k.claims.map(function (id) { return CLAIMS[id]; }).filter(Boolean);
      var outs = {}; claims.forEach(function (c) { outs[outletOf(c.article)] = 1; });
      var contras = k.contradictions || [];
      var clashIds = {}; contras.forEach(function (x) { clashIds[x.a] = 1; clashIds[x.b] = 1; });
      var head = el('header', null, [el('b', null, [k.id]), el('span', 'mut', [claims.length + ' versions, ' +
        Object.keys(outs).length + ' outlets']), el('span', 'badge origins', ['independent origins: ' +
        (k.independent_origins === null || k.independent_origins === undefined ? '?' : k.independent_origins)])]);
      contras.forEach(function (x) {
        var b = el('span', 'badge clash', ['⚠ ' + x.kind]); b.title = x.detail || ''; head.appendChild(b);
      });
      var box = el('div', 'card cluster', [head]);
      box.dataset.cluster = k.id;
      if ((k.origins || []).length) box.appendChild(el('div', 'mut', ['origins: ' + k.origins.join('; ')]));
      if (contras.length) {
        var ul = el('ul', 'contras');
        contras.forEach(function (x) {
          var a = CLAIMS[x.a], b = CLAIMS[x.b];
          ul.appendChild(el('li', null, [x.kind + ': ' + (x.detail || '') + ' (' + (a ? outletOf(a.article) : x.a) +
            ' vs ' + (b ? outletOf(b.article) : x.b) + ')']));
        });
        box.appendChild(ul);
      }
      var vs = el('div', 'versions');
      claims.forEach(function (c) { vs.appendChild(claimCard(c, clashIds[c.id])); });
      box.appendChild(vs);
      return box;
    }
    function draw() {
      list.textContent = '';
      var needle = q.value.trim().toLowerCase();
      var items = clusters.filter(function (k) {
        if (only.checked && !(k.contradictions || []).length) return false;
        if (!needle) return true;
        return k.claims.some(function (id) { var c = CLAIMS[id]; return c && c.text.toLowerCase().indexOf(needle) >= 0; });
      });
      more(list, items, card);
      var inCluster = {};
      (D.clusters || []).forEach(function (k) { k.claims.forEach(function (id) { inCluster[id] = 1; }); });
      var loose = (D.claims || []).filter(function (c) {
        return !inCluster[c.id] && !only.checked && (!needle || c.text.toLowerCase().indexOf(needle) >= 0);
      });
      if (loose.length) {
        list.appendChild(el('h3', null, ['Claims told once (' + loose.length + ')']));
        var grid = el('div', 'versions');
        list.appendChild(grid);
        more(grid, loose, function (c) { return claimCard(c, false); });
      }
    }
    q.addEventListener('input', draw); only.addEventListener('change', draw);
    draw();
  };

  R.quotes = function (sec) {
    var groups = {};
    (D.quotes || []).forEach(function (x) {
      var ent = x.speaker_entity && ENTS[x.speaker_entity];
      var name = (ent && ent.name) || x.speaker || '(no speaker named)';
      (groups[name] || (groups[name] = [])).push(x);
    });
    var names = Object.keys(groups).sort(function (a, b) { return groups[b].length - groups[a].length || (a < b ? -1 : 1); });
    var q = el('input'); q.type = 'search'; q.placeholder = 'filter speakers or words…';
    var list = el('div');
    sec.appendChild(el('div', 'controls', [q, el('span', 'mut', [names.length + ' speakers, ' + (D.quotes || []).length + ' quotes'])]));
    sec.appendChild(list);
    function group(name) {
      var qs = groups[name];
      var box = el('div', 'card speaker', [el('header', null, [el('b', null, [name]), el('span', 'mut', [qs.length + ' quotes'])])]);
      var body = el('div');
      box.appendChild(body);
      more(body, qs, function (x) {
        var meta = [x.kind || '', x.cue ? 'cue: ' + x.cue : '', (x.via || []).length ? 'via ' + x.via.join(' → ') : '',
          artLabel(x.article)].filter(Boolean).join(' · ');
        return el('div', 'quote', [spanBtn(x.article, x.start, x.end, '“' + x.text + '”'), ' ', el('span', 'mut', [meta])]);
      }, 10);
      return box;
    }
    function draw() {
      list.textContent = '';
      var n = q.value.trim().toLowerCase();
      more(list, names.filter(function (name) {
        return !n || name.toLowerCase().indexOf(n) >= 0 || groups[name].some(function (x) { return x.text.toLowerCase().indexOf(n) >= 0; });
      }), group, 30);
    }
    q.addEventListener('input', draw);
    draw();
  };

  R.framing = function (sec) {
    var voice = el('select');
    ['own', 'quoted', 'all'].forEach(function (v) { var o = el('option', null, [v === 'all' ? 'all voices' : v + ' voice']); o.value = v; voice.appendChild(o); });
    var box = el('div', 'wide');
    sec.appendChild(el('div', 'controls', [voice, el('span', 'mut', ['terms each outlet uses for a referent; ★ = distinctive for that outlet'])]));
    sec.appendChild(box);
    function draw() {
      box.textContent = '';
      var v = voice.value, rows = {}, outlets = {};
      (D.framing || []).forEach(function (f) {  /* [referent, outlet, term, voice, count, distinctive, article] */
        if (v !== 'all' && f[3] !== v) return;
        var ref = f[0], out = f[1] || outletOf(f[6]);
        outlets[out] = (outlets[out] || 0) + f[4];
        var r = rows[ref] || (rows[ref] = { n: 0, cells: {} });
        r.n += f[4];
        var cell = r.cells[out] || (r.cells[out] = {});
        var t = cell[f[2]] || (cell[f[2]] = { n: 0, dist: false, art: f[6] });
        t.n += f[4]; t.dist = t.dist || !!f[5];
      });
      var cols = Object.keys(outlets).sort();
      var refs = Object.keys(rows).sort(function (a, b) { return rows[b].n - rows[a].n; });
      if (!refs.length) { box.appendChild(el('p', 'mut', ['No framing terms in this voice.'])); return; }
      var t = el('table', 'framing', [el('tr', null, [el('th', null, ['referent'])].concat(cols.map(function (c) { return el('th', null, [c]); })))]);
      box.appendChild(t);
      more(t, refs, function (ref) {
        var tr = el('tr', null, [el('th', null, [ref])]);
        cols.forEach(function (c) {
          var td = el('td', 'terms'), cell = rows[ref].cells[c] || {};
          Object.keys(cell).sort(function (a, b) { return cell[b].n - cell[a].n; }).forEach(function (term) {
            var x = cell[term];
            var b = el('span', 'badge' + (x.dist ? ' dist' : ''), [findBtn(x.art, term, (x.dist ? '★ ' : '') + term), x.n > 1 ? ' ×' + x.n : '']);
            td.appendChild(b);
          });
          tr.appendChild(td);
        });
        return tr;
      }, 100);
    }
    voice.addEventListener('change', draw);
    draw();
  };

  function dateMs(d) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d || '');
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : NaN;
  }
  function timelineEntry(t) {
    var li = el('li', 'tl-entry', [el('b', null, [t.date]), el('span', 'mut', [' (' + t.precision + ') ']), t.text || '']);
    var links = el('div', 'meta');
    (t.claims || []).forEach(function (id) {
      var c = CLAIMS[id];
      if (c) { links.appendChild(spanBtn(c.article, c.start, c.end, artLabel(c.article))); links.appendChild(document.createTextNode('  ')); }
    });
    if (!(t.claims || []).length) {
      (t.articles || []).forEach(function (aid) {
        links.appendChild(t.text ? findBtn(aid, t.text, artLabel(aid)) : spanBtn(aid, null, null, artLabel(aid)));
        links.appendChild(document.createTextNode('  '));
      });
    }
    li.appendChild(links);
    return li;
  }
  R.timeline = function (sec) {
    var items = (D.timeline || []).filter(function (t) { return !isNaN(dateMs(t.date)); })
      .sort(function (a, b) { return dateMs(a.date) - dateMs(b.date); });
    if (!items.length) { sec.appendChild(el('p', 'mut', ['No dated events.'])); return; }
    var W = 900, H = 220, P = 40;
    var lo = dateMs(items[0].date), hi = dateMs(items[items.length - 1].date);
    if (hi === lo) { lo -= 864e5 * 30; hi += 864e5 * 30; }
    var x = function (ms) { return P + (W - 2 * P) * (ms - lo) / (hi - lo); };
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', id: 'timeline-svg', role: 'img' });
    s.appendChild(svg('line', { x1: P, x2: W - P, y1: H - 30, y2: H - 30, 'class': 'axis' }));
    var months = (hi - lo) / (864e5 * 30.4), ticks = [];
    var d0 = new Date(lo), mstep = months <= 24 ? Math.max(1, Math.ceil(months / 12)) : 12 * Math.max(1, Math.ceil(months / 144));
    for (var m = Date.UTC(d0.getUTCFullYear(), months <= 24 ? d0.getUTCMonth() : 0, 1); m <= hi; ) {
      if (m >= lo) ticks.push(m);
      var dm = new Date(m); m = Date.UTC(dm.getUTCFullYear(), dm.getUTCMonth() + mstep, 1);
    }
    ticks.forEach(function (ms) {
      s.appendChild(svg('line', { x1: x(ms), x2: x(ms), y1: H - 30, y2: H - 25, 'class': 'axis' }));
      var lab = svg('text', { x: x(ms), y: H - 12, 'text-anchor': 'middle' });
      lab.textContent = new Date(ms).toISOString().slice(0, mstep < 12 ? 7 : 4); s.appendChild(lab);
    });
    var stack = {}, detail = el('ul', 'tl-detail');
    items.forEach(function (t) {
      var px = Math.round(x(dateMs(t.date)) / 6), k = stack[px] = (stack[px] || 0) + 1;
      var r = 3 + Math.min(6, (t.articles || []).length);
      var c = svg('circle', { cx: x(dateMs(t.date)), cy: H - 30 - 8 - (k - 1) * 11 % (H - 50), r: r, 'class': 'tl-dot' });
      var title = svg('title'); title.textContent = t.date + ': ' + (t.text || ''); c.appendChild(title);
      c.addEventListener('click', function () {
        s.querySelectorAll('.tl-dot.hl').forEach(function (d) { d.classList.remove('hl'); });
        c.classList.add('hl'); detail.textContent = ''; detail.appendChild(timelineEntry(t));
      });
      s.appendChild(c);
    });
    sec.appendChild(el('div', 'wide', [s]));
    sec.appendChild(detail);
    sec.appendChild(el('h3', null, ['All dated events (' + items.length + ')']));
    var ul = el('ul');
    sec.appendChild(ul);
    more(ul, items, timelineEntry, 100);
  };

  R.graph = function (sec) {
    var G = D.graph || { nodes: [], edges: [] };
    var deg = {};
    G.edges.forEach(function (e) { deg[e.source] = (deg[e.source] || 0) + e.weight; deg[e.target] = (deg[e.target] || 0) + e.weight; });
    var MAX = 160;
    var nodes = G.nodes.slice().sort(function (a, b) { return (deg[b.id] || 0) - (deg[a.id] || 0); }).slice(0, MAX);
    var keep = {}; nodes.forEach(function (n) { keep[n.id] = n; });
    var edges = G.edges.filter(function (e) { return keep[e.source] && keep[e.target]; });
    var legend = el('div', 'legend');
    ['speaker', 'agency', 'outlet', 'republisher'].forEach(function (r) {
      legend.appendChild(el('span', null, [el('span', 'sw r-' + r), r]));
    });
    var filter = el('input'); filter.type = 'search'; filter.placeholder = 'find a node…';
    sec.appendChild(el('div', 'controls', [filter, legend, el('span', 'mut', [G.nodes.length > MAX ?
      'showing the ' + MAX + ' best-connected of ' + G.nodes.length + ' nodes' : G.nodes.length + ' nodes, ' + G.edges.length + ' edges'])]));
    if (!nodes.length) { sec.appendChild(el('p', 'mut', ['No provenance edges found.'])); return; }
    /* layered layout: layer = longest path from a source (bounded, cycles tolerated) */
    var layer = {}, roleL = { speaker: 0, agency: 1, outlet: 2, republisher: 3 };
    nodes.forEach(function (n) { layer[n.id] = 0; });
    for (var it = 0; it < 6; it++) {
      var changed = false;
      edges.forEach(function (e) {
        if (layer[e.target] < layer[e.source] + 1 && layer[e.source] + 1 <= 6) { layer[e.target] = layer[e.source] + 1; changed = true; }
      });
      if (!changed) break;
    }
    nodes.forEach(function (n) { if (n.role === 'outlet' || n.role === 'republisher') layer[n.id] = Math.max(layer[n.id], roleL[n.role]); });
    var cols = [];
    nodes.forEach(function (n) { (cols[layer[n.id]] || (cols[layer[n.id]] = [])).push(n); });
    cols = cols.filter(Boolean);
    var preds = {};
    edges.forEach(function (e) { (preds[e.target] || (preds[e.target] = [])).push(e.source); });
    var pos = {}, rowH = 26, colW = 240, top = 20;
    cols.forEach(function (col, ci) {
      if (ci > 0) {
        col.forEach(function (n) {
          var ps = (preds[n.id] || []).filter(function (p) { return pos[p]; });
          n._bc = ps.length ? ps.reduce(function (s, p) { return s + pos[p].y; }, 0) / ps.length : 1e9;
        });
        col.sort(function (a, b) { return a._bc - b._bc; });
      }
      col.forEach(function (n, i) { pos[n.id] = { x: 20 + ci * colW, y: top + i * rowH }; });
    });
    var maxRows = Math.max.apply(null, cols.map(function (c) { return c.length; }));
    var W = 40 + cols.length * colW, H = top * 2 + maxRows * rowH;
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, id: 'graph-svg' });
    var defs = svg('defs'), mk = svg('marker', { id: 'arr', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 8, markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto' });
    mk.appendChild(svg('path', { d: 'M0,0L8,4L0,8z', fill: '#98a2b3' })); defs.appendChild(mk); s.appendChild(defs);
    var eEls = [], nEls = {};
    edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target], mx = (a.x + b.x) / 2;
      var p = svg('path', { d: 'M' + (a.x + 6) + ',' + a.y + 'C' + mx + ',' + a.y + ' ' + mx + ',' + b.y + ' ' + (b.x - 7) + ',' + b.y,
        'class': 'gedge', 'stroke-width': Math.min(6, 0.8 + Math.log(1 + e.weight)), 'marker-end': 'url(#arr)' });
      var t = svg('title'); t.textContent = keep[e.source].label + ' → ' + keep[e.target].label + ' (' + e.kind + ', ' + e.weight + ')';
      p.appendChild(t); p._e = e; eEls.push(p); s.appendChild(p);
    });
    var info = el('div', 'card graph-info', [el('span', 'mut', ['Click a node to see its edges and articles.'])]);
    nodes.forEach(function (n) {
      var g = svg('g', { 'class': 'gnode', transform: 'translate(' + pos[n.id].x + ',' + pos[n.id].y + ')' });
      g.appendChild(svg('circle', { r: 6, 'class': 'r-' + n.role }));
      var t = svg('text', { x: 10, y: 4 }); t.textContent = n.label.length > 30 ? n.label.slice(0, 29) + '…' : n.label;
      var tt = svg('title'); tt.textContent = n.label + ' (' + n.role + ', ' + (n.articles || []).length + ' articles)';
      g.appendChild(tt); g.appendChild(t);
      g.dataset.node = n.id;
      g.addEventListener('click', function (ev) { ev.stopPropagation(); select(n.id); });
      nEls[n.id] = g; s.appendChild(g);
    });
    function select(id) {
      var nb = {}; nb[id] = 1;
      eEls.forEach(function (p) {
        var on = p._e.source === id || p._e.target === id;
        if (on) { nb[p._e.source] = 1; nb[p._e.target] = 1; }
        p.classList.toggle('hl', on); p.classList.toggle('dim', !on);
      });
      Object.keys(nEls).forEach(function (k) { nEls[k].classList.toggle('dim', !nb[k]); nEls[k].classList.toggle('hl', k === id); });
      var n = keep[id];
      info.textContent = '';
      info.appendChild(el('header', null, [el('b', null, [n.label]), el('span', 'badge', [n.role])]));
      var ul = el('ul');
      eEls.forEach(function (p) {
        var e = p._e;
        if (e.source !== id && e.target !== id) return;
        var li = el('li', null, [keep[e.source].label + ' → ' + keep[e.target].label + ' (' + e.kind + ', ×' + e.weight + '): ']);
        (e.articles || []).slice(0, 12).forEach(function (aid) { li.appendChild(spanBtn(aid, null, null, artLabel(aid))); li.appendChild(document.createTextNode(' ')); });
        ul.appendChild(li);
      });
      info.appendChild(ul);
    }
    s.addEventListener('click', function () {
      eEls.forEach(function (p) { p.classList.remove('hl', 'dim'); });
      Object.keys(nEls).forEach(function (k) { nEls[k].classList.remove('dim', 'hl'); });
    });
    filter.addEventListener('input', function () {
      var f = filter.value.trim().toLowerCase();
      var hit = f && nodes.filter(function (n) { return n.label.toLowerCase().indexOf(f) >= 0; })[0];
      if (hit) select(hit.id);
    });
    sec.appendChild(el('div', 'wide', [s]));
    sec.appendChild(info);
  };

  R.articles = function (sec) {
    var q = el('input'); q.type = 'search'; q.placeholder = 'search article text…';
    var list = el('ul');
    sec.appendChild(el('div', 'controls', [q]));
    sec.appendChild(list);
    function draw() {
      list.textContent = '';
      var n = q.value.trim().toLowerCase();
      more(list, (D.articles || []).filter(function (a) { return !n || (a.text || '').toLowerCase().indexOf(n) >= 0 || (a.title || '').toLowerCase().indexOf(n) >= 0; }),
        function (a) { return el('li', null, [n ? findBtn(a.id, n, a.title || a.id) : spanBtn(a.id, null, null, a.title || a.id), ' ', el('span', 'mut', [artLabel(a.id)])]); }, 100);
    }
    q.addEventListener('input', draw);
    draw();
  };

  /* ------------------------------------------------------------ navigation */
  var done = {};
  function show(name) {
    document.querySelectorAll('nav button').forEach(function (b) { b.classList.toggle('on', b.dataset.sec === name); });
    document.querySelectorAll('main > section').forEach(function (s) { s.classList.toggle('on', s.id === 'sec-' + name); });
    if (!done[name] && R[name]) { done[name] = true; R[name](document.getElementById('sec-' + name)); }
  }
  document.querySelectorAll('nav button').forEach(function (b) {
    b.addEventListener('click', function () { show(b.dataset.sec); });
  });
  show('overview');
  window.__stReady = performance.now();
  document.body.dataset.ready = '1';
})();
