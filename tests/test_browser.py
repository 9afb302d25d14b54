"""The rendered pages in a real browser: Debian's Chromium driven by Playwright,
with every request that leaves the file blocked."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

import kg
from conftest import ROOT
from kg.render import render

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover
    sync_playwright = None

if not (os.path.exists(CHROMIUM) and sync_playwright):
    if os.environ.get("CI"):
        raise RuntimeError("browser tests need Debian's chromium and the playwright package (.ci/run installs them)")
    pytest.skip("no chromium/playwright on this machine", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, bypass_csp=True, viewport={"width": 1280, "height": 800},
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-quic", "--disable-sync"],
        )
        yield ctx
        ctx.close()


def open_page(ctx, path: Path):
    page = ctx.new_page()
    log = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: log["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    page.on("request", lambda r: log["requests"].append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.on("dialog", lambda d: (log["dialogs"].append(d.message), d.dismiss()))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort())
    page.goto(path.as_uri())
    page.wait_for_function("() => window.kgReady === true", timeout=60000)
    return page, log


@pytest.fixture(scope="module")
def seeds():
    return kg.build(str(ROOT / "data" / "profiles"))


def test_seed_page_works_offline(browser, seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "seeds.html"
    summary = render(seeds, out, kind="full")
    html = out.read_text(encoding="utf-8")
    import re

    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|<link\b|@import|url\(\s*["']?(?:https?:)?//""", html, re.I)
    page, log = open_page(browser, out)
    assert log["errors"] == [] and log["requests"] == []
    counts = page.evaluate("() => window.kgCounts")
    assert counts == {"nodes": summary.nodes, "edges": summary.edges}
    full = seeds.to_networkx("full")
    assert summary.nodes == full.number_of_nodes()
    assert page.evaluate("() => window.kgNetwork.body.data.nodes.length") == summary.nodes
    assert page.text_content("#page-title") == page.evaluate("() => document.title")
    assert page.text_content("#page-title") == "researcher-kg — full"  # not an edge tooltip
    legend = page.text_content("#node-filters")
    assert "Person" in legend and "Organisation" in legend and "Paper" in legend
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seeds-full.png"))
    # search focuses a person
    page.fill("#search", "lingyun")
    page.click("#search-form button")
    focused = page.evaluate("() => window.kgFocused")
    assert page.evaluate("(id) => window.kgNetwork.getSelectedNodes()[0] === id", focused)
    assert page.text_content("#status") == "Lingyun Yang"
    # hovering a node shows its tooltip
    box = page.evaluate(
        """(id) => { const n = window.kgNetwork; const p = n.getPositions([id])[id]; const d = n.canvasToDOM(p);
                    const r = document.getElementById('graph').getBoundingClientRect(); return {x: d.x + r.left, y: d.y + r.top}; }""",
        focused,
    )
    page.mouse.move(box["x"] - 40, box["y"] - 40)
    page.mouse.move(box["x"], box["y"])
    page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    tip = page.text_content(".vis-tooltip")
    assert "Lingyun Yang" in tip and "Wei Wang" in tip
    page.screenshot(path=str(ARTIFACTS / "seeds-tooltip.png"))
    page.close()


def test_hostile_strings_are_text(browser, tmp_path_factory):
    g = kg.build(str(ROOT / "tests" / "fixtures" / "xss"))
    out = tmp_path_factory.mktemp("html") / "xss.html"
    render(g, out, kind="full")
    assert "<img src=x" not in out.read_text(encoding="utf-8")
    page, log = open_page(browser, out)
    page.wait_for_timeout(500)
    assert log["dialogs"] == [] and log["errors"] == [] and log["requests"] == []
    labels = page.evaluate("() => window.kgNetwork.body.data.nodes.get().map(n => n.label)")
    assert any("<img src=x onerror=alert(1)>" in label for label in labels)
    assert any("<script>alert(2)</script>" in label for label in labels)
    page.close()


def test_focus_page_and_timeline(browser, seeds, tmp_path_factory):
    d = tmp_path_factory.mktemp("html")
    s = render(seeds, d / "focus.html", kind="full", focus="Lingyun Yang", depth=1)
    assert 5 < s.nodes < 40
    page, log = open_page(browser, d / "focus.html")
    assert log["errors"] == [] and page.evaluate("() => window.kgCounts.nodes") == s.nodes
    page.close()
    from kg.timeline import write_timeline

    write_timeline(seeds, "Biao Sun", d / "t.html")
    page = browser.new_page()
    page.goto((d / "t.html").as_uri())
    assert "Beihang University" in page.text_content("svg") and page.locator("circle").count() >= 4
    page.close()


def test_large_page_uses_precomputed_positions(browser, tmp_path):
    import networkx as nx

    from kg.render import graph_page_data, render_page

    g = nx.path_graph(600)
    g = nx.relabel_nodes(g, {n: f"urn:p{n}" for n in g})
    for n in g:
        g.nodes[n].update(type="person", name=n)
    data = graph_page_data(g, "big")
    assert data["physics"] is False and all("x" in n for n in data["nodes"])
    out = tmp_path / "big.html"
    out.write_text(render_page(data), encoding="utf-8")
    page, log = open_page(browser, out)
    assert log["errors"] == [] and page.evaluate("() => window.kgCounts") == {"nodes": 600, "edges": 599}
    page.close()
