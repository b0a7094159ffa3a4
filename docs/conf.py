# docutils ships no type information, so strict checking would only report
# its members as unknown; the rest of the tree is checked strictly.
# pyright: basic
# mypy: disable-error-code="import-untyped"
"""Sphinx configuration for posrc's documentation.

posrc must be importable (installed, or ``PYTHONPATH=src`` for a local
build): autodoc reads the installed package, never a path set up here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

import posrc

project = "posrc"
author = "posrc developers"
copyright = "posrc developers"
release = posrc.__version__
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx_copybutton"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
# attrs_block gives the generated code tables a class for _static/posrc.css.
myst_enable_extensions = ["attrs_block"]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True}

html_theme = "furo"
html_title = f"posrc {release}"
html_static_path = ["_static"]
html_css_files = ["posrc.css"]

# Copy only the command or the code, never the prompt (`$ `, `>>> `) or the output.
copybutton_prompt_text = r"\$ |>>> |\.\.\. "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True


def _public_target(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve ``posrc._model.ReturnCode`` and the like to the documented name.

    Signatures name the private module a class is defined in, and docstrings
    name their neighbours without a module; the reference documents each name
    once, where users import it from.
    """
    target: str = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target:
        return None
    if node["reftype"] == "mod" and target.startswith("posrc._"):
        # Private modules are not documented: name them as plain text.
        return contnode
    if "." in target and target.partition(".")[0] != "posrc":
        # The build runs offline, without intersphinx: the standard library and
        # third-party names (collections.abc.Iterable, hypothesis's
        # SearchStrategy, pytest's Config) are named without a link.
        return contnode
    domain = env.get_domain("py")
    name = target.rsplit(".", 1)[-1]
    if target.startswith("posrc.") and name in posrc.__all__:
        public = f"posrc.{name}"
    elif "." not in target:
        # A docstring naming a neighbour (ParseErrorReason): use its one documented home.
        homes = [full for full, *_ in domain.get_objects() if full.rsplit(".", 1)[-1] == name]
        if len(homes) != 1:
            return None
        public = homes[0]
    else:
        return None
    if public == target:
        return None
    redirected = node.deepcopy()
    redirected["reftarget"] = public
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], public, redirected, contnode
    )


def _trim_example_padding(app: Sphinx, doctree: nodes.document) -> None:
    """Drop the empty line that ends each example block.

    The line is there so that doctest does not read the closing fence as
    expected output; on the page it would only add space.
    """
    for block in doctree.findall(nodes.literal_block):
        text = block.astext()
        if text.endswith("\n") and block.rawsource == text:
            trimmed = text.rstrip("\n")
            block.rawsource = trimmed
            block.children = [nodes.Text(trimmed)]


# Text.get's docstring names a private helper; the concepts page states its rule.
nitpick_ignore = [("py:func", "resolve_language")]


def _anchor_each_code(app: Sphinx, doctree: nodes.document) -> None:
    """Give each row of a code table its code as its id: ``codes/cup.html#51``.

    The code finder links to these anchors. A code is unique within its
    scheme's page, and no heading id on those pages looks like a code.
    """
    for table in doctree.findall(nodes.table):
        if "code-table" not in table["classes"]:
            continue
        for body in table.findall(nodes.tbody):
            for row in body.findall(nodes.row):
                row["ids"].append(row.children[0].astext())


def _finder_data() -> ModuleType:
    # docs/ is not a package; load the module beside this file, as its tests do.
    spec = importlib.util.spec_from_file_location(
        "finder_data", Path(__file__).with_name("finder_data.py")
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FINDER_PAGE = "finder"


def _page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Mark the Chinese pages as Chinese, and give the finder its scripts."""
    if pagename.endswith("-zh"):
        context["language"] = "zh"
    if pagename == FINDER_PAGE:
        app.add_js_file(_finder_data().FILENAME)
        app.add_js_file("finder.js")


def _write_finder_data(app: Sphinx, exception: Exception | None) -> None:
    """Write the finder's data, from the registry, into the built site."""
    if exception is None and app.builder.format == "html":
        _finder_data().write(Path(app.outdir) / "_static")


def setup(app: Sphinx) -> None:
    app.connect("missing-reference", _public_target)
    app.connect("doctree-read", _trim_example_padding)
    app.connect("doctree-read", _anchor_each_code)
    app.connect("html-page-context", _page_assets)
    app.connect("build-finished", _write_finder_data)
