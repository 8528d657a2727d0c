// The step-through page's own script: it reads the trace embedded in the page (the same numbers as the trace's
// CSV) and draws, for the step the slider is on, the network in NetworkDiagram's layout (forward, backward or
// update view), the loss curve with that step marked, the decision boundary on 2-D data and a table of every value.
// No library and no network access: the page is one file that opens from disk.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('trace-data').textContent);
  // The SVG namespace, as the HTML parser assigns it: so that the file holds no address of any kind.
  var probe = document.createElement('div');
  probe.innerHTML = '<svg></svg>';
  var SVG = probe.firstChild.namespaceURI;
  var POSITIVE = '#0072B2', NEGATIVE = '#D55E00';
  var PALETTE = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#B07AA1', '#9C755F', '#FF9DA7',
    '#EDC948', '#BAB0AC'];
  var MAX_LABELLED = 12;
  var PLACES = [0.28, 0.72, 0.18, 0.82, 0.4, 0.6, 0.5];

  function num(v) { return typeof v === 'string' ? Number(v) : v; }
  // Index every step's values by quantity, layer, i and j.
  var steps = data.steps.map(function (s) {
    var byKey = {};
    s.values.forEach(function (r) { byKey[r[0] + '|' + r[1] + '|' + r[2] + '|' + r[3]] = num(r[4]); });
    return { step: s.step, values: s.values, byKey: byKey, boundary: s.boundary };
  });
  function get(s, q, l, i, j) { return s.byKey[q + '|' + l + '|' + i + '|' + (j === undefined ? -1 : j)]; }

  var current = 0;
  var view = 'forward';

  function el(tag, attrs, parent, text) {
    var e = tag === 'svg' || ['line', 'circle', 'rect', 'text', 'polyline', 'g', 'title', 'path'].indexOf(tag) >= 0
      ? document.createElementNS(SVG, tag) : document.createElement(tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    if (text !== undefined) { e.textContent = text; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  // Short on the drawing; every digit in hover titles and in the table.
  function short(v) { return v === undefined ? '' : isFinite(v) ? String(Number(v.toPrecision(6))) : String(v); }
  function exact(v) { return v === undefined ? '' : String(v); }

  function unitName(l, i) { return data.units[l + 1][i]; }
  function weightName(l, i, j) {
    var own = data.weightNames[l + ',' + i + ',' + j];
    return own ? own : 'w ' + data.units[l][i] + '\u2192' + data.units[l + 1][j];
  }
  function biasName(l, j) { return data.biases[l] + '\u2192' + data.units[l + 1][j]; }

  // ---- layout --------------------------------------------------------------------------------------------
  var app = document.getElementById('app');
  var controls = el('div', { 'class': 'controls' }, app);
  var slider = el('input', { type: 'range', id: 'step-slider', min: 0, max: steps.length - 1, value: 0,
    'aria-label': 'recorded step' }, controls);
  var label = el('span', { id: 'step-label' }, controls);
  var views = el('span', { 'class': 'views' }, controls);
  var buttons = {};
  [['forward', 'Forward: net, out'], ['backward', 'Backward: dE/dout, delta, dE/dw'], ['update', 'Update: w, w+']]
    .forEach(function (v) {
      var b = el('button', { type: 'button', id: 'view-' + v[0] }, views, v[1]);
      b.addEventListener('click', function () { view = v[0]; draw(); });
      buttons[v[0]] = b;
    });
  data.notes.forEach(function (n) { el('p', { 'class': 'note' }, app, n); });
  var row = el('div', { 'class': 'row' }, app);
  var diagramBox = el('div', {}, row);
  var side = el('div', {}, row);
  var lossBox = el('div', {}, side);
  var planeBox = el('div', {}, side);
  el('h2', {}, app, 'Every value at this step');
  var table = el('table', { 'class': 'values', id: 'values-table' }, app);

  slider.addEventListener('input', function () { current = Number(slider.value); draw(); });

  // ---- the network, in NetworkDiagram's layout -------------------------------------------------------------
  var columns = data.units.map(function (u, c) { return c < data.biases.length ? u.concat([data.biases[c]]) : u; });
  var tallest = Math.max.apply(null, columns.map(function (c) { return c.length; }));
  var labelled = tallest <= MAX_LABELLED;
  // Edge values are written on the drawing only while they fit (at most 9 edges between two columns, 3 x 3):
  // beyond that they sit on each other, and the hover titles and the table carry them.
  var MAX_EDGES = 9;
  var edgesLabelled = labelled && data.units.every(function (u, c) {
    return c + 1 >= data.units.length || u.length * data.units[c + 1].length <= MAX_EDGES;
  });
  var W = Math.max(900, 300 * (columns.length - 1) + 300), H = Math.max(420, 120 + tallest * (labelled ? 130 : 30));
  function centre(c, u) {
    var top = 70, bottom = H - 30;
    var x = 90 + c * (W - 180) / (columns.length - 1);
    var step = (bottom - top) / tallest;
    return [x, top + (tallest - columns[c].length) * step / 2 + (u + 0.5) * step];
  }

  function unitLabels(s, c, u) {
    var bias = c < data.biases.length && u === data.units[c].length;
    if (bias) {
      // A bias the whole layer shares (the slides' b1, b2) is written under its unit, as NetworkDiagram does;
      // biases of their own are on their edges' hover titles and in the table.
      if (view !== 'forward') { return []; }
      var first = get(s, 'b', c, 0);
      var shared = data.units[c + 1].every(function (x, j) { return get(s, 'b', c, j) === first; });
      return shared ? [['b', c, 0, data.biases[c] + ' ']] : [];
    }
    var l = c - 1;
    if (view === 'forward') {
      return c === 0 ? [['input', l, u, 'in ']] : [['net', l, u, 'net '], ['out', l, u, 'out ']];
    }
    if (view === 'backward') {
      return c === 0 ? [] : [['dE/dout', l, u, 'dE/dout '], ['delta', l, u, 'delta ']];
    }
    return [];
  }
  function edgeLabels(l, i, j, bias) {
    var w = bias ? 'b' : 'w', g = bias ? 'dE/db' : 'dE/dw';
    if (view === 'forward') { return [[w, '']]; }
    if (view === 'backward') { return [[g, 'dE/d ']]; }
    return [[w, ''], [w + '+', '+ ']];
  }

  function drawDiagram(s) {
    diagramBox.innerHTML = '';
    var svg = el('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, 'class': 'panel', id: 'diagram' },
      diagramBox);
    var titles = { forward: 'Forward pass: net = sum of w * out + b, out = f(net)',
      backward: 'Backward pass: delta = dE/dout * f\'(net), dE/dw = delta * out of the unit it leaves',
      update: 'Update: w+ as the optimizer makes it from dE/dw (SGD: w+ = w - eta * dE/dw)' };
    el('text', { x: W / 2, y: 30, 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 'bold' }, svg,
      titles[view] + ' (step ' + s.step + ')');
    var radius = labelled ? 22 : 6;
    var edges = [];
    for (var l = 0; l + 1 < columns.length; l++) {
      for (var i = 0; i < columns[l].length; i++) {
        var bias = l < data.biases.length && i === data.units[l].length;
        for (var j = 0; j < data.units[l + 1].length; j++) {
          var w = bias ? get(s, 'b', l, j) : get(s, 'w', l, i, j);
          edges.push({ l: l, i: i, j: j, bias: bias, w: w });
        }
      }
    }
    var largest = 0;
    edges.forEach(function (e) { if (isFinite(e.w)) { largest = Math.max(largest, Math.abs(e.w)); } });
    var labelLayer = el('g', {}, null);
    // The units' own boxes (circle and values) first, so that edge labels are placed around them, as in the PNG.
    var taken = [];
    for (var c0 = 0; c0 < columns.length; c0++) {
      for (var u0 = 0; u0 < columns[c0].length; u0++) {
        var at0 = centre(c0, u0);
        taken.push([at0[0] - radius, at0[1] - radius, 2 * radius, 2 * radius]);
        var n0 = unitLabels(s, c0, u0).length;
        if (n0 > 0) {
          taken.push([at0[0] - 60, at0[1] + radius + 3, 120, 15 * n0 + 2]);
        }
      }
    }
    edges.forEach(function (e) {
      var a = centre(e.l, e.i), b = centre(e.l + 1, e.j);
      var size = largest === 0 || !isFinite(e.w) ? 0 : Math.abs(e.w) / largest;
      var line = el('line', { x1: a[0] + radius, y1: a[1], x2: b[0] - radius, y2: b[1],
        stroke: e.w < 0 ? NEGATIVE : POSITIVE, 'stroke-width': 0.8 + 3.5 * size, 'class': 'edge' }, svg);
      var name = e.bias ? biasName(e.l, e.j) : weightName(e.l, e.i, e.j);
      var lines = edgeLabels(e.l, e.i, e.j, e.bias).map(function (q) {
        var v = e.bias ? get(s, q[0], e.l, e.j) : get(s, q[0], e.l, e.i, e.j);
        // A weight with a name of its own (the slides' w1..w8) is written with it; any other by its value alone,
        // its units being the ends of its edge (and in its hover title).
        var own = !e.bias && data.weightNames[e.l + ',' + e.i + ',' + e.j];
        var prefix = !own ? (q[1] === '+ ' ? '+ ' : '') : q[1] === 'dE/d ' ? 'dE/d' + own + ' '
          : q[1] === '+ ' ? own + '+ ' : own + ' ';
        return { q: q[0], v: v, text: prefix + short(v) };
      });
      el('title', {}, line, lines.map(function (x) { return x.q + ' ' + name + ' = ' + exact(x.v); }).join('\n'));
      if (!edgesLabelled || e.bias) { return; }
      var width = 6 + 6.6 * Math.max.apply(null, lines.map(function (x) { return x.text.length; }));
      var height = 15 * lines.length + 2;
      var chosen = null;
      for (var p = 0; p < PLACES.length; p++) {
        var t = PLACES[p];
        var x = a[0] + radius + t * (b[0] - a[0] - 2 * radius), y = a[1] + t * (b[1] - a[1]);
        var box = [x - width / 2, y - height / 2, width, height];
        if (!taken.some(function (o) { return overlap(o, box); })) { chosen = box; break; }
        if (chosen === null) { chosen = box; }
      }
      taken.push(chosen);
      var g = el('g', {}, labelLayer);
      el('title', {}, g, lines.map(function (x) { return x.q + ' ' + name + ' = ' + exact(x.v); }).join('\n'));
      el('rect', { x: chosen[0], y: chosen[1], width: chosen[2], height: chosen[3], fill: 'white',
        'fill-opacity': 0.92 }, g);
      lines.forEach(function (x, k) {
        el('text', { x: chosen[0] + chosen[2] / 2, y: chosen[1] + 13 + 15 * k, 'text-anchor': 'middle',
          'font-size': 12 }, g, x.text);
      });
    });
    svg.appendChild(labelLayer);
    if (!edgesLabelled) {
      el('text', { x: 20, y: H - 10, 'font-size': 12, fill: '#555' }, svg, 'Edge values: hover over an edge, '
        + 'or read the table (more than ' + MAX_EDGES + ' edges between two columns would not fit).');
    }
    for (var c = 0; c < columns.length; c++) {
      for (var u = 0; u < columns[c].length; u++) {
        var at = centre(c, u);
        var isBias = c < data.biases.length && u === data.units[c].length;
        var g2 = el('g', { 'class': 'unit' }, svg);
        var labels = unitLabels(s, c, u).map(function (q) {
          var v = get(s, q[0], q[1], q[2]);
          return { q: q[0], v: v, text: q[3] + short(v) };
        });
        var title = columns[c][u] + (isBias ? ' (bias unit, output 1)' : '')
          + labels.map(function (x) { return '\n' + x.q + ' = ' + exact(x.v); }).join('');
        el('title', {}, g2, title);
        if (isBias) {
          el('rect', { x: at[0] - radius, y: at[1] - radius, width: 2 * radius, height: 2 * radius, fill: 'white',
            stroke: '#444', 'stroke-width': 1.5 }, g2);
        } else {
          el('circle', { cx: at[0], cy: at[1], r: radius, fill: '#F4F4F4', stroke: '#444', 'stroke-width': 1.5 }, g2);
        }
        if (!labelled) { continue; }
        el('text', { x: at[0], y: at[1] + 5, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 'bold' }, g2,
          columns[c][u]);
        labels.forEach(function (x, k) {
          el('text', { x: at[0], y: at[1] + radius + 16 + 15 * k, 'text-anchor': 'middle', 'font-size': 12 }, g2,
            x.text);
        });
      }
      el('text', { x: centre(c, 0)[0], y: 56, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 'bold',
        fill: '#444' }, svg, data.layers[c]);
    }
  }
  function overlap(a, b) { return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]; }

  // ---- the loss curve ----------------------------------------------------------------------------------------
  function drawLoss(s) {
    lossBox.innerHTML = '';
    var w = 460, h = 260, left = 60, right = 14, top = 24, bottom = 40;
    var svg = el('svg', { width: w, height: h, 'class': 'panel', id: 'loss-curve' }, lossBox);
    var pts = steps.map(function (t) { return [t.step, get(t, 'loss', -1, -1)]; })
      .filter(function (p) { return isFinite(p[1]); });
    var positive = pts.every(function (p) { return p[1] > 0; });
    var fy = positive ? function (v) { return Math.log10(v); } : function (v) { return v; };
    var fx = function (v) { return Math.log10(1 + v); };
    var xs = pts.map(function (p) { return fx(p[0]); }), ys = pts.map(function (p) { return fy(p[1]); });
    var x0 = 0, x1 = Math.max.apply(null, xs.concat([1]));
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    if (!(y1 > y0)) { y0 -= 1; y1 += 1; }
    function X(v) { return left + (fx(v) - x0) / (x1 - x0) * (w - left - right); }
    function Y(v) { return top + (y1 - fy(v)) / (y1 - y0) * (h - top - bottom); }
    el('text', { x: w / 2, y: 16, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 'bold' }, svg,
      'Mini-batch loss before each recorded step');
    el('line', { x1: left, y1: h - bottom, x2: w - right, y2: h - bottom, stroke: '#444' }, svg);
    el('line', { x1: left, y1: top, x2: left, y2: h - bottom, stroke: '#444' }, svg);
    var last = steps[steps.length - 1].step;
    [0, 1, 10, 100, 1000, 10000, 100000].filter(function (t) { return t <= last; }).concat([last])
      .forEach(function (t) {
        el('line', { x1: X(t), y1: h - bottom, x2: X(t), y2: h - bottom + 4, stroke: '#444' }, svg);
        el('text', { x: X(t), y: h - bottom + 16, 'text-anchor': 'middle', 'font-size': 10 }, svg, String(t));
      });
    el('text', { x: (left + w - right) / 2, y: h - 6, 'text-anchor': 'middle', 'font-size': 11 }, svg,
      'step (scale: log of 1 + step)');
    [y0, (y0 + y1) / 2, y1].forEach(function (v) {
      var shown = positive ? Math.pow(10, v) : v;
      el('text', { x: left - 4, y: Y(shown) + 4, 'text-anchor': 'end', 'font-size': 10 }, svg, shown.toPrecision(3));
    });
    el('text', { x: 12, y: (top + h - bottom) / 2, 'font-size': 11, 'text-anchor': 'middle',
      transform: 'rotate(-90 12 ' + (top + h - bottom) / 2 + ')' }, svg, positive ? 'loss (log scale)' : 'loss');
    el('polyline', { points: pts.map(function (p) { return X(p[0]) + ',' + Y(p[1]); }).join(' '), fill: 'none',
      stroke: POSITIVE, 'stroke-width': 1.5 }, svg);
    var here = get(s, 'loss', -1, -1);
    el('line', { x1: X(s.step), y1: top, x2: X(s.step), y2: h - bottom, stroke: '#CC0000', 'stroke-dasharray': '3,3' },
      svg);
    if (isFinite(here)) {
      var m = el('circle', { cx: X(s.step), cy: Y(here), r: 5, fill: '#CC0000', id: 'loss-marker' }, svg);
      el('title', {}, m, 'step ' + s.step + ': loss = ' + exact(here));
    }
  }

  // ---- the decision boundary ---------------------------------------------------------------------------------
  function hex(c) { return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)]; }
  function drawPlane(s) {
    if (!data.plane) { return; }
    planeBox.innerHTML = '';
    var p = data.plane, n = p.resolution, k = p.classes, size = 360;
    el('p', { 'class': 'caption' }, planeBox, 'Decision boundary before this step\'s update: the class the network '
      + 'predicts in each of ' + n + ' x ' + n + ' cells, paler where it is less sure; the training points on top.');
    var canvas = el('canvas', { width: size, height: size, 'class': 'panel', id: 'boundary' }, planeBox);
    var ctx = canvas.getContext('2d');
    var cell = size / n;
    for (var c = 0; c < n * n; c++) {
      var probs = k === 2 ? [1000 - s.boundary[c], s.boundary[c]] : s.boundary.slice(c * k, c * k + k);
      if (probs.some(function (v) { return v < 0; })) { // the network's output was not a number
        ctx.fillStyle = '#999';
        ctx.fillRect((c % n) * cell, Math.floor(c / n) * cell, Math.ceil(cell), Math.ceil(cell));
        continue;
      }
      var best = 0;
      for (var q = 1; q < k; q++) { if (probs[q] > probs[best]) { best = q; } }
      var sure = (probs[best] / 1000 - 1 / k) / (1 - 1 / k);
      var rgb = hex(PALETTE[best % PALETTE.length]);
      var a = 0.2 + 0.55 * (isFinite(sure) ? sure : 0);
      ctx.fillStyle = 'rgb(' + rgb.map(function (v) { return Math.round(255 + (v - 255) * a); }).join(',') + ')';
      ctx.fillRect((c % n) * cell, Math.floor(c / n) * cell, Math.ceil(cell), Math.ceil(cell));
    }
    var dot = p.points.length < 50 ? 6 : 2.6; // a truth table's four points, big enough to see
    p.points.forEach(function (pt) {
      var x = (pt[0] - p.x[0]) / (p.x[1] - p.x[0]) * size, y = (p.y[1] - pt[1]) / (p.y[1] - p.y[0]) * size;
      ctx.beginPath();
      ctx.arc(x, y, dot, 0, 2 * Math.PI);
      ctx.fillStyle = PALETTE[pt[2] % PALETTE.length];
      ctx.fill();
      ctx.strokeStyle = '#222';
      ctx.lineWidth = 0.6;
      ctx.stroke();
    });
  }

  // ---- the table of every value ------------------------------------------------------------------------------
  function describe(r) {
    var q = r[0], l = r[1], i = r[2], j = r[3];
    if (q === 'loss') { return 'the mini-batch loss'; }
    if (q === 'input') { return data.units[0][i]; }
    if (q === 'b' || q === 'b+' || q === 'dE/db') { return biasName(l, i); }
    if (j >= 0) { return weightName(l, i, j); }
    return unitName(l, i);
  }
  function drawTable(s) {
    table.innerHTML = '';
    var head = el('tr', {}, el('thead', {}, table));
    ['quantity', 'of', 'layer', 'i', 'j', 'value'].forEach(function (t) { el('th', {}, head, t); });
    var body = el('tbody', {}, table);
    s.values.forEach(function (r) {
      var tr = el('tr', { 'data-q': r[0], 'data-l': r[1], 'data-i': r[2], 'data-j': r[3] }, body);
      el('td', {}, tr, r[0]);
      el('td', {}, tr, describe(r));
      el('td', {}, tr, r[0] === 'loss' ? '' : String(r[1]));
      el('td', {}, tr, r[2] < 0 ? '' : String(r[2]));
      el('td', {}, tr, r[3] < 0 ? '' : String(r[3]));
      el('td', { 'class': 'value' }, tr, exact(num(r[4])));
    });
  }

  function draw() {
    var s = steps[current];
    app.setAttribute('data-step', s.step);
    label.textContent = 'step ' + s.step + ' (' + (current + 1) + ' of ' + steps.length + ' recorded)';
    for (var v in buttons) {
      if (Object.prototype.hasOwnProperty.call(buttons, v)) { buttons[v].className = v === view ? 'active' : ''; }
    }
    drawDiagram(s);
    drawLoss(s);
    drawPlane(s);
    drawTable(s);
  }
  draw();
}());
