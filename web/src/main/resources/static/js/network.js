// The interactive network view: when scripts run, draw the same nodes and ties with Cytoscape.js, placed where the
// server's drawing put them, so the reader can zoom, drag and pick. The server-drawn SVG stays for those without it.
(function () {
  'use strict';
  var box = document.getElementById('network-cy');
  if (!box || typeof window.cytoscape !== 'function') {
    return;
  }
  var palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#bab0ac'];
  fetch(box.getAttribute('data-src'), {headers: {'Accept': 'application/json'}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('network ' + response.status);
      }
      return response.json();
    })
    .then(function (graph) {
      var most = graph.nodes.reduce(function (max, node) { return Math.max(max, node.degree); }, 1);
      var elements = graph.nodes.map(function (node) {
        return {
          group: 'nodes',
          data: {id: node.id, label: node.label, url: node.url, degree: node.degree,
            colour: palette[node.community % palette.length], size: 10 + 30 * Math.sqrt(node.degree / most)},
          position: {x: node.x, y: node.y}
        };
      }).concat(graph.ties.map(function (tie) {
        return {group: 'edges', data: {id: tie.id, source: tie.from, target: tie.to, type: tie.type}};
      }));
      box.hidden = false;
      var cy = window.cytoscape({
        container: box,
        elements: elements,
        layout: {name: 'preset'},
        style: [
          {selector: 'node', style: {'background-color': 'data(colour)', 'label': 'data(label)',
            'width': 'data(size)', 'height': 'data(size)', 'font-size': 10}},
          {selector: 'edge', style: {'line-color': '#999', 'width': 1.5}}
        ]
      });
      cy.on('tap', 'node', function (event) {
        window.location.href = event.target.data('url');
      });
      window.patchworkNetwork = cy;
      box.setAttribute('data-drawn', String(cy.nodes().length));
    })
    .catch(function (error) {
      box.hidden = true;
      box.setAttribute('data-error', String(error));
    });
}());
