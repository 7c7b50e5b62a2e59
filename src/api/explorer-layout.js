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

  window.kgLayout = { removeOverlaps, labelOverlaps };
})();
