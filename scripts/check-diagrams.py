#!/usr/bin/env python3
"""Fails unless every diagram in processes/*.bpmn (or the files given) can be read in a modeler: every
flow node and sequence flow drawn exactly once, event sub-processes expanded with their contents inside,
no shape on top of another, no sequence flow through a shape it does not connect, and no two sequence
flows drawn on top of each other. Standard library only; no Maven build needed."""
import glob
import itertools
import sys
import xml.etree.ElementTree as ET

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
BPMNDI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
DC = "{http://www.omg.org/spec/DD/20100524/DC}"
DI = "{http://www.omg.org/spec/DD/20100524/DI}"
NODES = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
         "task", "userTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask", "receiveTask",
         "manualTask", "callActivity", "subProcess", "transaction", "adHocSubProcess", "exclusiveGateway",
         "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"}
SHRINK = 2     # px taken off each side of a shape: a line along its border does not cross it
TOUCH = 2      # px a flow's first or last point may lie off its source's or target's border
OVERLAP = 10   # px two flows may run on top of each other (where they leave or reach the same shape)


def local(el):
    return el.tag.rsplit("}", 1)[-1]


def bounds(shape):
    b = shape.find(DC + "Bounds")
    return tuple(float(b.get(k)) for k in ("x", "y", "width", "height"))


def inner(box, by):
    x, y, w, h = box
    return x + by, y + by, x + w - by, y + h - by


def crosses(p, q, rect):
    """Does segment p-q pass through the open rectangle (x1, y1, x2, y2)? Liang-Barsky clipping."""
    x1, y1, x2, y2 = rect
    if x1 >= x2 or y1 >= y2:
        return False
    dx, dy = q[0] - p[0], q[1] - p[1]
    lo, hi = 0.0, 1.0
    for step, room in ((-dx, p[0] - x1), (dx, x2 - p[0]), (-dy, p[1] - y1), (dy, y2 - p[1])):
        if step == 0:
            if room <= 0:
                return False
        else:
            t = room / step
            if step < 0:
                lo = max(lo, t)
            else:
                hi = min(hi, t)
    return hi - lo > 1e-9


def overlaps(a, b):
    ax1, ay1, ax2, ay2 = inner(a, SHRINK)
    bx1, by1, bx2, by2 = inner(b, SHRINK)
    return ax1 < bx2 and bx1 < ax2 and ay1 < by2 and by1 < ay2


def near(point, box):
    x, y, w, h = box
    return x - TOUCH <= point[0] <= x + w + TOUCH and y - TOUCH <= point[1] <= y + h + TOUCH


def on_border(point, box):
    x, y, w, h = box
    inside = near(point, box)
    return inside and min(abs(point[0] - x), abs(point[0] - x - w), abs(point[1] - y), abs(point[1] - y - h)) <= TOUCH


def shared_run(s, t):
    """Length over which segments s and t lie on the same line, 0 if they do not."""
    (p1, p2), (q1, q2) = s, t
    d = (p2[0] - p1[0], p2[1] - p1[1])
    length = (d[0] ** 2 + d[1] ** 2) ** 0.5
    if length == 0:
        return 0.0
    u = (d[0] / length, d[1] / length)
    # both ends of t within 1 px of the line through s
    if any(abs((q[0] - p1[0]) * u[1] - (q[1] - p1[1]) * u[0]) > 1 for q in (q1, q2)):
        return 0.0
    a, b = sorted((q[0] - p1[0]) * u[0] + (q[1] - p1[1]) * u[1] for q in (q1, q2))
    return max(0.0, min(length, b) - max(0.0, a))


def check(path):
    root = ET.parse(path).getroot()
    nodes, flows, parent, host, kind = set(), {}, {}, {}, {}
    event_subprocesses, elements = set(), set()

    def walk(container, owner):
        for el in container:
            name, el_id = local(el), el.get("id")
            if not el.tag.startswith(BPMN) or not el_id:
                continue
            if name == "sequenceFlow":
                flows[el_id] = (el.get("sourceRef"), el.get("targetRef"))
                elements.add(el_id)
                parent[el_id] = owner
            elif name in NODES:
                nodes.add(el_id)
                elements.add(el_id)
                parent[el_id], kind[el_id] = owner, name
                if name == "boundaryEvent":
                    host[el_id] = el.get("attachedToRef")
                if el.get("triggeredByEvent") == "true":
                    event_subprocesses.add(el_id)
                if name in ("subProcess", "transaction", "adHocSubProcess"):
                    walk(el, el_id)

    for process in root.iter(BPMN + "process"):
        walk(process, None)

    def ancestors(el_id):
        found = set()
        while parent.get(el_id):
            el_id = parent[el_id]
            found.add(el_id)
        return found

    problems, drawn = [], {}
    for plane in root.iter(BPMNDI + "BPMNPlane"):
        shapes, edges = {}, {}
        for di in plane:
            ref = di.get("bpmnElement")
            drawn[ref] = drawn.get(ref, 0) + 1
            if local(di) == "BPMNShape" and ref in nodes:
                shapes[ref] = (bounds(di), di.get("isExpanded") == "true")
            elif local(di) == "BPMNEdge" and ref in flows:
                edges[ref] = [(float(w.get("x")), float(w.get("y"))) for w in di.findall(DI + "waypoint")]

        for node in sorted(event_subprocesses & shapes.keys()):
            if not shapes[node][1]:
                problems.append(f"{node}: event sub-process drawn collapsed (isExpanded is not true)")
        for node, (box, _) in sorted(shapes.items()):
            owner = parent[node]
            if owner in shapes and shapes[owner][1]:
                ox, oy, ow, oh = shapes[owner][0]
                x, y, w, h = box
                if x < ox or y < oy or x + w > ox + ow or y + h > oy + oh:
                    problems.append(f"{node}: drawn outside its sub-process {owner}")
            if node in host and host[node] in shapes:
                centre = (box[0] + box[2] / 2, box[1] + box[3] / 2)
                if not on_border(centre, shapes[host[node]][0]):
                    problems.append(f"{node}: boundary event not on the border of {host[node]}")
        for a, b in itertools.combinations(sorted(shapes), 2):
            if a in ancestors(b) or b in ancestors(a) or host.get(a) == b or host.get(b) == a:
                continue
            if overlaps(shapes[a][0], shapes[b][0]):
                problems.append(f"{a} and {b}: shapes drawn on top of each other")

        for flow, points in sorted(edges.items()):
            source, target = flows[flow]
            if len(points) < 2:
                problems.append(f"{flow}: fewer than two waypoints")
                continue
            if source in shapes and not near(points[0], shapes[source][0]):
                problems.append(f"{flow}: does not start at its source {source}")
            if target in shapes and not near(points[-1], shapes[target][0]):
                problems.append(f"{flow}: does not end at its target {target}")
            segments = list(zip(points, points[1:]))
            skip = ancestors(flow)
            for node, (box, _) in sorted(shapes.items()):
                if node in skip:
                    continue
                for i, (p, q) in enumerate(segments):
                    # a flow may run inside its own source on its first segment and its target on its last
                    if (node == source and i == 0) or (node == target and i == len(segments) - 1):
                        continue
                    if crosses(p, q, inner(box, SHRINK)):
                        problems.append(f"{flow}: segment {i + 1} ({p[0]:g},{p[1]:g})-({q[0]:g},{q[1]:g}) "
                                        f"crosses {node}")
                        break
        for a, b in itertools.combinations(sorted(edges), 2):
            run = max((shared_run(s, t) for s in zip(edges[a], edges[a][1:]) for t in zip(edges[b], edges[b][1:])),
                      default=0.0)
            if run > OVERLAP:
                problems.append(f"{a} and {b}: drawn on top of each other over {run:g} px")

    for el_id in sorted(elements):
        if drawn.get(el_id, 0) == 0:
            problems.append(f"{el_id}: not drawn (no shape or edge in the diagram)")
        elif drawn[el_id] > 1:
            problems.append(f"{el_id}: drawn {drawn[el_id]} times (needs exactly one shape or edge)")
    return len(nodes), len(flows), problems


paths = sys.argv[1:] or sorted(glob.glob("processes/*.bpmn"))
if not paths:
    sys.exit("No BPMN files found under processes/")
failed = False
for path in paths:
    node_count, flow_count, problems = check(path)
    print(f"{path}: {node_count} shapes, {flow_count} sequence flows, "
          + (f"{len(problems)} problem(s)" if problems else "diagram ok"))
    for problem in problems:
        print(f"  {path}: {problem}")
    failed = failed or bool(problems)
sys.exit(1 if failed else 0)
