  /* ------------------------------------------------------------ timeline */
  function dateMs(d) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d || '');
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : NaN;
  }
  function sep(box) { if (box.childNodes.length) box.appendChild(document.createTextNode(' · ')); }
  function timelineEntry(t) {
    var li = el('li', 'tl-entry', [el('b', null, [t.date]), el('span', 'mut', [' (' + t.precision + ') ']), t.text || '']);
    var links = el('div', 'meta');
    (t.claims || []).forEach(function (id) {
      var c = CLAIMS[id];
      if (c) { sep(links); links.appendChild(spanBtn(c.article, c.start, c.end, artLabel(c.article), 'show in the article')); }
    });
    if (!links.childNodes.length) {
      (t.articles || []).forEach(function (aid) {
        sep(links);
        links.appendChild(t.text ? findBtn(aid, t.text, artLabel(aid)) : spanBtn(aid, null, null, artLabel(aid)));
      });
    }
    li.appendChild(links);
    return li;
  }
  R.timeline = function (sec) {
    var items = (D.timeline || []).filter(function (t) { return !isNaN(dateMs(t.date)); })
      .sort(function (a, b) { return dateMs(a.date) - dateMs(b.date); });
    if (!items.length) { sec.appendChild(el('p', 'mut', ['No dated events.'])); return; }
    var contested = {};
    (D.clusters || []).forEach(function (k) {
      (k.contradictions || []).forEach(function (x) { contested[x.a] = 1; contested[x.b] = 1; });
    });
    var W = 900, P = 40, lo = dateMs(items[0].date), hi = dateMs(items[items.length - 1].date);
    if (hi === lo) { lo -= 864e5 * 30; hi += 864e5 * 30; }
    var x = function (ms) { return P + (W - 2 * P) * (ms - lo) / (hi - lo); };
    /* one stack of dots per 6 px of time; a stack over CAP dots ends in a "+N" that lists the rest */
    var CAP = 16, bins = {}, level = items.map(function (t) {
      var b = bins[Math.round(x(dateMs(t.date)) / 6)] || (bins[Math.round(x(dateMs(t.date)) / 6)] = []);
      b.push(t);
      return b.length;
    });
    var maxK = Math.min(CAP, Math.max.apply(null, level)), H = 54 + maxK * 11 + (maxK >= CAP ? 28 : 0);
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
    var detail = el('ul', 'tl-detail');
    function showAll(list) {
      detail.textContent = '';
      detail.appendChild(el('li', 'mut', [list.length + ' events around ' + list[0].date + ' to ' + list[list.length - 1].date]));
      more(detail, list, timelineEntry, 50);
    }
    var lastLab = [-1e9, -1e9];  /* "+N" labels in two staggered rows so that they never overlap */
    Object.keys(bins).map(Number).sort(function (a, b) { return a - b; }).forEach(function (k) {
      var b = bins[k], bx = x(dateMs(b[0].date)), txt = '+' + (b.length - CAP + 1), w = 7 * txt.length + 6;
      if (b.length <= CAP) return;
      var row = bx - lastLab[0] >= w ? 0 : bx - lastLab[1] >= w ? 1 : -1;
      var top = H - 38 - (CAP - 1) * 11;
      var dot = svg('circle', { cx: bx, cy: top, r: 5, 'class': 'tl-more-dot' });  /* a hollow dot stands for the rest */
      var tt = svg('title'); tt.textContent = txt + ' more (' + b.length + ' events here): click to list them'; dot.appendChild(tt);
      dot.addEventListener('click', function () { showAll(b); });
      s.appendChild(dot);
      if (row < 0) return;  /* no room for its label */
      var lab = svg('text', { x: bx, y: top - 10 - row * 14, 'text-anchor': 'middle', 'class': 'tl-more' });
      lab.textContent = txt; lastLab[row] = bx;
      lab.appendChild(tt.cloneNode(true));
      lab.addEventListener('click', function () { showAll(b); });
      s.appendChild(lab);
    });
    items.forEach(function (t, i) {
      if (level[i] > CAP - 1 && bins[Math.round(x(dateMs(t.date)) / 6)].length > CAP) return;  /* behind the "+N" */
      var r = 3 + Math.min(4, (t.articles || []).length);
      var clash = (t.claims || []).some(function (id) { return contested[id]; });
      var c = svg('circle', { cx: x(dateMs(t.date)), cy: H - 38 - (level[i] - 1) * 11, r: r,
        'class': 'tl-dot' + (clash ? ' clash' : '') });
      var title = svg('title');
      title.textContent = t.date + ': ' + (t.text || '') + (clash ? ' [contested between versions]' : '');
      c.appendChild(title);
      c.addEventListener('click', function () {
        s.querySelectorAll('.tl-dot.hl').forEach(function (d) { d.classList.remove('hl'); });
        c.classList.add('hl'); detail.textContent = ''; detail.appendChild(timelineEntry(t));
      });
      s.appendChild(c);
    });
    sec.appendChild(el('p', 'mut', ['Dated events named in the articles (not publication dates); a bigger dot is told by more ' +
      'articles; a red ring marks a date from a claim whose versions clash; a hollow dot (+N) stands for the events that do not ' +
      'fit. Click a dot for the event and its sources.']));
    sec.appendChild(el('div', 'wide', [s]));
    sec.appendChild(detail);
    sec.appendChild(el('h3', null, ['All dated events (' + items.length + ')']));
    var ul = el('ul');
    sec.appendChild(ul);
    more(ul, items, timelineEntry, 100);
  };

  /* ------------------------------------------------------------ provenance graph */
  var ROLES = ['speaker', 'agency', 'outlet', 'republisher'];
  var ROLE_HEAD = { speaker: 'speakers', agency: 'agencies & intermediaries', outlet: 'outlets', republisher: 'republishing outlets' };
  function edgeLinks(e, box, limit) {
    /* the words behind an edge: its quote / citation spans, else the articles it comes from */
    var spans = e.spans || [], seen = {};
    spans.slice(0, limit).forEach(function (sp, i) {
      sep(box); seen[sp[0]] = 1;
      box.appendChild(spanBtn(sp[0], sp[1], sp[2], artLabel(sp[0]) + (spans.length > 1 ? ' #' + (i + 1) : ''), 'show the words'));
    });
    (e.articles || []).filter(function (a) { return !seen[a]; }).slice(0, limit).forEach(function (aid) {
      sep(box); box.appendChild(spanBtn(aid, null, null, artLabel(aid), 'open the article'));
    });
  }
  R.graph = function (sec) {
    var G = D.graph || { nodes: [], edges: [] };
    var deg = {};
    G.edges.forEach(function (e) { deg[e.source] = (deg[e.source] || 0) + e.weight; deg[e.target] = (deg[e.target] || 0) + e.weight; });
    var MAX = 160;
    var nodes = G.nodes.slice().sort(function (a, b) { return (deg[b.id] || 0) - (deg[a.id] || 0); }).slice(0, MAX);
    var keep = {}; nodes.forEach(function (n) { keep[n.id] = n; });
    var edges = G.edges.filter(function (e) { return keep[e.source] && keep[e.target]; });
    if (G.nodes.length > MAX) {  /* a node whose links were all cut off would only float there */
      var linked = {}; edges.forEach(function (e) { linked[e.source] = linked[e.target] = 1; });
      nodes = nodes.filter(function (n) { return linked[n.id] || !deg[n.id]; });
    }
    var legend = el('div', 'legend');
    ROLES.forEach(function (r) { legend.appendChild(el('span', null, [el('span', 'sw r-' + r), r])); });
    var filter = el('input'); filter.type = 'search'; filter.placeholder = 'find a node…';
    sec.appendChild(el('div', 'controls', [filter, legend, el('span', 'mut', [G.nodes.length > MAX ?
      'showing ' + nodes.length + ' of the ' + G.nodes.length + ' nodes (the best-connected)' : G.nodes.length + ' nodes, ' + G.edges.length + ' edges'])]));
    if (!nodes.length) { sec.appendChild(el('p', 'mut', ['No provenance edges found.'])); return; }
    sec.appendChild(el('p', 'mut', ['Arrows run the way the words travelled: who said it, who carried it, who published it. ' +
      'Solid: said to / relayed by; dashed: cites; dotted: copies word for word. ' +
      'Click a node or an edge to see its links and the words behind them; click the background to clear.']));
    /* one column per role (speakers → agencies → outlets → republishers), rows ordered to shorten edges */
    var cols = ROLES.map(function (r) { return nodes.filter(function (n) { return n.role === r; }); })
      .filter(function (c) { return c.length; });
    var colOf = {}, nb = {};
    cols.forEach(function (c, ci) { c.forEach(function (n) { colOf[n.id] = ci; nb[n.id] = []; }); });
    edges.forEach(function (e) { nb[e.source].push(e.target); nb[e.target].push(e.source); });
    /* rows: each node near the mean height of its neighbours in other columns (a few barycentre sweeps),
       never closer than rowH to the node above it */
    var pos = {}, rowH = 26, colW = 260, top = 40;
    function place(col, ci, want) {
      col.sort(function (a, b) { return want[a.id] - want[b.id]; });
      var y = top - rowH;
      col.forEach(function (n) { y = Math.max(y + rowH, want[n.id]); pos[n.id] = { x: 20 + ci * colW, y: y }; });
    }
    cols.forEach(function (c, ci) {
      var w = {};
      c.slice().sort(function (a, b) { return (deg[b.id] || 0) - (deg[a.id] || 0); })
        .forEach(function (n, i) { w[n.id] = top + i * rowH; });
      place(c, ci, w);
    });
    for (var sweep = 0; sweep < 6; sweep++) {
      var order = cols.map(function (c, ci) { return ci; });
      if (sweep % 2) order.reverse();
      order.forEach(function (ci) {
        var c = cols[ci], w = {};
        c.forEach(function (n) {
          var ps = nb[n.id].filter(function (p) { return colOf[p] !== ci; });
          w[n.id] = ps.length ? ps.reduce(function (s, p) { return s + pos[p].y; }, 0) / ps.length - rowH / 2 : pos[n.id].y;
        });
        place(c, ci, w);
      });
    }
    /* close the empty bands the sweeps leave: no vertical gap between consecutive nodes (any column) over 1.2 rows */
    var ys = nodes.map(function (n) { return pos[n.id].y; }).sort(function (a, b) { return a - b; }), map = {}, yy = top;
    ys.forEach(function (y, i) { if (i) yy += Math.min(y - ys[i - 1], rowH * 1.2); map[y] = yy; });
    nodes.forEach(function (n) { pos[n.id].y = map[pos[n.id].y]; });
    var W = 40 + cols.length * colW, H = 20 + yy;
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, id: 'graph-svg' });
    var defs = svg('defs'), mk = svg('marker', { id: 'arr', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 8, markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto' });
    mk.appendChild(svg('path', { d: 'M0,0L8,4L0,8z', fill: '#98a2b3' })); defs.appendChild(mk); s.appendChild(defs);
    cols.forEach(function (col, ci) {
      var h = svg('text', { x: 20 + ci * colW - 6, y: 16, 'class': 'ghead' }); h.textContent = ROLE_HEAD[col[0].role]; s.appendChild(h);
    });
    var eEls = [], nEls = {};
    edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target], d;
      if (a.x === b.x) { /* within a column: an arc to the right */
        var bend = 40 + Math.min(120, Math.abs(b.y - a.y) / 3);
        d = 'M' + (a.x + 6) + ',' + a.y + 'C' + (a.x + bend) + ',' + a.y + ' ' + (b.x + bend) + ',' + b.y + ' ' + (b.x + 7) + ',' + b.y;
      } else {
        var dir = b.x > a.x ? 1 : -1, mx = (a.x + b.x) / 2;
        d = 'M' + (a.x + 6 * dir) + ',' + a.y + 'C' + mx + ',' + a.y + ' ' + mx + ',' + b.y + ' ' + (b.x - 7 * dir) + ',' + b.y;
      }
      var p = svg('path', { d: d, 'class': 'gedge k-' + e.kind.replace(/[^a-z-]/g, ''),
        'stroke-width': Math.min(6, 0.8 + Math.log(1 + e.weight)), 'marker-end': 'url(#arr)' });
      var t = svg('title'); t.textContent = keep[e.source].label + ' → ' + keep[e.target].label + ' (' + e.kind + ', ' + e.weight + ')';
      p.appendChild(t); p._e = e; eEls.push(p); s.appendChild(p);
      p.addEventListener('click', function (ev) { ev.stopPropagation(); selectEdge(p); });
    });
    var info = el('div', 'card graph-info', [el('span', 'mut', ['Click a node to see its edges and articles.'])]);
    nodes.forEach(function (n) {
      var g = svg('g', { 'class': 'gnode', transform: 'translate(' + pos[n.id].x + ',' + pos[n.id].y + ')' });
      g.appendChild(svg('circle', { r: 6, 'class': 'r-' + n.role }));
      var t = svg('text', { x: 10, y: 4 }); t.textContent = n.label.length > 32 ? n.label.slice(0, 31) + '…' : n.label;
      var tt = svg('title'); tt.textContent = n.label + ' (' + n.role + ', ' + (n.articles || []).length + ' articles)';
      g.appendChild(tt); g.appendChild(t);
      g.dataset.node = n.id;
      g.addEventListener('click', function (ev) { ev.stopPropagation(); select(n.id); });
      nEls[n.id] = g; s.appendChild(g);
    });
    function edgeItem(e) {
      var li = el('li', null, [el('b', null, [keep[e.source].label + ' → ' + keep[e.target].label]),
        ' (' + e.kind + ', ×' + e.weight + '): ']);
      var links = el('span'); edgeLinks(e, links, 12); li.appendChild(links);
      return li;
    }
    function mark(on) {
      eEls.forEach(function (p) { var hit = on.edges(p); p.classList.toggle('hl', hit); p.classList.toggle('dim', !hit); });
      Object.keys(nEls).forEach(function (k) { nEls[k].classList.toggle('dim', !on.nodes[k]); nEls[k].classList.toggle('hl', !!on.focus[k]); });
    }
    function select(id) {
      var near = {}; near[id] = 1;
      var mine = eEls.filter(function (p) { return p._e.source === id || p._e.target === id; });
      mine.forEach(function (p) { near[p._e.source] = 1; near[p._e.target] = 1; });
      var focus = {}; focus[id] = 1;
      mark({ edges: function (p) { return mine.indexOf(p) >= 0; }, nodes: near, focus: focus });
      var n = keep[id];
      info.textContent = '';
      info.appendChild(el('header', null, [el('b', null, [n.label]), el('span', 'badge', [n.role]),
        el('span', 'mut', [(n.articles || []).length + ' articles'])]));
      var ul = el('ul');
      mine.forEach(function (p) { ul.appendChild(edgeItem(p._e)); });
      info.appendChild(ul);
    }
    function selectEdge(p) {
      var e = p._e, ends = {}; ends[e.source] = 1; ends[e.target] = 1;
      mark({ edges: function (q) { return q === p; }, nodes: ends, focus: ends });
      info.textContent = '';
      info.appendChild(el('ul', null, [edgeItem(e)]));
    }
    s.addEventListener('click', function () {
      eEls.forEach(function (p) { p.classList.remove('hl', 'dim'); });
      Object.keys(nEls).forEach(function (k) { nEls[k].classList.remove('dim', 'hl'); });
    });
    filter.addEventListener('input', function () {
      var f = filter.value.trim().toLowerCase();
      var hit = f && nodes.filter(function (n) { return n.label.toLowerCase().indexOf(f) >= 0; })[0];
      if (hit) { select(hit.id); nEls[hit.id].scrollIntoView({ block: 'center', inline: 'nearest' }); }
    });
    sec.appendChild(el('div', 'graph-wrap', [el('div', 'wide', [s]), info]));
  };
