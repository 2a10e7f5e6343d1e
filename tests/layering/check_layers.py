#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layering rule of core/, checked three ways (docs/architecture.md states it):

  includes CORE_DIR WIDGETS_DIR
      Reads the layers and what each may use from CORE_DIR/CMakeLists.txt (the
      uptrack_layer(<folder> DEPS ...) calls, bottom to top), then every source under
      CORE_DIR: fails when a folder includes a header of a layer it may not use (a higher
      one, or one not below it), when the folder include graph has a cycle, when a layer
      names a layer above it, or when anything includes a QtWidgets header (every header
      in WIDGETS_DIR counts, not a hand-made list).
  links LINK_FILE
      Reads what each core library links (core-link-libraries.txt, written by CMake) and
      fails when any of them reaches QtWidgets, directly or through another library.
  self-test
      Builds small trees with each kind of mistake and checks that every one is caught,
      so the checks above cannot pass by checking nothing.
"""
import re
import sys
import tempfile
from pathlib import Path

LAYER_CALL = re.compile(r"^\s*uptrack_layer\(([^)]*)\)", re.MULTILINE)
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]', re.MULTILINE)
KEYWORDS = {"DEPS", "LIBS", "PRIVATE_LIBS"}


def read_layers(cmake_text):
    """[(folder, [deps])] in the order they are declared."""
    layers = []
    for call in LAYER_CALL.finditer(re.sub(r"#[^\n]*", "", cmake_text)):
        words = call.group(1).split()
        folder, deps, section = words[0], [], None
        for w in words[1:]:
            if w in KEYWORDS:
                section = w
            elif section == "DEPS":
                deps.append(w)
        layers.append((folder, deps))
    return layers


def closure(layers):
    """What each layer may use: the layers it names, and what those may use."""
    allowed = {}
    for folder, deps in layers:
        reach = set()
        for d in deps:
            reach.add(d)
            reach |= allowed.get(d, set())
        allowed[folder] = reach
    return allowed


def find_cycle(graph):
    """A cycle in {node: set(nodes)} as a list, or None."""
    state = {}
    stack = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def check_includes(core_dir, widgets_dir):
    core_dir = Path(core_dir)
    problems = []
    layers = read_layers((core_dir / "CMakeLists.txt").read_text())
    if not layers:
        return ["no uptrack_layer() calls found in " + str(core_dir / "CMakeLists.txt")], 0
    names = [f for f, _ in layers]
    position = {f: i for i, f in enumerate(names)}
    for folder, deps in layers:
        for d in deps:
            if d not in position:
                problems.append(f"layer {folder} names {d}, which is not a layer")
            elif position[d] >= position[folder]:
                problems.append(f"layer {folder} names {d}, which is not below it")
    for folder in sorted(p.name for p in core_dir.iterdir() if p.is_dir()):
        if folder not in position:
            problems.append(f"core/{folder} is not a layer: give it an uptrack_layer() call")
    allowed = closure(layers)
    widget_headers = {p.name for p in Path(widgets_dir).iterdir()} if widgets_dir else set()
    graph = {f: set() for f in names}
    files = 0
    for path in sorted(core_dir.rglob("*")):
        if path.suffix not in (".h", ".cpp") or not path.is_file():
            continue
        files += 1
        rel = path.relative_to(core_dir)
        folder = rel.parts[0]
        for bracket, target in INCLUDE.findall(path.read_text(errors="replace")):
            head = target.split("/")[0]
            if bracket == "<":
                base = target.split("/")[-1]
                if head == "QtWidgets" or base in widget_headers:
                    problems.append(f"core/{rel}: includes the QtWidgets header <{target}>")
                continue
            if "/" not in target or head not in position or head == folder:
                continue  # a header beside it, or in its own folder
            graph.setdefault(folder, set()).add(head)
            if head not in allowed.get(folder, set()):
                where = "above it" if position[head] > position.get(folder, -1) else "not named"
                problems.append(f"core/{rel}: includes \"{target}\": layer {head} is {where} "
                                f"({folder} may use: {', '.join(sorted(allowed.get(folder, ()))) or 'none'})")
    cycle = find_cycle(graph)
    if cycle:
        problems.append("the folder include graph has a cycle: " + " -> ".join(cycle))
    return problems, files


def check_links(link_file):
    links = {}
    for line in Path(link_file).read_text().splitlines():
        if ":" not in line:
            continue
        name, rest = line.split(":", 1)
        parts = [p for p in re.split(r"[;\s]+", rest) if p]
        # generator-expression wrappers such as $<LINK_ONLY:x>
        links[name.strip()] = [re.sub(r"^\$<[A-Z_]+:(.*)>$", r"\1", p) for p in parts]
    core = [n for n in links if n.startswith("uptrack_")]
    if not core:
        return [f"no core libraries listed in {link_file}"], 0
    problems = []
    for lib in core:
        seen, todo = set(), [(lib, [lib])]
        while todo:
            name, path = todo.pop()
            for dep in links.get(name, []):
                if "Widgets" in dep:
                    problems.append(f"{lib} links QtWidgets: {' -> '.join(path + [dep])}")
                if dep not in seen:
                    seen.add(dep)
                    todo.append((dep, path + [dep]))
    return sorted(set(problems)), len(core)


def self_test():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        widgets = tmp / "QtWidgets"
        widgets.mkdir()
        for h in ("QWidget", "QLabel", "QApplication"):
            (widgets / h).write_text("")

        def tree(name, files, cmake):
            root = tmp / name
            for rel, text in files.items():
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text)
            (root / "CMakeLists.txt").write_text(cmake)
            return root

        cmake = "uptrack_layer(low LIBS Qt6::Core)\nuptrack_layer(high DEPS low)\n"
        good = tree("good", {"low/a.h": "#include <QString>\n",
                             "high/b.cpp": '#include "low/a.h"\n#include "b.h"\n'}, cmake)
        cases = {
            "an upward include": tree("up", {"low/a.cpp": '#include "high/b.h"\n', "high/b.h": ""},
                                      cmake),
            "a cycle": tree("cycle", {"low/a.cpp": '#include "high/b.h"\n',
                                      "high/b.cpp": '#include "low/a.h"\n'}, cmake),
            "a widget header": tree("widget", {"low/a.cpp": "#include <QLabel>\n", "high/b.h": ""},
                                    cmake),
            "a layer naming a higher one": tree("order", {"low/a.h": "", "high/b.h": ""},
                                                "uptrack_layer(low DEPS high)\n"
                                                "uptrack_layer(high)\n"),
            "a folder that is no layer": tree("stray", {"low/a.h": "", "high/b.h": "",
                                                        "extra/c.h": ""}, cmake),
        }
        problems, _ = check_includes(good, widgets)
        if problems:
            failures.append(f"a correct tree was refused: {problems}")
        for what, root in cases.items():
            problems, _ = check_includes(root, widgets)
            if not problems:
                failures.append(f"{what} was not caught")
        links = tmp / "links.txt"
        links.write_text("uptrack_low: Qt6::Core\nuptrack_high: uptrack_low;Qt6::Gui\n"
                         "Qt6::Gui: Qt6::Core\n")
        if check_links(links)[0]:
            failures.append("correct link lines were refused")
        links.write_text("uptrack_low: Qt6::Core;helper\nuptrack_high: uptrack_low\n"
                         "helper: $<LINK_ONLY:Qt6::Widgets>\n")
        problems, _ = check_links(links)
        if len(problems) != 2:
            failures.append(f"a QtWidgets link through another library was not caught: {problems}")
    return failures


def main(argv):
    if len(argv) >= 2 and argv[1] == "includes":
        problems, files = check_includes(argv[2], argv[3] if len(argv) > 3 else None)
        what = f"{files} files of core/"
    elif len(argv) == 3 and argv[1] == "links":
        problems, libs = check_links(argv[2])
        what = f"the link lines of {libs} core libraries"
    elif len(argv) == 2 and argv[1] == "self-test":
        problems = self_test()
        what = "every kind of mistake is caught"
    else:
        print(__doc__)
        return 2
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} layering problem(s)")
        return 1
    print(f"ok: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
