"""Bad input gives a one-line error naming the file, or a correct result; never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib

import pytest

from kg.errors import InputError
from kg.extract import extract_file


def run_kg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


PNG = b"\x89PNG\r\n\x1a\n" + zlib.compress(b"\x00" * 100)
CASES = {
    "empty.md": (b"", "is empty"),
    "blank.md": (b"   \n\t\n  ", "is empty"),
    "image.md": (PNG, "looks like a PNG image"),
    "doc.md": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like a PDF document"),
    "archive.txt": (b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
    "nul.txt": (b"Education\x00\x00 Peking University\x00", "NUL bytes"),
    "latin.txt": (b"Universit\xe9 de Montr\xe9al \xff\xfe\xfa" * 3, "cannot decode"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_library_raises_a_typed_one_line_error(tmp_path, name):
    data, message = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        extract_file(path)
    text = str(err.value)
    assert message in text and name in text and "\n" not in text


def test_directory_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        extract_file(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        extract_file(tmp_path / "nope.md")


def test_size_limit(tmp_path):
    big = tmp_path / "big.md"
    big.write_bytes(b"# Education\n" + b"x" * (21 * 1024 * 1024))
    with pytest.raises(InputError, match="over the 20 MB limit"):
        extract_file(big)


def test_large_file_under_the_limit_is_read(tmp_path):
    path = tmp_path / "long.md"
    entry = "- *2019.09 - 2023.06*, B.Sc., Peking University\n"
    path.write_text("# Education\n" + entry + ("lorem ipsum dolor sit amet " * 40 + "\n") * 2000, encoding="utf-8")
    p = extract_file(path)
    assert p.education[0].institution == "Peking University"


def test_gb18030_file_gives_the_right_facts(tmp_path):
    path = tmp_path / "简历.txt"
    path.write_bytes("教育背景\n南开大学    软件学院    工学学士    2017年9月 - 2021年6月\n".encode("gb18030"))
    (e,) = extract_file(path).education
    assert (e.institution, e.degree, e.start, e.end) == ("南开大学", "工学学士", "2017-09", "2021-06")


def test_cli_batch_goes_on_past_bad_files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a_empty.md").write_bytes(b"")
    (tmp_path / "in" / "b_good.md").write_text("# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    (tmp_path / "in" / "c_image.md").write_bytes(PNG)
    out = tmp_path / "out"
    r = run_kg("extract", str(tmp_path / "in"), "-o", str(out))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2 and "a_empty.md" in errors[0] and "c_image.md" in errors[1]
    assert sorted(os.listdir(out)) == ["b_good.json"]


def test_cli_single_bad_file_exit_code(tmp_path):
    bad = tmp_path / "x.md"
    bad.write_bytes(b"\x00\x01\x02")
    r = run_kg("extract", str(bad))
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.strip().startswith("error:") and "x.md" in r.stderr and "Traceback" not in r.stderr
