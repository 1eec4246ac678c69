"""Read one application's accessibility tree through AT-SPI, as a screen
reader does, and print it as JSON (for :mod:`tests.access.test_screen_reader_tree`).

Runs with Debian's own Python (``/usr/bin/python3``) and ``python3-pyatspi``,
the library Orca reads the desktop with; the project's virtual environment
has neither GObject nor pyatspi. Not a test::

    /usr/bin/python3 tests/access/atspi_tree.py PID

Finds the application whose process is PID on the AT-SPI bus of this
session (``DBUS_SESSION_BUS_ADDRESS``, ``DISPLAY``), walks its whole tree,
hidden parts too (for the search for a secret), and prints::

    {"found": true, "truncated": false,
     "nodes": [{"path": [...], "role": ..., "name": ..., "description": ...,
                "states": [...], "shown": true, "text": ...,
                "labelled_by": [...]}, ...]}

``path`` is the chain of "role 'name'" from the top-level window down;
``shown`` means showing, and so is every node above it (what a screen
reader meets); ``text`` is what the Text interface gives, for text nodes
only; ``labelled_by`` the names of the labels that name it (Qt names a
combo box by its current value on Linux, and its label through this
relation). At most :data:`MAX_NODES` nodes and :data:`MAX_CHILDREN`
children of one node are read (``truncated`` says so). Python 3.11, no
third-party imports but pyatspi.
"""

import json
import sys

import pyatspi

MAX_CHILDREN = 80
MAX_NODES = 4000


def _states(accessible):
    return sorted(pyatspi.stateToString(s) for s in accessible.getState().getStates())


def _text(accessible):
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def _labelled_by(accessible):
    """The names of what labels it (a label whose buddy it is)."""
    names = []
    for relation in accessible.getRelationSet():
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            target = relation.getTarget(i)
            if target is not None:
                names.append(target.name or "")
    return names


def _describe(accessible, path, parent_shown):
    states = _states(accessible)
    return {
        "path": path,
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": states,
        "shown": parent_shown and "showing" in states,
        "text": _text(accessible),
        "labelled_by": _labelled_by(accessible),
    }


def walk(application):
    """Breadth first: (nodes, truncated)."""
    nodes = []
    truncated = False
    pending = [(child, [], True) for child in application if child is not None]
    while pending:
        if len(nodes) >= MAX_NODES:
            return nodes, True
        accessible, path, parent_shown = pending.pop(0)
        try:
            node = _describe(accessible, path, parent_shown)
            count = accessible.childCount
            children = [accessible.getChildAtIndex(i) for i in range(min(count, MAX_CHILDREN))]
        except Exception as error:  # a widget gone while being read
            nodes.append({"path": path, "error": str(error)})
            continue
        nodes.append(node)
        truncated = truncated or count > MAX_CHILDREN
        below = [*path, f"{node['role']} {node['name']!r}"]
        pending.extend((child, below, node["shown"]) for child in children if child is not None)
    return nodes, truncated


def main():
    pid = int(sys.argv[1])
    desktop = pyatspi.Registry.getDesktop(0)
    for application in desktop:
        if application is None:
            continue
        try:
            if application.get_process_id() != pid:
                continue
        except Exception:
            continue
        nodes, truncated = walk(application)
        print(json.dumps({"found": True, "truncated": truncated, "nodes": nodes}))
        return 0
    print(json.dumps({"found": False, "truncated": False, "nodes": []}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
