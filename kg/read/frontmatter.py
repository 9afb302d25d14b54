"""Jekyll/Hugo front matter: the YAML (``---``) or TOML (``+++``) block at the top of a page."""

from __future__ import annotations

import re
import tomllib
from typing import Any

_YAML_FM = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_TOML_FM = re.compile(r"\A(?:\ufeff)?\+\+\+[ \t]*\r?\n(.*?)(?:\r?\n)\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, tuple[int, int] | None]:
    """Find and parse front matter; return ``(data, (start, end))`` or ``(None, None)``.

    Front matter that does not parse is still treated as invisible, with empty data.

    >>> data, span = split_front_matter("---\\ntitle: Ann Lee\\n---\\nHello")
    >>> data, span
    ({'title': 'Ann Lee'}, (0, 23))
    """
    m = _YAML_FM.match(text)
    if m:
        return parse_yaml(m.group(1)), (0, m.end())
    m = _TOML_FM.match(text)
    if m:
        try:
            data: Any = tomllib.loads(m.group(1))
        except (tomllib.TOMLDecodeError, ValueError):
            data = {}
        return (data if isinstance(data, dict) else {}), (0, m.end())
    return None, None


def parse_yaml(body: str) -> dict[str, Any]:
    """A YAML mapping parsed safely (libyaml when PyYAML has it); ``{}`` for anything else or an error."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it: ~10x faster
    try:
        data = yaml.load(body, Loader=loader)  # noqa: S506 (a safe loader)
    except (yaml.YAMLError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}
