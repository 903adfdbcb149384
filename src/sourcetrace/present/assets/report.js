/* sourcetrace report: renders the embedded contract lazily, section by section.
   Untrusted text only ever reaches the page as text nodes (textContent); no
   innerHTML, no href, no event-handler attributes built from data.
   report.py wraps this file, then charts.js (timeline, provenance graph), in one
   function scope and calls boot() at the end. */
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
  (D.timeline || []).forEach(function (t) {
    if (t.same_as_claim) { var c = CLAIMS[t.claims[0]]; t.text = c ? c.text : ''; }
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
  /* a source name as the link stage writes it: "article:ID" is an article whose outlet is unknown */
  function srcLabel(name) {
    var m = /^article:(.+)$/.exec(name || ''), a = m && ARTS[m[1]];
    return a ? '(outlet unknown) ' + (a.title || a.id) : String(name);
  }
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
    document.querySelectorAll('button.span.cur').forEach(function (x) { x.classList.remove('cur'); });
    b.classList.add('cur');
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
    if (c.origin) meta.push('origin: ' + srcLabel(c.origin));
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
      var nOrig = k.independent_origins === null || k.independent_origins === undefined ? '?' : k.independent_origins;
      var head = el('header', null, [el('b', null, [claims.length + ' versions in ' + Object.keys(outs).length +
        ' outlet' + (Object.keys(outs).length === 1 ? '' : 's')]), el('span', 'badge origins', [nOrig + ' independent origin' +
        (nOrig === 1 ? '' : 's')])]);
      head.lastChild.title = 'one interview relayed by several outlets counts once';
      contras.forEach(function (x) {
        var b = el('span', 'badge clash', ['⚠ ' + x.kind + ' clash']); b.title = x.detail || ''; head.appendChild(b);
      });
      head.appendChild(el('span', 'mut kid', [k.id]));
      var box = el('div', 'card cluster', [head]);
      box.dataset.cluster = k.id;
      if ((k.origins || []).length) box.appendChild(el('div', 'mut', ['origins: ' + k.origins.map(srcLabel).join('; ')]));
      if (contras.length) {
        var ul = el('ul', 'contras');
        contras.forEach(function (x) {
          var a = CLAIMS[x.a], b = CLAIMS[x.b];
          var li = el('li', null, [el('b', null, [x.kind]), ': ' + (x.detail || '') + ' — ']);
          li.appendChild(a ? spanBtn(a.article, a.start, a.end, outletOf(a.article), 'show this version') : el('span', null, [x.a]));
          li.appendChild(document.createTextNode(' vs '));
          li.appendChild(b ? spanBtn(b.article, b.start, b.end, outletOf(b.article), 'show this version') : el('span', null, [x.b]));
          ul.appendChild(li);
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
    var groups = {}, NONE = '(no speaker named)';
    (D.quotes || []).forEach(function (x) {
      var ent = x.speaker_entity && ENTS[x.speaker_entity];
      var name = (ent && ent.name) || x.speaker || NONE;
      (groups[name] || (groups[name] = [])).push(x);
    });
    var names = Object.keys(groups).sort(function (a, b) {
      return (a === NONE) - (b === NONE) || groups[b].length - groups[a].length || (a < b ? -1 : 1);
    });
    var q = el('input'); q.type = 'search'; q.placeholder = 'filter speakers or words…';
    var list = el('div');
    sec.appendChild(el('div', 'controls', [q, el('span', 'mut', [names.length + ' speakers, ' + (D.quotes || []).length + ' quotes'])]));
    sec.appendChild(list);
    function group(name) {
      var qs = groups[name];
      var outs = {}; qs.forEach(function (x) { outs[outletOf(x.article)] = 1; });
      var nOut = Object.keys(outs).length;
      var box = el('div', 'card speaker', [el('header', null, [el('b', null, [name]), el('span', 'mut', [qs.length +
        (qs.length === 1 ? ' quote' : ' quotes') + ' in ' + nOut + (nOut === 1 ? ' outlet' : ' outlets')])])]);
      var body = el('div');
      box.appendChild(body);
      more(body, qs, function (x) {
        var meta = [x.cue ? 'cue: ' + x.cue : '', (x.via || []).length ? 'via ' + x.via.join(' → ') : '',
          artLabel(x.article)].filter(Boolean).join(' · ');
        /* reported speech is not a quotation: only direct quotes get quotation marks */
        var direct = x.kind === 'direct';
        return el('div', 'quote ' + (direct ? 'direct' : 'indirect'), [el('span', 'badge', [direct ? 'quoted' : 'reported']),
          el('div', null, [spanBtn(x.article, x.start, x.end, direct ? '“' + x.text + '”' : x.text), ' ', el('span', 'mut', [meta])])]);
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

  function plain(s) { return String(s || '').toLowerCase().replace(/^the\s+/, '').replace(/[’']s$|s$/, ''); }
  R.framing = function (sec) {
    var voice = el('select'), names = el('input'), find = el('input');
    names.type = 'checkbox'; names.checked = true;
    find.type = 'search'; find.placeholder = 'find a referent…';
    ['own', 'quoted', 'all'].forEach(function (v) { var o = el('option', null, [v === 'all' ? 'all voices' : v + ' voice']); o.value = v; voice.appendChild(o); });
    function outletOfRow(f) { var a = ARTS[f[6]]; return (a && !a.outlet) || !f[1] ? outletOf(f[6]) : f[1]; }
    /* columns: the outlets with the most terms, up to 8 at first; the reader picks others */
    var totals = {};
    (D.framing || []).forEach(function (f) { var o = outletOfRow(f); totals[o] = (totals[o] || 0) + f[4]; });
    var all = Object.keys(totals).sort(function (a, b) { return totals[b] - totals[a] || (a < b ? -1 : 1); });
    var picked = {}, MAXCOLS = 8;
    all.slice(0, all.length > MAXCOLS + 2 ? MAXCOLS : all.length).forEach(function (o) { picked[o] = 1; });
    var summary = el('summary'), picker = el('details', 'picker', [summary]);
    all.forEach(function (o) {
      var cb = el('input'); cb.type = 'checkbox'; cb.checked = !!picked[o];
      cb.addEventListener('change', function () { if (cb.checked) picked[o] = 1; else delete picked[o]; draw(); });
      picker.appendChild(el('label', null, [cb, ' ' + o + ' (' + totals[o] + ')']));
    });
    var box = el('div', 'wide');
    sec.appendChild(el('div', 'controls', [voice, el('label', null, [names, ' hide the referent\'s own name']), find, picker]));
    sec.appendChild(el('p', 'mut', ['One row per referent, one column per outlet: the words each outlet uses for it ' +
      '(own voice = not inside a quote); ★ = distinctive for that outlet; click a term to see it in the text.']));
    sec.appendChild(box);
    function draw() {
      box.textContent = '';
      var v = voice.value, rows = {}, outlets = {}, needle = find.value.trim().toLowerCase();
      summary.textContent = 'outlets: ' + Object.keys(picked).length + ' of ' + all.length + ' shown (choose)';
      (D.framing || []).forEach(function (f) {  /* [referent, outlet, term, voice, count, distinctive, article] */
        if (v !== 'all' && f[3] !== v) return;
        if (names.checked && plain(f[2]) === plain(f[0])) return;
        var ref = f[0], out = outletOfRow(f);
        if (!picked[out] || (needle && String(ref).toLowerCase().indexOf(needle) < 0)) return;
        outlets[out] = (outlets[out] || 0) + f[4];
        var r = rows[ref] || (rows[ref] = { n: 0, cells: {}, outs: 0 });
        if (!r.cells[out]) r.outs++;
        r.n += f[4];
        var cell = r.cells[out] || (r.cells[out] = {});
        var t = cell[f[2]] || (cell[f[2]] = { n: 0, dist: false, art: f[6] });
        t.n += f[4]; t.dist = t.dist || !!f[5];
      });
      var cols = all.filter(function (o) { return outlets[o]; });
      /* referents several outlets describe come first: they are the ones to compare; unresolved terms last */
      var UNRES = '(unresolved)';
      var refs = Object.keys(rows).sort(function (a, b) {
        return (a === UNRES) - (b === UNRES) || rows[b].outs - rows[a].outs || rows[b].n - rows[a].n || (a < b ? -1 : 1);
      });
      if (!refs.length) { box.appendChild(el('p', 'mut', ['No framing terms for this choice.'])); return; }
      var t = el('table', 'framing', [el('tr', null, [el('th', null, ['referent'])].concat(cols.map(function (c) { return el('th', null, [c]); })))]);
      box.appendChild(t);
      more(t, refs, function (ref) {
        var tr = el('tr', null, [el('th', null, [ref === UNRES ? 'other terms (no referent resolved)' : ref,
          el('div', 'mut', [rows[ref].outs + (rows[ref].outs === 1 ? ' outlet' : ' outlets')])])]);
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
    voice.addEventListener('change', draw); names.addEventListener('change', draw); find.addEventListener('input', draw);
    draw();
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
  function boot() {
    document.querySelectorAll('nav button').forEach(function (b) {
      b.addEventListener('click', function () { show(b.dataset.sec); });
    });
    show('overview');
    window.__stReady = performance.now();
    document.body.dataset.ready = '1';
  }

