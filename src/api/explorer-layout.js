// The explorer's layout clean-up, in the browser: after cytoscape's force layout (which already counts
// label sizes), boxes of node + label that still overlap are pushed apart until none does, then the view
// is fitted. labelOverlaps() reports what still overlaps (the page test reads it through window).
(function () {
  const GAP = 6;
  const box = (n) => n.boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false, includeOverlays: false });
  const bodyBox = (n) => n.boundingBox({ includeNodes: true, includeLabels: false, includeEdges: false, includeOverlays: false });
  const labelBox = (n) => n.boundingBox({ includeNodes: false, includeLabels: true, includeMainLabels: true, includeEdges: false, includeOverlays: false });
  const intersects = (a, b, gap = 0) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

  /** Moves nodes (each node with its label as one box) apart until no two boxes overlap. */
  function removeOverlaps(cy, maxRounds = 300) {
    const nodes = cy.nodes(":visible").toArray();
    for (let round = 0; round < maxRounds; round++) {
      let moved = false;
      const boxes = nodes.map(box);
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = boxes[i], b = boxes[j];
          if (!intersects(a, b, GAP)) continue;
          // push apart along the axis that needs the smaller move, half each
          const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + GAP;
          const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + GAP;
          const pa = nodes[i].position(), pb = nodes[j].position();
          if (dx < dy) {
            const s = (pa.x < pb.x || (pa.x === pb.x && i < j) ? -1 : 1) * (dx / 2 + 0.5);
            nodes[i].position({ x: pa.x + s, y: pa.y });
            nodes[j].position({ x: pb.x - s, y: pb.y });
          } else {
            const s = (pa.y < pb.y || (pa.y === pb.y && i < j) ? -1 : 1) * (dy / 2 + 0.5);
            nodes[i].position({ x: pa.x, y: pa.y + s });
            nodes[j].position({ x: pb.x, y: pb.y - s });
          }
          boxes[i] = box(nodes[i]);
          boxes[j] = box(nodes[j]);
          moved = true;
        }
      }
      if (!moved) return round;
    }
    return maxRounds;
  }

  const edgeLabelBox = (e) => e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false });

  /** Edge labels over a node that is not one of the edge's ends: that node moves off the label. */
  function clearEdgeLabels(cy, maxRounds = 50) {
    for (let round = 0; round < maxRounds; round++) {
      let moved = false;
      for (const e of cy.edges(":visible").toArray()) {
        const lb = edgeLabelBox(e);
        if (lb.w === 0) continue;
        for (const n of cy.nodes(":visible").toArray()) {
          if (n.same(e.source()) || n.same(e.target())) continue;
          const b = box(n);
          if (!intersects(lb, b, GAP)) continue;
          const p = n.position();
          const cx = (lb.x1 + lb.x2) / 2, cy_ = (lb.y1 + lb.y2) / 2;
          const dx = p.x >= cx ? lb.x2 - b.x1 + GAP : lb.x1 - b.x2 - GAP;
          const dy = p.y >= cy_ ? lb.y2 - b.y1 + GAP : lb.y1 - b.y2 - GAP;
          n.position(Math.abs(dx) < Math.abs(dy) ? { x: p.x + dx, y: p.y } : { x: p.x, y: p.y + dy });
          moved = true;
        }
      }
      if (!moved) return round;
      removeOverlaps(cy);
    }
    return maxRounds;
  }

  /** Edge labels that overlap a node other than the edge's own ends. */
  function edgeLabelOverlaps(cy) {
    const found = [];
    for (const e of cy.edges(":visible").toArray()) {
      const lb = edgeLabelBox(e);
      if (lb.w === 0) continue;
      for (const n of cy.nodes(":visible").toArray()) {
        if (n.same(e.source()) || n.same(e.target())) continue;
        if (intersects(lb, bodyBox(n)) || intersects(lb, labelBox(n))) found.push({ label: e.data("label"), overlaps: "node", of: n.data("label") });
      }
    }
    return found;
  }

  /** Every (label, node) pair where a node's label overlaps another node's circle or another label. */
  function labelOverlaps(cy) {
    const nodes = cy.nodes(":visible").toArray();
    const found = [];
    for (const a of nodes) {
      const la = labelBox(a);
      for (const b of nodes) {
        if (a === b) continue;
        if (intersects(la, bodyBox(b))) found.push({ label: a.data("label"), overlaps: "node", of: b.data("label") });
        else if (a.id() < b.id() && intersects(la, labelBox(b))) found.push({ label: a.data("label"), overlaps: "label", of: b.data("label") });
      }
    }
    return found;
  }

  window.kgLayout = { removeOverlaps, clearEdgeLabels, labelOverlaps, edgeLabelOverlaps };
})();
