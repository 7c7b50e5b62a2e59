// The explorer's logic (plain browser JavaScript, served at /explorer/explorer-app.js; see explorer.html).
// Data: meetings(participant:, from:, to:, place:) pages for every expanded person, through /graphql.
(function () {
  const $ = (id) => document.getElementById(id);
  const RTL = new Set(["fa", "ar"]);
  const state = { center: null, selected: null, expanded: [], people: new Map(), meetings: new Map() };

  const cy = cytoscape({
    container: $("graph"), minZoom: 0.05, maxZoom: 2.5,
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#60a5fa", "border-width": 1, "border-color": "#1d4ed8",
        color: "#111827", "font-size": 12, "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": "150px",
        "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": "2px", "min-zoomed-font-size": 6 } },
      { selector: "node.expanded", style: { "background-color": "#2563eb" } },
      { selector: "node.center", style: { "background-color": "#dc2626", "border-color": "#7f1d1d" } },
      { selector: "node:selected, node.selected", style: { "border-width": 4, "border-color": "#f59e0b" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#93c5fd", "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#374151",
        "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": "1px", "min-zoomed-font-size": 7 } },
      { selector: "edge.selected", style: { "line-color": "#f59e0b" } },
    ],
  });

  async function gql(query, variables) {
    const res = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
    return body.data;
  }

  const filters = () => ({ from: $("from").value || null, to: $("to").value || null, place: $("place").value.trim() || null });
  const FILTER_VARS = "$from: Date, $to: Date, $place: String";
  const FILTER_ARGS = "from: $from, to: $to, place: $place";
  const MEETINGS = `query Meetings($p: String!, ${FILTER_VARS}, $after: String) {
    meetings(participant: $p, ${FILTER_ARGS}, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id date place { name } participants { id name } sources { excerpt article { id uri title language } } } } } }`;

  async function meetingsOf(id) {
    let after = null, total = 0;
    for (let page = 0; page < 10; page++) {
      const d = await gql(MEETINGS, { p: id, ...filters(), after });
      total = d.meetings.totalCount;
      for (const e of d.meetings.edges) state.meetings.set(e.node.id, e.node);
      if (!d.meetings.pageInfo.hasNextPage) break;
      after = d.meetings.pageInfo.endCursor;
    }
    return total;
  }

  /** Meeting counts (within the filters) of people not expanded yet: node sizes. 20 per request. */
  async function countMeetings(ids) {
    for (let i = 0; i < ids.length; i += 20) {
      const chunk = ids.slice(i, i + 20);
      const vars = chunk.map((_, k) => `$p${k}: String!`).join(", ");
      const fields = chunk.map((_, k) => `c${k}: meetings(participant: $p${k}, ${FILTER_ARGS}, first: 1) { totalCount }`).join(" ");
      const variables = { ...filters() };
      chunk.forEach((id, k) => (variables[`p${k}`] = id));
      const d = await gql(`query Counts(${vars}, ${FILTER_VARS}) { ${fields} }`, variables);
      chunk.forEach((id, k) => (state.people.get(id).count = d[`c${k}`].totalCount));
    }
  }

  const person = (p) => {
    if (!state.people.has(p.id)) state.people.set(p.id, { id: p.id, name: p.name, count: null });
    return state.people.get(p.id);
  };

  async function expand(id) {
    if (!state.expanded.includes(id)) state.expanded.push(id);
    status("…");
    person(state.people.get(id)).count = await meetingsOf(id);
    for (const m of state.meetings.values()) m.participants.forEach(person);
    await countMeetings([...state.people.values()].filter((p) => p.count === null).map((p) => p.id));
    render(id);
  }

  /** Pairs (expanded person, co-participant) with their meetings. */
  function pairs() {
    const out = new Map();
    for (const m of state.meetings.values()) {
      for (const a of m.participants) {
        if (!state.expanded.includes(a.id)) continue;
        for (const b of m.participants) {
          if (b.id === a.id) continue;
          const key = [a.id, b.id].sort().join("|");
          if (!out.has(key)) out.set(key, { key, a: key.split("|")[0], b: key.split("|")[1], meetings: [] });
          const ms = out.get(key).meetings;
          if (!ms.includes(m)) ms.push(m);
        }
      }
    }
    return [...out.values()];
  }

  function edgeLabel(ms) {
    const dates = ms.map((m) => m.date).filter(Boolean).sort();
    if (ms.length === 1) return dates[0] || "date unknown";
    return `${ms.length}× ${dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} – ${dates[dates.length - 1]}`) : "dates unknown"}`;
  }

  /** A new node's first place: around the node it came from, at an angle and distance from its id, so the
   *  same graph is always drawn the same way (the force layout then starts from there). */
  function spot(origin, id) {
    let h = 2166136261;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
    const angle = ((h % 3600) / 3600) * 2 * Math.PI, r = 60 + ((h >>> 12) % 60);
    return { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
  }

  function render(around) {
    const ps = pairs();
    const ids = new Set([state.center, ...ps.flatMap((p) => [p.a, p.b])]);
    const origin = around && cy.$id(around).nonempty() ? cy.$id(around).position() : { x: 0, y: 0 };
    cy.batch(() => {
      cy.elements().filter((e) => (e.isNode() ? !ids.has(e.id()) : !ps.some((p) => `e:${p.key}` === e.id()))).remove();
      for (const id of ids) {
        const p = state.people.get(id);
        const data = { id, label: p.name, size: Math.min(90, 18 + 9 * Math.sqrt(p.count || 0)), count: p.count || 0 };
        const n = cy.$id(id);
        if (n.empty()) cy.add({ data, position: spot(origin, id) });
        else n.data(data);
        cy.$id(id).toggleClass("center", id === state.center).toggleClass("expanded", state.expanded.includes(id));
      }
      for (const p of ps) {
        const data = { id: `e:${p.key}`, source: p.a, target: p.b, label: edgeLabel(p.meetings), width: 1 + 1.5 * Math.log2(1 + p.meetings.length), meetings: p.meetings.length };
        const e = cy.$id(data.id);
        if (e.empty()) cy.add({ data });
        else e.data(data);
      }
    });
    cy.layout({ name: "cose", animate: false, fit: false, randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 110, nodeRepulsion: () => 12000, numIter: 1500 }).run();
    kgLayout.removeOverlaps(cy);
    kgLayout.clearEdgeLabels(cy);
    cy.fit(undefined, 30);
    status(`${ids.size} people, ${ps.length} pairs, ${state.meetings.size} meetings`);
    select(state.selected && ids.has(state.selected) ? state.selected : state.center);
  }

  /** The side panel for a person: their counterparts in view (with dates) and the evidence of their meetings. */
  function select(id) {
    state.selected = id;
    cy.nodes().removeClass("selected");
    cy.$id(id).addClass("selected");
    const p = state.people.get(id);
    $("who").textContent = `${p.name} — ${p.count ?? "?"} meetings`;
    $("people").innerHTML = "";
    for (const pair of pairs().filter((x) => x.a === id || x.b === id).sort((x, y) => y.meetings.length - x.meetings.length)) {
      const other = state.people.get(pair.a === id ? pair.b : pair.a);
      const b = document.createElement("button");
      b.textContent = `${other.name} — ${pair.meetings.map((m) => m.date || "date unknown").sort().join(", ")}`;
      b.dataset.person = other.id;
      b.onclick = () => showPair(pair);
      $("people").appendChild(b);
    }
    showEvidence(`${p.name}: every meeting in view`, [...state.meetings.values()].filter((m) => m.participants.some((x) => x.id === id)));
  }

  function showPair(pair) {
    cy.edges().removeClass("selected");
    cy.$id(`e:${pair.key}`).addClass("selected");
    showEvidence(`${state.people.get(pair.a).name} — ${state.people.get(pair.b).name}`, pair.meetings);
  }

  function showEvidence(title, meetings) {
    const box = $("evidence");
    box.innerHTML = "";
    const h = document.createElement("h4");
    h.textContent = title;
    box.appendChild(h);
    for (const m of [...meetings].sort((x, y) => (x.date || "9").localeCompare(y.date || "9"))) {
      for (const s of m.sources) {
        const div = document.createElement("div");
        div.className = "evidence";
        const meta = document.createElement("div");
        meta.className = "muted";
        meta.textContent = `${m.date || "date unknown"}${m.place ? " · " + m.place.name : ""} · ${m.participants.map((x) => x.name).join(", ")} · ${s.article.title ? s.article.title + " — " : ""}${s.article.uri}`;
        const p = document.createElement("p");
        p.dir = RTL.has(s.article.language) ? "rtl" : "auto";
        p.lang = s.article.language;
        p.textContent = s.excerpt;
        div.append(meta, p);
        box.appendChild(div);
      }
    }
  }

  const status = (t) => ($("status").textContent = t);

  function updateUrl() {
    const q = new URLSearchParams();
    if (state.center) q.set("person", state.people.get(state.center).name);
    for (const [k, v] of Object.entries(filters())) if (v) q.set(k, v);
    history.replaceState(null, "", `${location.pathname}?${q}`);
  }

  const SEARCH = `query Find($n: String!) { person(name: $n) { id name }
    people(search: $n, first: 8) { edges { node { id name } } } }`;

  /** Searches a name (any script): draws that person's meetings, or lists the people it may mean. */
  async function show(name) {
    status("…");
    $("hits").innerHTML = "";
    const d = await gql(SEARCH, { n: name });
    if (!d.person) {
      status(`no one is called “${name}”`);
      for (const h of d.people.edges) {
        const b = document.createElement("button");
        b.textContent = h.node.name;
        b.onclick = () => { $("q").value = h.node.name; show(h.node.name).catch(fail); };
        $("hits").appendChild(b);
      }
      return;
    }
    cy.elements().remove();
    Object.assign(state, { center: d.person.id, selected: d.person.id, expanded: [], meetings: new Map() });
    person(d.person);
    await expand(d.person.id);
    updateUrl();
  }

  /** New dates or place: the same people, expanded again within the new filters. */
  async function refilter() {
    const ids = [...state.expanded];
    state.meetings = new Map();
    for (const p of state.people.values()) p.count = null;
    state.expanded = [];
    for (const id of ids) {
      state.expanded.push(id);
      state.people.get(id).count = await meetingsOf(id);
    }
    for (const m of state.meetings.values()) m.participants.forEach(person);
    await countMeetings([...state.people.values()].filter((p) => p.count === null).map((p) => p.id));
    render();
    updateUrl();
  }

  const fail = (e) => status(e.message);
  cy.on("tap", "node", (e) => {
    const id = e.target.id();
    if (!state.expanded.includes(id)) expand(id).then(() => select(id), fail);
    else select(id);
  });
  cy.on("tap", "edge", (e) => showPair(pairs().find((p) => `e:${p.key}` === e.target.id())));
  $("search").onsubmit = (e) => {
    e.preventDefault();
    const q = $("q").value.trim();
    const p = state.center && state.people.get(state.center);
    (p && (q === p.name || !q) ? refilter() : show(q)).catch(fail);
  };
  $("fit").onclick = () => cy.fit(undefined, 30);

  const params = new URLSearchParams(location.search);
  for (const k of ["from", "to", "place"]) if (params.get(k)) $(k).value = params.get(k);
  const initial = params.get("person") || params.get("name");
  if (initial) {
    $("q").value = initial;
    show(initial).catch(fail);
  }
  window.cy = cy;
  window.explorer = { state, show, expand, select, ready: () => $("status").textContent !== "…" };
})();
